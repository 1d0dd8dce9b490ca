/**
 * Geometry of the timeline preview, as pure functions (no DOM) so they are unit-tested.
 * Dates arrive as ISO `YYYY-MM-DD` strings already computed by the server's schedule model; here
 * they are only placed on an axis (days since the timeline's first day), never computed.
 */
import type { Timeline, TimelineEvent } from '../../language/protocol/contract.js';
import { layoutRuns, offsetLabel } from './run-rows.js';

/** The widest the phase-title column gets; a narrow panel gives it less (see labelWidthFor). */
export const LABEL_WIDTH = 168;
const MIN_LABEL_WIDTH = 88;
export const AXIS_HEIGHT = 40;
export const ROW_HEIGHT = 30;
export const BAR_HEIGHT = 18;
export const MAX_CHART_WIDTH = 4800;
export const MIN_DAY_WIDTH = 3;
export const MAX_DAY_WIDTH = 36;
const MIN_LABEL_SPACING = 56;

/** The client's own labels; everything about the events (titles, type labels, details) comes from the server. */
export interface PreviewLabels {
    phases: string; sop: string; allDay: string; noEvents: string; timezone: string; stale: string; legend: string;
    /** With rows per run: `Runs 1–{0} of {1}`, `Show all {0} runs`, `Show the first {0} runs only` (an older extension sends none). */
    runsShown?: string; showAllRuns?: string; showFirstRuns?: string;
    /** Fallback type labels for a server that sends none. */
    types: Record<string, string>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date (its first 10 characters), or undefined. */
export function epochDay(date: string | null | undefined): number | undefined {
    const m = ISO_DATE.exec(date ?? '');
    if (!m) return undefined;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const back = new Date(ms);
    if (back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return undefined;
    return Math.round(ms / 86_400_000);
}

/** The ISO date of an epoch day. */
export function isoOfEpochDay(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A tick of the axis: its date (a date axis, or the D-aligned axis where every run has the same weekday there, else ''), its label on a D axis (`D-3`). */
export interface Tick { date: string; x: number; major: boolean; label?: string }
export interface PhaseBar {
    index: number; name: string; title: string; kind: string; start: string; end: string;
    x: number; width: number; y: number; line: number | undefined;
    /** The run whose row the bar is on (rows per run), else undefined. */
    run: number | undefined;
    /** Rows per run: where the title goes inside the bar (a stretch free of marks wide enough), else undefined. */
    labelX?: number;
}
export type MarkShape = 'diamond' | 'triangle' | 'square' | 'dot';
export interface Mark {
    id: string; type: string; shape: MarkShape; name: string; title: string; date: string; time: string | undefined;
    x: number; y: number; line: number | undefined;
}
/** A run (repeating playbook): its span and D line, on the runs row or on its own row. */
export interface RunSpan {
    run: number; label: string; title: string; dday: string;
    /** The span from the run's first to its last day (the D day alone when those are unknown). */
    x: number; width: number;
    /** The middle of the D day. */
    dx: number;
    /** The top of its row. */
    y: number;
    /** Its D day as days since 1970-01-01 (rows per run place its days by their distance from it). */
    dEpoch: number;
}
export interface ChartLayout {
    /** Width of the phase-title column on the left. */
    labelWidth: number;
    /** First and last day shown (inclusive). */
    first: string; last: string; days: number; dayWidth: number;
    width: number; height: number;
    ticks: Tick[];
    phases: PhaseBar[];
    marks: Mark[];
    /** One row per run, its phases as bars on it (a playbook with more than one run); else one row per phase. */
    byRun: boolean;
    /** The runs row (below the phases; only with one run and phase rows) and the runs drawn. */
    runsY: number | undefined;
    runs: RunSpan[];
    /** How many runs the timeline has; those past `runs.length` wait behind "show all" (rows per run). */
    runsTotal: number;
    /** Rows per run: the first and last day of the axis counted from D (`-7`, `4`); undefined on a date axis. */
    offsets: { first: number; last: number } | undefined;
}

/** A playbook with more than COLLAPSE_ABOVE runs shows its first RUN_ROWS (one row each) until the reader asks for all. */
export const RUN_ROWS = 12;
export const COLLAPSE_ABOVE = 16;

export interface ChartOptions {
    /** Every run gets its row (else the first RUN_ROWS). */
    allRuns?: boolean;
}

export const SHAPES: Record<string, MarkShape> = { milestone: 'diamond', checkpoint: 'triangle', 'asset-due': 'square', step: 'dot' };

export function lineOf(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The phase-title column: about a quarter of the panel, within [88, 168] px. */
export function labelWidthFor(available: number): number {
    return Math.round(Math.min(LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, available * 0.25)));
}

/** Tick spacing in days so that labels stay at least MIN_LABEL_SPACING apart. */
export function tickStep(dayWidth: number): number {
    for (const step of [1, 2, 7, 14, 28, 91, 182, 364]) {
        if (step * dayWidth >= MIN_LABEL_SPACING) return step;
    }
    return 728;
}

interface Axis {
    firstDay: number; lastDay: number; days: number; labelWidth: number; dayWidth: number; ticks: Tick[];
    xOf(day: number): number;
}

/** The day axis over the given days: the day width the panel allows, ticks starting on Mondays from a week up. */
function axisOver(dayNumbers: readonly number[], available: number): Axis {
    // A loop, not Math.min(...dayNumbers): a playbook may have more events than a call takes arguments.
    let firstDay = dayNumbers.length ? dayNumbers[0] : 0;
    let lastDay = firstDay;
    for (const n of dayNumbers) {
        if (n < firstDay) firstDay = n;
        if (n > lastDay) lastDay = n;
    }
    const days = lastDay - firstDay + 1;
    const labelWidth = labelWidthFor(available);
    const room = Math.max(available - labelWidth - 16, 160);
    const dayWidth = Math.min(MAX_DAY_WIDTH, Math.max(MIN_DAY_WIDTH, Math.min(room, MAX_CHART_WIDTH) / days));
    const xOf = (day: number) => labelWidth + (day - firstDay) * dayWidth;
    const step = tickStep(dayWidth);
    const ticks: Tick[] = [];
    // Weekly and longer steps start on a Monday (epoch day 4 was a Monday) so labels line up with weeks.
    let t = firstDay;
    if (step >= 7) t = firstDay + ((4 - firstDay) % 7 + 7) % 7;
    for (; t <= lastDay; t += step) ticks.push({ date: isoOfEpochDay(t), x: xOf(t), major: step >= 7 || (t - 4) % 7 === 0 });
    return { firstDay, lastDay, days, labelWidth, dayWidth, ticks, xOf };
}

function markOf(ev: TimelineEvent, day: number, rowY: number, axis: Axis): Mark {
    return {
        id: ev.id, type: ev.type, shape: SHAPES[ev.type] ?? 'dot', name: ev.name, title: ev.title || ev.name,
        date: ev.date, time: ev.time ?? undefined,
        x: axis.xOf(day) + axis.dayWidth / 2, y: rowY + ROW_HEIGHT / 2, line: lineOf(ev.line),
    };
}

function runSpanOf(r: Timeline['runs'][number], d: number, y: number, axis: Axis): RunSpan {
    const s = epochDay(r.start) ?? d;
    const e = epochDay(r.end) ?? d;
    return {
        run: r.run, label: TEXT(r.label) || `#${r.run}`, title: TEXT(r.title) || `#${r.run} · D ${r.dday}`, dday: r.dday,
        x: axis.xOf(Math.min(s, e)), width: (Math.abs(e - s) + 1) * axis.dayWidth, dx: axis.xOf(d) + axis.dayWidth / 2, y, dEpoch: d,
    };
}

function sized(axis: Axis, rows: number): Pick<ChartLayout, 'labelWidth' | 'first' | 'last' | 'days' | 'dayWidth' | 'width' | 'height' | 'ticks'> {
    return {
        labelWidth: axis.labelWidth, first: isoOfEpochDay(axis.firstDay), last: isoOfEpochDay(axis.lastDay), days: axis.days, dayWidth: axis.dayWidth,
        width: Math.ceil(axis.labelWidth + axis.days * axis.dayWidth + 16), height: AXIS_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT + 8, ticks: axis.ticks,
    };
}

/**
 * Lays the timeline out. One run (or none): one row per phase (a bar from its first to its last
 * day), the events as marks on their phase's row (or on an extra row for events outside any
 * phase), and the run on a row of its own. More runs: one row per run (see layoutRuns).
 */
export function layoutChart(timeline: Timeline, available = 900, options: ChartOptions = {}): ChartLayout {
    if ((timeline.runs ?? []).length > 1) return layoutRuns(timeline, available, options);
    const dayNumbers: number[] = [];
    const push = (d: string | null | undefined) => { const n = epochDay(d); if (n !== undefined) dayNumbers.push(n); };
    push(timeline.start); push(timeline.end);
    for (const p of timeline.phases ?? []) { push(p.start); push(p.end); }
    for (const e of timeline.events ?? []) push(e.date);
    for (const r of timeline.runs ?? []) { push(r.start); push(r.end); push(r.dday); }
    const axis = axisOver(dayNumbers, available);
    const { xOf, dayWidth } = axis;

    const rowOfPhase = new Map<string, number>();
    const phases: PhaseBar[] = [];
    (timeline.phases ?? []).forEach((p, index) => {
        const s = epochDay(p.start);
        const e = epochDay(p.end);
        if (s === undefined || e === undefined) return;
        const y = AXIS_HEIGHT + phases.length * ROW_HEIGHT;
        if (!rowOfPhase.has(p.name)) rowOfPhase.set(p.name, y);
        phases.push({
            index, name: p.name, title: p.title || p.name, kind: p.kind ?? '', start: p.start!, end: p.end!, // dated: epochDay took both
            x: xOf(Math.min(s, e)), width: (Math.abs(e - s) + 1) * dayWidth, y, line: lineOf(p.line), run: undefined,
        });
    });
    const looseY = AXIS_HEIGHT + phases.length * ROW_HEIGHT;
    let hasLoose = false;
    const marks: Mark[] = [];
    for (const ev of timeline.events ?? []) {
        const d = epochDay(ev.date);
        if (d === undefined) continue;
        let y = ev.phase ? rowOfPhase.get(ev.phase) : undefined;
        if (y === undefined) { y = looseY; hasLoose = true; }
        marks.push(markOf(ev, d, y, axis));
    }
    const runsY = AXIS_HEIGHT + (phases.length + (hasLoose ? 1 : 0)) * ROW_HEIGHT;
    const runs: RunSpan[] = [];
    for (const r of timeline.runs ?? []) {
        const d = epochDay(r.dday);
        if (d !== undefined) runs.push(runSpanOf(r, d, runsY, axis));
    }
    const rows = phases.length + (hasLoose ? 1 : 0) + (runs.length ? 1 : 0);
    return { ...sized(axis, rows), phases, marks, byRun: false, runsY: runs.length ? runsY : undefined, runs, runsTotal: runs.length, offsets: undefined };
}

/** The events of the runs given (by run number) and those of no run. */
export function eventsOfRuns(events: readonly TimelineEvent[], runs: ReadonlyMap<number, unknown>): TimelineEvent[] {
    return events.filter(e => typeof e.run !== 'number' || runs.has(e.run));
}

/**
 * The events the page lists: every one, or with rows per run and not all runs shown, those of the
 * runs on the chart (and of no run).
 */
export function eventsShown(timeline: Timeline, layout: ChartLayout): TimelineEvent[] {
    if (!layout.byRun || layout.runs.length >= layout.runsTotal) return timeline.events ?? [];
    return eventsOfRuns(timeline.events ?? [], new Map(layout.runs.map(r => [r.run, r])));
}

/** Where a band is drawn: across the chart, or (rows per run) on one row from `y`, `height` high. */
interface Band { x: number; width: number; y?: number; height?: number }
export interface BlackoutBand extends Band { from: string; to: string; title: string }
export interface DayMarkBand extends BlackoutBand { kind: 'holiday' | 'workday' }

/**
 * Spans of days as bands over their days, cut to the chart's days; none outside. Rows per run: a
 * band on each run's row over the days it covers there (the axis counts from each run's D).
 */
function bands<T extends { from: string; to: string; title?: string | null }>(spans: readonly T[] | undefined, layout: ChartLayout): (T & Band)[] {
    const out: (T & Band)[] = [];
    const rows = layout.offsets
        ? layout.runs.map(r => ({ first: r.dEpoch + layout.offsets!.first, last: r.dEpoch + layout.offsets!.last, y: r.y as number | undefined }))
        : [{ first: epochDay(layout.first), last: epochDay(layout.last), y: undefined }];
    for (const row of rows) {
        const { first, last } = row;
        if (first === undefined || last === undefined) continue;
        for (const b of spans ?? []) {
            const from = epochDay(b.from);
            const to = epochDay(b.to);
            if (from === undefined || to === undefined || to < first || from > last) continue;
            const s = Math.max(from, first);
            const e = Math.min(to, last);
            const band = { ...b, x: layout.labelWidth + (s - first) * layout.dayWidth, width: (e - s + 1) * layout.dayWidth };
            out.push(row.y === undefined ? band : { ...band, y: row.y, height: ROW_HEIGHT });
        }
    }
    return out;
}

function rowOf(b: Band): Pick<Band, 'y' | 'height'> {
    return b.y === undefined ? {} : { y: b.y, height: b.height };
}

/** The blackouts (days to keep clear) as bands over their days, cut to the chart's days. */
export function blackoutBands(timeline: Timeline, layout: ChartLayout): BlackoutBand[] {
    return bands(timeline.blackouts, layout).map(b => ({ from: b.from, to: b.to, title: b.title ?? '', x: b.x, width: b.width, ...rowOf(b) }));
}

/** The holidays and 调休 workdays the server marked, as bands over their days, cut to the chart's days. */
export function dayMarkBands(timeline: Timeline, layout: ChartLayout): DayMarkBand[] {
    return bands(timeline.dayMarks, layout)
        .filter(b => b.kind === 'holiday' || b.kind === 'workday')
        .map(b => ({ kind: b.kind, from: b.from, to: b.to, title: b.title ?? '', x: b.x, width: b.width, ...rowOf(b) }));
}

export interface DayGroup { date: string; events: TimelineEvent[] }

/**
 * Which run a day of the SOP list is, and its distance from D, from the events' own `run` and `d`:
 * `第 3 期 D-3` with rows per run (two runs meeting on a day: both), `D-3` with one run, '' without D.
 */
export function dayInRuns(events: readonly TimelineEvent[], layout: ChartLayout): string {
    const labels = new Map(layout.runs.map(r => [r.run, r.label]));
    const parts = new Set<string>();
    for (const e of events) {
        if (typeof e.d !== 'number' || !Number.isFinite(e.d)) continue;
        const label = layout.byRun && typeof e.run === 'number' ? labels.get(e.run) : undefined;
        parts.add(label ? `${label} ${offsetLabel(e.d)}` : offsetLabel(e.d));
    }
    return [...parts].join(' · ');
}

/** The day-by-day SOP list: events grouped by date, dates ascending, order within a day kept. */
export function groupByDay(events: readonly TimelineEvent[]): DayGroup[] {
    const groups = new Map<string, TimelineEvent[]>();
    for (const ev of events ?? []) {
        const key = typeof ev.date === 'string' ? ev.date.slice(0, 10) : '';
        let list = groups.get(key);
        if (!list) groups.set(key, list = []);
        list.push(ev);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([date, list]) => ({ date, events: list }));
}

/** The glyphs of the chart's marks, as the legend shows them (same order as the Markdown calendar's types). */
export const LEGEND: readonly { type: string; glyph: string }[] = [
    { type: 'step', glyph: '•' }, { type: 'milestone', glyph: '◆' }, { type: 'asset-due', glyph: '■' }, { type: 'checkpoint', glyph: '▲' },
];

/** The legend: each mark's glyph with the type's label from the server (or the client's fallback). */
export function legendItems(timeline: Timeline, fallback: Record<string, string>): { type: string; glyph: string; label: string }[] {
    return LEGEND.map(l => ({ ...l, label: String(timeline.types?.[l.type] ?? fallback[l.type] ?? l.type) }));
}

/** The day tints the chart draws (holidays, 调休 workdays, blackouts), each once, for the legend. */
export function bandLegendItems(timeline: Timeline, layout: ChartLayout, fallback: Record<string, string>): { kind: string; label: string }[] {
    const present = new Set<string>([...dayMarkBands(timeline, layout).map(b => b.kind), ...(blackoutBands(timeline, layout).length ? ['blackout'] : [])]);
    return ['holiday', 'workday', 'blackout'].filter(k => present.has(k)).map(band => ({ kind: band, label: String(timeline.types?.[band] ?? fallback[band] ?? band) }));
}

export interface EventView {
    type: string; typeLabel: string; time: string; title: string; name: string; phase: string;
    details: { label: string; text: string }[];
}

export const TEXT = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * One line of the day-by-day list: the server's `display` (titles, labels, details in the
 * reader's language); an answer without it (an older server) falls back to the raw fields.
 */
export function eventView(ev: TimelineEvent, fallback: { allDay: string; types: Record<string, string> }, types?: Record<string, string> | null): EventView {
    const type = SHAPES[ev.type] ? ev.type : 'step';
    const d = ev.display;
    const details = Array.isArray(d?.details)
        ? d.details.filter(x => x && typeof x === 'object').map(x => ({ label: TEXT(x.label), text: TEXT(x.text) })).filter(x => x.text)
        : [];
    return {
        type,
        typeLabel: TEXT(d?.type) || TEXT(types?.[ev.type]) || fallback.types[ev.type] || TEXT(ev.type),
        time: TEXT(d?.time) || (ev.time ? TEXT(ev.time) : fallback.allDay),
        title: TEXT(ev.title) || TEXT(ev.name),
        name: TEXT(ev.name),
        phase: d ? TEXT(d.phase) : TEXT(ev.phase),
        details,
    };
}

/** A client label with its `{0}`, `{1}` … filled in (the extension's translations keep the placeholders). */
export function fillIn(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, i: string) => values[Number(i)] ?? whole);
}

/**
 * Whether a text fits a width at a font size, by a conservative estimate: a CJK or full-width
 * character takes the font size, any other character 0.62 of it.
 */
export function fitsText(text: string, width: number, fontSize: number): boolean {
    return textWidth(text, fontSize) <= width;
}

/** The estimate fitsText uses: a CJK or full-width character the font size, others 0.62 of it. */
export function textWidth(text: string, fontSize: number): number {
    let w = 0;
    for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.62;
    return w;
}

/** The phases as the legend names them with rows per run: each phase once, in order, with its kind's colour and line. */
export function phaseKey(timeline: Timeline): { name: string; title: string; kind: string; line: number | undefined }[] {
    const seen = new Set<string>();
    const out: { name: string; title: string; kind: string; line: number | undefined }[] = [];
    for (const p of timeline.phases ?? []) {
        if (seen.has(p.name)) continue;
        seen.add(p.name);
        out.push({ name: p.name, title: TEXT(p.title) || p.name, kind: TEXT(p.kind), line: lineOf(p.line) });
    }
    return out;
}
