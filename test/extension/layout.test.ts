import { strict as assert } from 'node:assert';
import type { Timeline, TimelineEvent, TimelinePhase } from '../../language/protocol/contract.js';

/** A phase of the server's shape: what a test leaves out is empty. */
function phase(p: Partial<TimelinePhase> & { name: string }): TimelinePhase {
    return { title: '', kind: null, start: null, end: null, days: null, line: null, ...p };
}

/** An event of the server's shape (all day unless a time is given; without `display` unless given, as an older server sent). */
function event(e: Partial<TimelineEvent> & { id: string; type: TimelineEvent['type']; name: string; date: string }): TimelineEvent {
    return {
        phase: null, title: '', time: null, start: e.date, end: null, channels: [], owner: null, assets: [], segment: null, reminders: [], note: null,
        check: null, run: null, dday: null, d: null, dayOff: null, dayNote: null, line: null, ...e,
    } as TimelineEvent;
}
import { AXIS_HEIGHT, LABEL_WIDTH, MAX_CHART_WIDTH, ROW_HEIGHT, bandLegendItems, blackoutBands, dayMarkBands, epochDay, eventView, groupByDay, isoOfEpochDay, labelWidthFor, layoutChart, legendItems, tickStep } from '../../extension/webview/layout.js';

const timeline: Timeline = {
    runs: [], types: {}, blackouts: [],
    playbook: 'double11', title: '双十一私域活动', timezone: 'Asia/Shanghai', start: '2026-10-12', end: '2026-10-21',
    phases: [
        phase({ name: 'warmup', title: '预热期', kind: 'warmup', start: '2026-10-12', end: '2026-10-16', line: 10 }),
        phase({ name: 'burst', title: '爆发期', kind: 'burst', start: '2026-10-17', end: '2026-10-21', line: 20 }),
    ],
    events: [
        event({ id: 'a', type: 'step', phase: 'warmup', name: 'teaser', title: '发布悬念海报', date: '2026-10-12', time: '10:00', line: 11 }),
        event({ id: 'b', type: 'milestone', phase: 'warmup', name: 'seeds', title: '种子用户', date: '2026-10-14', line: 12 }),
        event({ id: 'c', type: 'checkpoint', phase: 'burst', name: 'low_traffic', title: '检查', date: '2026-10-18', line: 30 }),
        event({ id: 'd', type: 'step', phase: 'warmup', name: 'countdown', title: '倒计时', date: '2026-10-12', time: '09:00', line: 13 }),
        event({ id: 'e', type: 'asset-due', phase: null, name: 'poster', title: '海报', date: '2026-10-11', line: 5 }),
    ],
};

