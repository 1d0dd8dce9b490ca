/** `playbook diff` on crafted version pairs, asserted exactly: counts, shifts, breaking flags. */
import { strict as assert } from 'node:assert';
import { type DiffJson, diffSnapshots } from '../../language/review/diff.js';
import { diffMarkdown, shiftText, summaryLine } from '../../language/review/diff-md.js';
import { snapshotOf } from '../../language/review/snapshot.js';
import { build } from '../helpers/parse.js';
import { BASE, METRICS, SCHEDULE, TRACKING, TRACKING_SAFE, edit } from './pairs.js';
import { validateShippedJson } from '../generators/helpers.js';
import { Diff } from '../../language/shapes/diff.js';

async function snapshot(text: string) {
    const r = await build(text);
    const errors = r.diagnostics.filter(d => d.severity === 1);
    assert.deepEqual(errors.map(e => e.message), [], 'the version has no errors');
    return snapshotOf(r.services.playbook.Models.getModel(r.document)!);
}

/** The diff of two versions, checked against the shipped diff.schema.json (ajv and its definition). */
async function diff(a: string, b: string): Promise<DiffJson> {
    const d = diffSnapshots(await snapshot(a), await snapshot(b));
    assert.deepEqual(validateShippedJson('diff.schema.json', Diff, d), []);
    return d;
}

const compact = (d: DiffJson) => d.events.map(e => `${e.change} ${e.name}#${e.occurrence ?? '-'} ${e.old?.start ?? '∅'} → ${e.new?.start ?? '∅'} ${e.shiftMinutes ?? ''}`.trim());

