/**
 * The chart of a playbook with more than one run (`repeat`): one row per run (`第 3 期`), every row
 * aligned on its run's D day, so the axis counts days from D (`D-7` … `D` … `D+4`), as planners
 * write them. Each row holds that run's phases as bars, with the days the server's model gave them
 * in that run, and that run's events as marks at their offset from D (the model's `d`). Pure
 * functions (no DOM); dates are only placed, never computed.
 */
import type { Timeline, TimelineEvent } from '../../language/protocol/contract.js';
import {
    AXIS_HEIGHT, COLLAPSE_ABOVE, type ChartLayout, type ChartOptions, MAX_CHART_WIDTH, MAX_DAY_WIDTH, MIN_DAY_WIDTH, type Mark, type PhaseBar,
    ROW_HEIGHT, RUN_ROWS, type RunSpan, SHAPES, TEXT, type Tick, epochDay, eventsOfRuns, fitsText, isoOfEpochDay, labelWidthFor, lineOf,
} from './layout.js';

/** D-axis labels are short (`D-14`): they may stand closer than dates. */
const MIN_OFFSET_LABEL_SPACING = 32;

/** `D`, `D-3`, `D+2`. */
export function offsetLabel(offset: number): string {
    return offset === 0 ? 'D' : offset < 0 ? `D${offset}` : `D+${offset}`;
}

/** Tick spacing in days on a D axis. */
function offsetStep(dayWidth: number): number {
    for (const step of [1, 2, 7, 14, 28, 91, 182]) if (step * dayWidth >= MIN_OFFSET_LABEL_SPACING) return step;
    return 364;
}

/** The runs drawn: all of them up to COLLAPSE_ABOVE runs or when asked, else the first RUN_ROWS. */
function runsDrawn<T>(runs: readonly T[], options: ChartOptions): readonly T[] {
    return options.allRuns || runs.length <= COLLAPSE_ABOVE ? runs : runs.slice(0, RUN_ROWS);
}

/** Room kept around a mark (its half-width and a gap). */
const MARK_ROOM = 7;
export const BAR_FONT_SIZE = 11;

/** Where a bar's title fits between the marks on it (the first stretch wide enough), or undefined. */
export function titleX(bar: PhaseBar, marks: readonly Mark[]): number | undefined {
    const centre = bar.y + ROW_HEIGHT / 2;
    const xs = marks.filter(m => m.y === centre && m.x > bar.x - MARK_ROOM && m.x < bar.x + bar.width + MARK_ROOM).map(m => m.x).sort((a, b) => a - b);
    let from = bar.x + 3;
    for (const x of [...xs, bar.x + bar.width - 3 + MARK_ROOM]) {
        const to = x - MARK_ROOM;
        if (fitsText(bar.title, to - from, BAR_FONT_SIZE)) return from;
        from = Math.max(from, x + MARK_ROOM);
    }
    return undefined;
}