describe('timeline preview layout', () => {
    it('counts days between ISO dates, and rejects impossible ones', () => {
        assert.equal(epochDay('1970-01-01'), 0);
        assert.equal(epochDay('2026-03-01')! - epochDay('2026-02-28')!, 1);
        assert.equal(epochDay('2024-03-01')! - epochDay('2024-02-28')!, 2, 'leap year');
        assert.equal(epochDay('2026-02-30'), undefined);
        assert.equal(epochDay('soon'), undefined);
        assert.equal(epochDay(null), undefined);
        assert.equal(isoOfEpochDay(epochDay('2026-11-11')!), '2026-11-11');
    });

    it('lays phases end to end on one day scale, one row each', () => {
        const l = layoutChart(timeline, 900);
        assert.equal(l.first, '2026-10-11', 'the asset due before the first phase widens the axis');
        assert.equal(l.last, '2026-10-21');
        assert.equal(l.days, 11);
        const [warmup, burst] = l.phases;
        assert.equal(l.labelWidth, LABEL_WIDTH);
        assert.equal(warmup.x, LABEL_WIDTH + 1 * l.dayWidth);
        assert.equal(warmup.width, 5 * l.dayWidth);
        assert.equal(burst.x, warmup.x + warmup.width, 'burst starts the day after warmup ends');
        assert.equal(warmup.y, AXIS_HEIGHT);
        assert.equal(burst.y, AXIS_HEIGHT + ROW_HEIGHT);
        assert.equal(warmup.line, 10);
    });

    it('puts each event on its phase’s row at its day, and homeless ones on an extra row', () => {
        const l = layoutChart(timeline, 900);
        const byId = new Map(l.marks.map(m => [m.id, m]));
        assert.equal(byId.get('b')!.shape, 'diamond');
        assert.equal(byId.get('c')!.shape, 'triangle');
        assert.equal(byId.get('e')!.shape, 'square');
        assert.equal(byId.get('a')!.shape, 'dot');
        assert.equal(byId.get('b')!.x, LABEL_WIDTH + 3.5 * l.dayWidth);
        assert.equal(byId.get('b')!.y, AXIS_HEIGHT + ROW_HEIGHT / 2);
        assert.equal(byId.get('c')!.y, AXIS_HEIGHT + ROW_HEIGHT * 1.5);
        assert.equal(byId.get('e')!.y, AXIS_HEIGHT + ROW_HEIGHT * 2.5);
        assert.equal(l.height, AXIS_HEIGHT + 3 * ROW_HEIGHT + 8);
    });

    it('keeps a long campaign within a bounded width and spaces tick labels apart', () => {
        const long: Timeline = { ...timeline, start: '2026-01-01', end: '2030-12-31', phases: [phase({ name: 'x', start: '2026-01-01', end: '2030-12-31' })], events: [] };
        const l = layoutChart(long, 100_000);
        assert.ok(l.width <= LABEL_WIDTH + MAX_CHART_WIDTH + 16 + 3 * l.days, `width ${l.width}`);
        for (let i = 1; i < l.ticks.length; i++) assert.ok(l.ticks[i].x - l.ticks[i - 1].x >= 56);
        assert.equal(tickStep(36), 2);
        assert.equal(labelWidthFor(300), 88, 'a narrow panel keeps most of its width for the bars');
        assert.equal(labelWidthFor(480), 120);
        assert.equal(labelWidthFor(2000), LABEL_WIDTH);
        assert.equal(tickStep(8), 7);
        assert.equal(tickStep(1), 91);
    });

    it('starts weekly ticks on Mondays', () => {
        const l = layoutChart({ ...timeline, start: '2026-10-01', end: '2026-12-31', phases: [phase({ name: 'x', start: '2026-10-01', end: '2026-12-31' })], events: [] }, 500);
        assert.ok(tickStep(l.dayWidth) >= 7);
        for (const t of l.ticks) assert.equal(new Date(`${t.date}T00:00:00Z`).getUTCDay(), 1, t.date);
    });

    it('survives an empty or broken timeline', () => {
        const l = layoutChart({ playbook: 'p', start: 'bad', end: '', phases: [{ name: 'x', start: '2026-13-01', end: '?' }], events: [{ id: 'z', type: 'step', name: 'z', date: 'nope' }] } as unknown as Timeline);
        assert.equal(l.phases.length, 0);
        assert.equal(l.marks.length, 0);
        assert.ok(l.width > 0 && l.height > 0);
    });

    it('shades the blackout days over the chart, cut to its days; none outside', () => {
        const withBlackouts: Timeline = {
            ...timeline,
            blackouts: [
                { from: '2026-10-14', to: '2026-10-15', title: '竞品品牌日' },
                { from: '2026-10-20', to: '2026-10-30', title: null },
                { from: '2026-12-24', to: '2026-12-25', title: '圣诞' },
            ],
        };
        const layout = layoutChart(withBlackouts, 900);
        const bands = blackoutBands(withBlackouts, layout);
        assert.deepEqual(bands.map(b => [b.from, b.title]), [['2026-10-14', '竞品品牌日'], ['2026-10-20', '']]);
        const x = (date: string) => layout.labelWidth + (epochDay(date)! - epochDay(layout.first)!) * layout.dayWidth;
        assert.equal(bands[0].x, x('2026-10-14'));
        assert.equal(bands[0].width, 2 * layout.dayWidth);
        assert.equal(bands[1].x + bands[1].width, x(layout.last) + layout.dayWidth, 'cut at the last day shown');
        assert.deepEqual(blackoutBands({ ...timeline, blackouts: undefined }, layoutChart(timeline, 900)), [], 'an older server sends none');
    });

    it('shades holidays and 调休 workdays over the chart, cut to its days; none from an older server', () => {
        const marked: Timeline = {
            ...timeline,
            dayMarks: [
                { from: '2026-10-01', to: '2026-10-12', kind: 'holiday', title: '国庆节' },
                { from: '2026-10-18', to: '2026-10-18', kind: 'workday', title: '调休上班' },
                { from: '2026-10-30', to: '2026-10-31', kind: 'holiday', title: null },
            ],
        };
        const layout = layoutChart(marked, 900);
        const bands = dayMarkBands(marked, layout);
        assert.deepEqual(bands.map(b => [b.kind, b.from, b.title]), [['holiday', '2026-10-01', '国庆节'], ['workday', '2026-10-18', '调休上班']]);
        assert.equal(bands[0].x, layout.labelWidth, 'cut at the first day shown');
        assert.equal(bands[0].width, 2 * layout.dayWidth, '10-11 and 10-12');
        assert.equal(bands[1].x, layout.labelWidth + 7 * layout.dayWidth);
        assert.equal(bands[1].width, layout.dayWidth);
        assert.deepEqual(dayMarkBands(timeline, layoutChart(timeline, 900)), []);
    });

    it('names in the legend the tints the chart draws, with the server\'s labels; none without them', () => {
        const types = { holiday: '法定节假日', workday: '调休上班', blackout: '避让日' };
        const marked: Timeline = { ...timeline, types, dayMarks: [{ from: '2026-10-18', to: '2026-10-18', kind: 'workday', title: '调休上班' }] };
        assert.deepEqual(bandLegendItems(marked, layoutChart(marked, 900), {}), [{ kind: 'workday', label: '调休上班' }]);
        const both: Timeline = { ...marked, dayMarks: [...marked.dayMarks!, { from: '2026-10-12', to: '2026-10-12', kind: 'holiday', title: '节' }], blackouts: [{ from: '2026-10-14', to: '2026-10-14', title: null }] };
        assert.deepEqual(bandLegendItems(both, layoutChart(both, 900), {}).map(i => i.label), ['法定节假日', '调休上班', '避让日']);
        // Near miss: marks outside the days shown draw nothing, so the legend names nothing.
        const outside: Timeline = { ...timeline, dayMarks: [{ from: '2027-05-01', to: '2027-05-03', kind: 'holiday', title: '劳动节' }] };
        assert.deepEqual(bandLegendItems(outside, layoutChart(outside, 900), {}), []);
    });

    it('puts a single run (dday) on a row under the phases: its span and its D line; the axis reaches it', () => {
        const runs: Timeline = {
            ...timeline,
            runs: [{ run: 1, dday: '2026-10-24', start: '2026-10-12', end: '2026-10-24', label: '第 1 期', title: '第 1 期 · D 日 2026-10-24' }],
        };
        const l = layoutChart(runs, 900);
        assert.equal(l.byRun, false, 'one run: one row per phase');
        assert.equal(l.last, '2026-10-24', 'the run reaches past the phases');
        const x = (date: string) => l.labelWidth + (epochDay(date)! - epochDay(l.first)!) * l.dayWidth;
        assert.equal(l.runsY, AXIS_HEIGHT + 3 * ROW_HEIGHT, 'after two phase rows and the row of events outside the phases');
        assert.equal(l.height, AXIS_HEIGHT + 4 * ROW_HEIGHT + 8);
        assert.deepEqual(l.runs.map(r => [r.run, r.label, r.title, r.dday, r.y]), [[1, '第 1 期', '第 1 期 · D 日 2026-10-24', '2026-10-24', l.runsY]]);
        assert.equal(l.runs[0].x, x('2026-10-12'));
        assert.equal(l.runs[0].width, 13 * l.dayWidth);
        assert.equal(l.runs[0].dx, x('2026-10-24') + l.dayWidth / 2, 'the D line in the middle of the D day');
        assert.equal(layoutChart(timeline, 900).runsY, undefined, 'no runs row without runs');
        const older = layoutChart({ ...timeline, runs: [{ run: 3, dday: '2026-10-20', start: null, end: null }] } as unknown as Timeline, 900);
        assert.deepEqual([older.runs[0].label, older.runs[0].width], ['#3', older.dayWidth], 'an older server: no label, the D day alone');
    });

    it('groups the SOP day by day, keeping the server’s order within a day', () => {
        const groups = groupByDay(timeline.events);
        assert.deepEqual(groups.map(g => g.date), ['2026-10-11', '2026-10-12', '2026-10-14', '2026-10-18']);
        assert.deepEqual(groups[1].events.map(e => e.id), ['a', 'd']);
    });

    it('a legend for every mark: ■ ◆ ▲ • with the server\'s type labels', () => {
        const types = { step: 'SOP 动作', milestone: '里程碑', 'asset-due': '物料截止', checkpoint: '风险检查点' };
        assert.deepEqual(legendItems({ ...timeline, types }, {}).map(i => `${i.glyph} ${i.label}`), ['• SOP 动作', '◆ 里程碑', '■ 物料截止', '▲ 风险检查点']);
        assert.deepEqual(legendItems(timeline, { step: 'SOP step' }).map(i => i.label), ['SOP step', 'milestone', 'asset-due', 'checkpoint'], 'fallbacks');
    });

    it('an SOP line shows the server\'s display: titles and details instead of ids', () => {
        const ev = {
            ...timeline.events[0], owner: 'design', channels: ['fans_group'],
            display: { type: 'SOP 动作', time: '10:00–10:30', phase: '预热期', details: [{ label: '负责人', text: '视觉设计' }, { label: '文案', text: '第一行\n第二行' }, { label: '渠道', text: '' }] },
        };
        assert.deepEqual(eventView(ev, { allDay: 'all day', types: {} }), {
            type: 'step', typeLabel: 'SOP 动作', time: '10:00–10:30', title: '发布悬念海报', name: 'teaser', phase: '预热期',
            details: [{ label: '负责人', text: '视觉设计' }, { label: '文案', text: '第一行\n第二行' }],
        });
        const bare = eventView(timeline.events[1], { allDay: '全天', types: { milestone: '里程碑' } });
        assert.deepEqual([bare.time, bare.typeLabel, bare.phase, bare.details], ['全天', '里程碑', 'warmup', []], 'an answer without display');
    });
});
