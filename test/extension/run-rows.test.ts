/**
 * The timeline preview's chart of a repeating playbook: one row per run, aligned on each run's D
 * day (the axis counts D-5 … D+1), each run's phases as bars from the days the server sent for
 * that run, its events at their offset from D; the first runs only past COLLAPSE_ABOVE runs.
 * Expected positions are worked out here from the offsets written by hand.
 */
import { strict as assert } from 'node:assert';
import type { Timeline, TimelineEvent } from '../../language/protocol/contract.js';
import {
    AXIS_HEIGHT, COLLAPSE_ABOVE, ROW_HEIGHT, RUN_ROWS, dayInRuns, dayMarkBands, blackoutBands, eventsShown, fillIn, fitsText, layoutChart, phaseKey,
} from '../../extension/webview/layout.js';
import { offsetLabel, titleX } from '../../extension/webview/run-rows.js';

/** ISO date `days` after `date` (UTC arithmetic). */
function plus(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function event(e: Partial<TimelineEvent> & { id: string; type: TimelineEvent['type']; name: string; date: string }): TimelineEvent {
    return {
        phase: null, title: '', time: null, start: e.date, end: null, channels: [], owner: null, assets: [], segment: null, reminders: [], note: null,
        check: null, run: null, dday: null, d: null, dayOff: null, dayNote: null, line: null, ...e,
    } as TimelineEvent;
}

/** Weekly runs on Thursdays from 2026-03-05: 预热 D-5..D-1, 直播 D, 返场 D+1; a step at D-3 (not in run 2), a checkpoint at D. */
function weekly(count: number): Timeline {
    const ddays = Array.from({ length: count }, (_, i) => plus('2026-03-05', 7 * i));
    return {
        playbook: 'weekly_live', title: '每周四晚直播', timezone: 'Asia/Shanghai', start: plus(ddays[0], -5), end: plus(ddays.at(-1)!, 1),
        types: {}, blackouts: [],
        phases: [
            { name: 'warm', title: '预热', kind: 'warmup', start: plus(ddays[0], -5), end: plus(ddays[0], -1), days: 5, line: 10 },
            { name: 'live', title: '直播', kind: 'burst', start: ddays[0], end: ddays[0], days: 1, line: 20 },
            { name: 'wrap', title: '返场', kind: 'review', start: plus(ddays[0], 1), end: plus(ddays[0], 1), days: 1, line: 30 },
        ],
        runs: ddays.map((dday, i) => ({
            run: i + 1, dday, start: plus(dday, -5), end: plus(dday, 1), label: `第 ${i + 1} 期`, title: `第 ${i + 1} 期 · D 日 ${dday}`,
            phases: [
                { name: 'warm', start: plus(dday, -5), end: plus(dday, -1) },
                { name: 'live', start: dday, end: dday },
                { name: 'wrap', start: plus(dday, 1), end: plus(dday, 1) },
            ],
        })),
        events: ddays.flatMap((dday, i) => [
            ...(i === 1 ? [] : [event({ id: `n${i}`, type: 'step', phase: 'warm', name: 'notice', title: '直播预告', date: plus(dday, -3), run: i + 1, dday, d: -3, line: 11 })]),
            event({ id: `c${i}`, type: 'checkpoint', phase: 'live', name: 'slow', title: '检查', date: dday, run: i + 1, dday, d: 0, line: 40 }),
        ]),
    };
}

describe('timeline preview: a row per run, aligned on D', () => {
    it('puts each run on its row, its phases where that run has them, its events at their offset from D', () => {
        const t = weekly(3);
        const l = layoutChart(t, 900);
        assert.equal(l.byRun, true);
        assert.deepEqual(l.offsets, { first: -5, last: 1 });
        assert.equal(l.days, 7);
        const x = (offset: number) => l.labelWidth + (offset + 5) * l.dayWidth;
        assert.deepEqual(l.runs.map(r => [r.run, r.label, r.y]), [[1, '第 1 期', AXIS_HEIGHT], [2, '第 2 期', AXIS_HEIGHT + ROW_HEIGHT], [3, '第 3 期', AXIS_HEIGHT + 2 * ROW_HEIGHT]]);
        assert.ok(l.runs.every(r => r.dx === x(0) + l.dayWidth / 2), 'the D day is one column on every row');
        assert.equal(l.height, AXIS_HEIGHT + 3 * ROW_HEIGHT + 8);
        // Every run's phases on its row: 预热 D-5..D-1, 直播 D, 返场 D+1; titles, kinds and lines from the declared phases.
        assert.deepEqual(l.phases.map(p => [p.run, p.name, p.title, p.kind, p.line, p.start, p.end, p.x, p.width, p.y]), t.runs.flatMap((r, i) => [
            [i + 1, 'warm', '预热', 'warmup', 10, plus(r.dday, -5), plus(r.dday, -1), x(-5), 5 * l.dayWidth, AXIS_HEIGHT + i * ROW_HEIGHT],
            [i + 1, 'live', '直播', 'burst', 20, r.dday, r.dday, x(0), l.dayWidth, AXIS_HEIGHT + i * ROW_HEIGHT],
            [i + 1, 'wrap', '返场', 'review', 30, plus(r.dday, 1), plus(r.dday, 1), x(1), l.dayWidth, AXIS_HEIGHT + i * ROW_HEIGHT],
        ]));
        const notices = l.marks.filter(m => m.name === 'notice');
        assert.deepEqual(notices.map(m => [m.date, m.x, m.y]), [
            ['2026-03-02', x(-3) + l.dayWidth / 2, AXIS_HEIGHT + ROW_HEIGHT / 2],
            ['2026-03-16', x(-3) + l.dayWidth / 2, AXIS_HEIGHT + 2.5 * ROW_HEIGHT],
        ], 'run 2 has no notice: its row shows none');
        assert.deepEqual(l.ticks.map(tk => tk.label), ['D-5', 'D-4', 'D-3', 'D-2', 'D-1', 'D', 'D+1']);
        assert.deepEqual(l.ticks.map(tk => tk.date), ['2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
            'weekly runs share their weekdays: the ticks carry run 1\'s dates for the weekday line');
        assert.deepEqual([l.first, l.last], ['2026-02-28', '2026-03-20'], 'run 1\'s first day to run 3\'s last');
    });

    it('leaves the weekday line out where the runs fall on different weekdays', () => {
        const t = weekly(2);
        t.runs[1] = { ...t.runs[1], dday: '2026-03-18', start: '2026-03-13', end: '2026-03-19', phases: [{ name: 'live', start: '2026-03-18', end: '2026-03-18' }] };
        const l = layoutChart(t, 900);
        assert.ok(l.ticks.every(tk => tk.date === ''), JSON.stringify(l.ticks));
        assert.deepEqual(l.phases.filter(p => p.run === 2).map(p => [p.name, p.x]), [['live', l.runs[1].dx - l.dayWidth / 2]]);
    });

    it('shades a holiday on the rows of the runs it falls in, over those days only', () => {
        const t: Timeline = {
            ...weekly(3),
            dayMarks: [{ from: '2026-03-09', to: '2026-03-10', kind: 'holiday', title: '团队日' }, { from: '2026-03-22', to: '2026-03-22', kind: 'workday', title: '补班' }],
            blackouts: [{ from: '2026-03-05', to: '2026-03-05', title: '竞品直播' }],
        };
        const l = layoutChart(t, 900);
        const x = (offset: number) => l.labelWidth + (offset + 5) * l.dayWidth;
        // 2026-03-09..10 are run 2's D-3 and D-2; 2026-03-22 is no run's day (run 3 ends 03-20).
        assert.deepEqual(dayMarkBands(t, l).map(b => [b.kind, b.title, b.x, b.width, b.y, b.height]), [
            ['holiday', '团队日', x(-3), 2 * l.dayWidth, AXIS_HEIGHT + ROW_HEIGHT, ROW_HEIGHT],
        ]);
        // A blackout on run 1's D shows on run 1's row; run 2 begins 2026-03-07, after it.
        assert.deepEqual(blackoutBands(t, l).map(b => [b.title, b.x, b.y]), [['竞品直播', x(0), AXIS_HEIGHT]]);
    });

    it(`draws the first ${RUN_ROWS} of more than ${COLLAPSE_ABOVE} runs until all are asked for; the SOP list follows`, () => {
        const t = weekly(52);
        const l = layoutChart(t, 900);
        assert.equal(l.runs.length, RUN_ROWS);
        assert.equal(l.runsTotal, 52);
        assert.equal(l.height, AXIS_HEIGHT + RUN_ROWS * ROW_HEIGHT + 8);
        assert.ok(l.marks.every(m => m.y < AXIS_HEIGHT + RUN_ROWS * ROW_HEIGHT));
        const shown = eventsShown(t, l);
        assert.equal(shown.length, 2 * RUN_ROWS - 1, 'a notice and a checkpoint per run shown, no notice in run 2');
        assert.ok(shown.every(e => (e.run as number) <= RUN_ROWS));
        const all = layoutChart(t, 900, { allRuns: true });
        assert.deepEqual([all.runs.length, all.runsTotal, all.runs.at(-1)!.y], [52, 52, AXIS_HEIGHT + 51 * ROW_HEIGHT]);
        assert.equal(eventsShown(t, all).length, t.events.length);
        const sixteen = layoutChart(weekly(COLLAPSE_ABOVE), 900);
        assert.equal(sixteen.runs.length, COLLAPSE_ABOVE, 'up to COLLAPSE_ABOVE runs all have their row');
        assert.equal(layoutChart(weekly(COLLAPSE_ABOVE + 1), 900).runs.length, RUN_ROWS);
    });

    it('an older server (no phases per run): each run\'s span on its row', () => {
        const t = weekly(2);
        for (const r of t.runs) delete r.phases;
        const l = layoutChart(t, 900);
        assert.equal(l.phases.length, 0);
        assert.deepEqual(l.runs.map(r => [r.x, r.width]), [[l.labelWidth, 7 * l.dayWidth], [l.labelWidth, 7 * l.dayWidth]]);
    });

    it('writes a bar\'s title between its marks where it fits, else nowhere', () => {
        const l = layoutChart(weekly(2), 900);
        const warm = l.phases.find(p => p.run === 1 && p.name === 'warm')!;
        // The notice sits in the middle of D-3: 预热 (two characters) fits in D-5..D-4 before it.
        assert.equal(warm.labelX, warm.x + 3);
        const live = l.phases.find(p => p.run === 1 && p.name === 'live')!;
        assert.equal(live.labelX, undefined, 'the checkpoint fills the one-day bar');
        const crowded = titleX({ ...warm, title: '很长很长的预热阶段标题' }, l.marks);
        assert.equal(crowded, undefined);
        assert.equal(fitsText('预热', 22, 11), true);
        assert.equal(fitsText('预热', 21, 11), false);
    });

    it('names the phases once for the legend, and fills in the client\'s count templates', () => {
        assert.deepEqual(phaseKey(weekly(2)).map(p => [p.name, p.title, p.kind, p.line]), [['warm', '预热', 'warmup', 10], ['live', '直播', 'burst', 20], ['wrap', '返场', 'review', 30]]);
        assert.equal(fillIn('第 1–{0} 期（共 {1} 期）', '12', '52'), '第 1–12 期（共 52 期）');
        assert.equal(fillIn('Show all {0} runs', '52'), 'Show all 52 runs');
        assert.deepEqual([offsetLabel(-7), offsetLabel(0), offsetLabel(2)], ['D-7', 'D', 'D+2']);
    });
});

describe('timeline preview: the SOP list names each day\'s run and distance from D', () => {
    it('第 N 期 D-3 with rows per run, both runs where two meet, D-3 alone with one run, nothing without D', () => {
        const t = weekly(3);
        const l = layoutChart(t, 900);
        const day = (date: string) => t.events.filter(e => e.date === date);
        assert.equal(dayInRuns(day('2026-03-02'), l), '第 1 期 D-3');
        assert.equal(dayInRuns(day('2026-03-12'), l), '第 2 期 D');
        const meeting = [...day('2026-03-12'), { ...day('2026-03-16')[0], date: '2026-03-12', d: -4 }];
        assert.equal(dayInRuns(meeting, l), '第 2 期 D · 第 3 期 D-4');
        const one: Timeline = { ...t, runs: [t.runs[0]], events: day('2026-03-02') };
        assert.equal(dayInRuns(one.events, layoutChart(one, 900)), 'D-3', 'one run (dday): the offset alone');
        assert.equal(dayInRuns([{ ...day('2026-03-02')[0], run: null, dday: null, d: null }], l), '');
    });
});