export function layoutRuns(timeline: Timeline, available: number, options: ChartOptions): ChartLayout {
    const dated = (timeline.runs ?? []).flatMap(r => {
        const d = epochDay(r.dday);
        return d === undefined ? [] : [{ r, d }];
    });
    const shown = runsDrawn(dated, options);
    const rowOf = new Map(shown.map(({ r, d }, i) => [r.run, { y: AXIS_HEIGHT + i * ROW_HEIGHT, d }]));
    // Events of no run have no D: the SOP list shows them; the chart has no place for them.
    const events = eventsOfRuns(timeline.events ?? [], rowOf).filter(e => typeof e.run === 'number');

    const offsets: number[] = [0];
    const offsetOf = (date: string | null | undefined, d: number) => {
        const n = epochDay(date);
        return n === undefined ? undefined : n - d;
    };
    const push = (off: number | undefined) => { if (off !== undefined) offsets.push(off); };
    for (const { r, d } of shown) {
        push(offsetOf(r.start, d)); push(offsetOf(r.end, d));
        for (const p of r.phases ?? []) { push(offsetOf(p.start, d)); push(offsetOf(p.end, d)); }
    }
    const eventOffset = (ev: TimelineEvent) => {
        const row = rowOf.get(ev.run as number)!;
        return typeof ev.d === 'number' && Number.isFinite(ev.d) ? ev.d : offsetOf(ev.date, row.d);
    };
    for (const ev of events) push(eventOffset(ev));
    let first = offsets[0];
    let last = offsets[0];
    for (const o of offsets) { if (o < first) first = o; if (o > last) last = o; }

    const days = last - first + 1;
    const labelWidth = labelWidthFor(available);
    const room = Math.max(available - labelWidth - 16, 160);
    const dayWidth = Math.min(MAX_DAY_WIDTH, Math.max(MIN_DAY_WIDTH, Math.min(room, MAX_CHART_WIDTH) / days));
    const xOf = (off: number) => labelWidth + (off - first) * dayWidth;

    // Where every run drawn has its D on the same weekday (weekly runs), the ticks carry a date for the weekday line.
    const sameWeekday = shown.every(({ d }) => ((d - shown[0].d) % 7 + 7) % 7 === 0);
    const step = offsetStep(dayWidth);
    const ticks: Tick[] = [];
    for (let t = Math.ceil(first / step) * step; t <= last; t += step) {
        ticks.push({ date: sameWeekday && shown.length ? isoOfEpochDay(shown[0].d + t) : '', x: xOf(t), major: t % 7 === 0, label: offsetLabel(t) });
    }

    const declared = new Map<string, { index: number; title: string; kind: string; line: number | undefined }>();
    (timeline.phases ?? []).forEach((p, index) => {
        if (!declared.has(p.name)) declared.set(p.name, { index, title: p.title || p.name, kind: p.kind ?? '', line: lineOf(p.line) });
    });
    const phases: PhaseBar[] = [];
    const runs: RunSpan[] = [];
    for (const { r, d } of shown) {
        const y = rowOf.get(r.run)!.y;
        const s = offsetOf(r.start, d) ?? 0;
        const e = offsetOf(r.end, d) ?? 0;
        runs.push({
            run: r.run, label: TEXT(r.label) || `#${r.run}`, title: TEXT(r.title) || `#${r.run} · D ${r.dday}`, dday: r.dday,
            x: xOf(Math.min(s, e)), width: (Math.abs(e - s) + 1) * dayWidth, dx: xOf(0) + dayWidth / 2, y, dEpoch: d,
        });
        for (const p of r.phases ?? []) {
            const ps = offsetOf(p.start, d);
            const pe = offsetOf(p.end, d);
            if (ps === undefined || pe === undefined) continue;
            const info = declared.get(p.name);
            phases.push({
                index: info?.index ?? -1, name: p.name, title: info?.title ?? p.name, kind: info?.kind ?? '', start: p.start, end: p.end,
                x: xOf(Math.min(ps, pe)), width: (Math.abs(pe - ps) + 1) * dayWidth, y, line: info?.line, run: r.run,
            });
        }
    }
    const marks: Mark[] = [];
    for (const ev of events) {
        const off = eventOffset(ev);
        if (off === undefined) continue;
        marks.push({
            id: ev.id, type: ev.type, shape: SHAPES[ev.type] ?? 'dot', name: ev.name, title: ev.title || ev.name,
            date: ev.date, time: ev.time ?? undefined,
            x: xOf(off) + dayWidth / 2, y: rowOf.get(ev.run as number)!.y + ROW_HEIGHT / 2, line: lineOf(ev.line),
        });
    }
    for (const bar of phases) bar.labelX = titleX(bar, marks);
    const firstRun = shown[0];
    const lastRun = shown.at(-1);
    return {
        labelWidth, dayWidth, days, ticks,
        first: firstRun ? isoOfEpochDay(firstRun.d + first) : '', last: lastRun ? isoOfEpochDay(lastRun.d + last) : '',
        width: Math.ceil(labelWidth + days * dayWidth + 16), height: AXIS_HEIGHT + Math.max(shown.length, 1) * ROW_HEIGHT + 8,
        phases, marks, byRun: true, runsY: undefined, runs, runsTotal: dated.length, offsets: { first, last },
    };
}