describe('playbook diff: crafted pairs', () => {
    it('finds nothing between a version and itself', async () => {
        const d = await diff(BASE, BASE);
        assert.deepEqual(d, { summary: { moved: 0, added: 0, removed: 0, changed: 0, breaking: false }, events: [], declarations: [], tracking: [] });
        assert.equal(Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'p' }, 'en')).toString(), 'No changes to the schedule, metrics or tracking.\n');
        assert.equal(Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'p' }, 'zh-CN')).toString(), '日程、指标和埋点均无变化。\n');
    });

    it('ignores comments and layout', async () => {
        const d = await diff(BASE, edit(BASE, ['  owner ops\n', '  // who\n  owner   ops\n\n']));
        assert.equal(d.events.length + d.declarations.length + d.tracking.length, 0);
    });

    it('matches occurrences by position: moved with their shift, added, removed', async () => {
        const d = await diff(BASE, SCHEDULE);
        assert.deepEqual(d.summary, { moved: 5, added: 2, removed: 1, changed: 3, breaking: false });
        assert.deepEqual(compact(d), [
            'moved teaser#1 2026-10-12T10:00:00+08:00 → 2026-10-12T11:00:00+08:00 60',
            'moved countdown#1 2026-10-14T09:00:00+08:00 → 2026-10-13T09:00:00+08:00 -1440',
            'moved countdown#2 2026-10-15T09:00:00+08:00 → 2026-10-14T09:00:00+08:00 -1440',
            'moved countdown#3 2026-10-16T09:00:00+08:00 → 2026-10-15T09:00:00+08:00 -1440',
            'added countdown#4 ∅ → 2026-10-16T09:00:00+08:00',
            'removed sale#1 2026-10-17T20:00:00+08:00 → ∅',
            'moved report#1 2026-10-21 → 2026-10-22 1440',
            'added flash#1 ∅ → 2026-10-19T21:00:00+08:00',
        ]);
        const moved = d.events.find(e => e.name === 'report')!;
        assert.deepEqual([moved.type, moved.title, moved.phase, moved.phaseTitle, moved.old, moved.new], ['milestone', '报告', 'review', '复盘',
            { date: '2026-10-21', time: null, start: '2026-10-21' }, { date: '2026-10-22', time: null, start: '2026-10-22' }]);
        assert.deepEqual(d.declarations, [
            { change: 'changed', kind: 'phase', name: 'warm', title: '预热', fields: [{ field: 'end', old: '2026-10-16', new: '2026-10-17' }, { field: 'days', old: '5', new: '6' }] },
            { change: 'changed', kind: 'phase', name: 'burst', title: '爆发', fields: [{ field: 'start', old: '2026-10-17', new: '2026-10-18' }, { field: 'end', old: '2026-10-18', new: '2026-10-19' }] },
            { change: 'changed', kind: 'phase', name: 'review', title: '复盘', fields: [{ field: 'start', old: '2026-10-19', new: '2026-10-20' }, { field: 'end', old: '2026-10-21', new: '2026-10-22' }] },
        ]);
        assert.deepEqual(d.tracking, []);
    });

    it('reports the asset ready date, the checkpoint and the start as they move', async () => {
        const d = await diff(BASE, edit(BASE, ['start 2026-10-12', 'start 2026-10-10']));
        assert.equal(d.summary.moved, 9);
        assert.ok(d.events.every(e => e.change === 'moved' && e.shiftMinutes === -2880));
        assert.deepEqual(d.events.filter(e => e.type === 'asset-due' || e.type === 'checkpoint').map(e => [e.type, e.name, e.old!.date, e.new!.date]), [
            ['asset-due', 'poster', '2026-10-13', '2026-10-11'],
            ['checkpoint', 'slow', '2026-10-15', '2026-10-13'],
        ]);
        assert.deepEqual(d.declarations[0], { change: 'changed', kind: 'playbook', name: 'p', title: 'P', fields: [{ field: 'start', old: '2026-10-12', new: '2026-10-10' }] });
        assert.equal(d.summary.changed, 4); // the start and three phases
    });

    it('flags breaking tracking changes as REVIEW.md defines them', async () => {
        const d = await diff(BASE, TRACKING);
        assert.deepEqual(d.tracking, [
            { change: 'changed', event: 'member_join', track: 'join', title: '入群', field: 'event', old: 'group_join', new: 'member_join', breaking: true },
            { change: 'changed', event: 'member_join', track: 'join', title: '入群', property: 'source', field: 'enum', old: 'enum("poster", "live")', new: 'enum("poster", "live", "ad")', breaking: false },
            { change: 'changed', event: 'member_join', track: 'join', title: '入群', property: 'inviter', field: 'type', old: 'string', new: 'integer', breaking: true },
            { change: 'changed', event: 'paid', track: 'paid', title: '支付', property: 'amount', field: 'required', old: 'true', new: 'false', breaking: false },
            { change: 'removed', event: 'paid', track: 'paid', title: '支付', property: 'coupon', required: false, old: 'string', breaking: true },
            { change: 'added', event: 'paid', track: 'paid', title: '支付', property: 'via', required: true, new: 'string', breaking: true },
            { change: 'added', event: 'share', track: 'share', title: '分享', breaking: false },
        ]);
        assert.equal(d.summary.breaking, true);
        // The KPI counts another event on the wire now: its formula (written with wire names) changed too.
        assert.deepEqual(d.declarations, [{ change: 'changed', kind: 'kpi', name: 'joins', title: '入群数', fields: [{ field: 'formula', old: 'count group_join', new: 'count member_join' }] }]);
        assert.equal(summaryLine(d, 'en'), '0 moved · 0 added · 0 removed · 1 changed · tracking: breaking');
    });

    it('an enum value removed, a property made required and a track removed are breaking', async () => {
        const d = await diff(TRACKING_SAFE, BASE);
        assert.deepEqual(d.tracking.map(t => [t.change, t.event, t.property ?? null, t.field ?? null, t.breaking]), [
            ['changed', 'group_join', 'source', 'enum', true],
            ['changed', 'paid', 'amount', 'required', true],
            ['removed', 'paid', 'note', null, true],
            ['removed', 'share', null, null, true],
        ]);
    });

    it('keeps non-breaking tracking changes non-breaking', async () => {
        const d = await diff(BASE, TRACKING_SAFE);
        assert.equal(d.tracking.length, 4);
        assert.equal(d.summary.breaking, false);
        assert.equal(summaryLine(d, 'en'), '0 moved · 0 added · 0 removed · 0 changed · tracking: 4 changes');
    });

    it('reports KPI formulas and targets, goals, budget shares and step fields', async () => {
        const d = await diff(BASE, METRICS);
        assert.deepEqual(d.declarations, [
            { change: 'changed', kind: 'kpi', name: 'joins', title: '入群数', fields: [{ field: 'target', old: '>= 100', new: '>= 120' }] },
            { change: 'changed', kind: 'kpi', name: 'buyers', title: '买家', fields: [{ field: 'formula', old: 'unique paid', new: 'count paid' }] },
            { change: 'changed', kind: 'goal', name: 'g', title: '拉新', fields: [{ field: 'kpis', old: 'joins', new: 'joins, rate' }] },
            { change: 'changed', kind: 'budget-line', name: 'ads', title: '广告', fields: [{ field: 'share', old: '60%', new: '50%' }] },
            { change: 'changed', kind: 'budget-line', name: 'other', title: '其他', fields: [{ field: 'share', old: '40%', new: '50%' }] },
        ]);
        assert.deepEqual(d.events, [{
            change: 'changed', type: 'step', name: 'teaser', title: '悬念海报', phase: 'warm', phaseTitle: '预热', run: null, runDday: null, occurrence: null, old: null, new: null, shiftMinutes: null,
            fields: [{ field: 'title', old: '悬念', new: '悬念海报' }, { field: 'reminders', old: null, new: 'PT1H' }],
        }]);
        assert.deepEqual(d.summary, { moved: 0, added: 0, removed: 0, changed: 6, breaking: false });
    });

    it('labels an amount-based budget line as an amount in the budget\'s currency, not a share', async () => {
        const amounts = edit(BASE, ['line ads "广告" 60% line other "其他" 40%', 'line ads "广告" 600 line other "其他" 400']);
        const d = await diff(amounts, edit(amounts, ['"广告" 600', '"广告" 500'], ['"其他" 400', '"其他" 500'], ['budget 1000 CNY', 'budget 1000 CNY']));
        assert.deepEqual(d.declarations, [
            { change: 'changed', kind: 'budget-line', name: 'ads', title: '广告', fields: [{ field: 'amount', old: '600 CNY', new: '500 CNY' }] },
            { change: 'changed', kind: 'budget-line', name: 'other', title: '其他', fields: [{ field: 'amount', old: '400 CNY', new: '500 CNY' }] },
        ]);
        const zh = Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'p' }, 'zh-CN')).toString();
        assert.ok(zh.includes('| 修改 | 广告 `ads` | 金额 | 600 CNY | 500 CNY |'), zh);
        assert.ok(!zh.includes('占比') && !/share/.test(zh), zh);
        // A line that turns from a share into an amount: the share goes, the amount comes.
        const switched = await diff(BASE, edit(BASE, ['"广告" 60%', '"广告" 600']));
        assert.deepEqual(switched.declarations[0].fields, [{ field: 'share', old: '60%', new: null }, { field: 'amount', old: null, new: '600 CNY' }]);
        // The budget's own amount carries its currency too.
        const total = await diff(BASE, edit(BASE, ['budget 1000 CNY', 'budget 1200 CNY'], ['"其他" 40%', '"其他" 40%']));
        assert.deepEqual(total.declarations.find(c => c.kind === 'budget')?.fields, [{ field: 'amount', old: '1000 CNY', new: '1200 CNY' }]);
    });

    it('matches a step moved to another phase by its name', async () => {
        const d = await diff(BASE, edit(BASE,
            ['    milestone ready "准备好" day 5\n', ''],
            ['step sale "秒杀" day 1 at 20:00 on group', 'step sale "秒杀" day 1 at 20:00 on group\n    milestone ready "准备好" day 2']));
        assert.deepEqual(d.events.map(e => [e.change, e.name, e.fields.map(f => `${f.field}:${f.old}→${f.new}`).join(), e.shiftMinutes]), [
            ['changed', 'ready', 'phase:warm→burst', null],
            ['moved', 'ready', '', 1440 * 2],
        ]);
        // The ids stay in old/new (for tools), each phase's title beside it (what a planner reads).
        assert.deepEqual(d.events[0].fields, [{ field: 'phase', old: 'warm', new: 'burst', oldTitle: '预热', newTitle: '爆发' }]);
        const names = { old: 'a', new: 'b', playbook: 'p' };
        const zh = Buffer.from(diffMarkdown(d, names, 'zh-CN')).toString();
        assert.ok(zh.split('\n').includes('| 准备好 `ready`（里程碑） | 阶段 | 预热 `warm` | 爆发 `burst` |'), zh);
        const en = Buffer.from(diffMarkdown(d, names, 'en')).toString();
        assert.ok(en.split('\n').includes('| 准备好 `ready` (milestone) | phase | 预热 `warm` | 爆发 `burst` |'), en);
    });

    it('names a phase without a title by its id alone, and a phase renamed in the same edit by each version\'s title', async () => {
        const untitled = edit(BASE, ['phase burst "爆发"', 'phase burst'], ['    milestone ready "准备好" day 5\n', ''],
            ['step sale "秒杀" day 1 at 20:00 on group', 'step sale "秒杀" day 1 at 20:00 on group\n    milestone ready "准备好" day 2'],
            ['phase warm "预热"', 'phase warm "预热期"']);
        const d = await diff(BASE, untitled);
        const change = d.events.find(e => e.change === 'changed' && e.name === 'ready')!;
        assert.deepEqual(change.fields, [{ field: 'phase', old: 'warm', new: 'burst', oldTitle: '预热', newTitle: 'burst' }]);
        const zh = Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'p' }, 'zh-CN')).toString();
        assert.ok(zh.split('\n').includes('| 准备好 `ready`（里程碑） | 阶段 | 预热 `warm` | `burst` |'), zh);
    });

    it('writes Markdown: summary first, dates with weekday, shifts, breaking marks (en and zh-CN)', async () => {
        const d = await diff(BASE, SCHEDULE);
        const en = Buffer.from(diffMarkdown(d, { old: 'HEAD:p.playbook', new: 'p.playbook', playbook: 'p' }, 'en')).toString();
        const lines = en.split('\n');
        assert.equal(lines[0], '**5 moved · 2 added · 1 removed · 3 changed · tracking: unchanged**');
        assert.ok(lines.includes('| moved | 悬念 `teaser` | 预热 | 2026-10-12 Mon 10:00 | 2026-10-12 Mon 11:00 | +1 h |'), en);
        assert.ok(lines.includes('| removed | 秒杀 `sale` | 爆发 | 2026-10-17 Sat 20:00 |  |  |'), en);
        assert.ok(lines.includes('| moved | 报告 `report` (milestone) | 复盘 | 2026-10-21 Wed | 2026-10-22 Thu | +1 d |'), en);
        const zh = Buffer.from(diffMarkdown(await diff(BASE, TRACKING), { old: 'a', new: 'b', playbook: 'p' }, 'zh-CN')).toString();
        assert.match(zh.split('\n')[0], /^\*\*改期 0 · 新增 0 · 删除 0 · 修改 1 · 埋点：不兼容变更\*\*$/);
        // Types by their name and their label in the tracking spec, required as yes / no.
        assert.ok(zh.includes('| 删除 | 支付 `paid` | `coupon` |  | `string` 文本 |  | **不兼容变更** |'), zh);
        assert.ok(zh.includes('| 新增 | 支付 `paid` | `via` |  |  | `string` 文本（必填） | **不兼容变更** |'), zh);
        assert.ok(zh.includes('| 修改 | 入群 `member_join` | `inviter` | 类型 | `string` 文本 | `integer` 整数 | **不兼容变更** |'), zh);
        assert.ok(zh.includes('| 修改 | 支付 `paid` | `amount` | 必填 | 是 | 否 |  |'), zh);
        assert.ok(zh.includes('| 修改 | 入群 `member_join` |  | 上报事件名 | group\\_join | member\\_join | **不兼容变更** |'), zh);
    });

    it('writes shifts in days, hours and minutes', () => {
        assert.deepEqual([shiftText(-1440 - 120, 'en'), shiftText(30, 'en'), shiftText(2880, 'zh-CN'), shiftText(0, 'en'), shiftText(null, 'en')],
            ['−1 d 2 h', '+30 min', '+2 天', '0', '']);
    });
});
