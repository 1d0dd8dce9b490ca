/**
 * The diff's Markdown as a reviewer reads it: the occurrences of one change in one row (across
 * runs too), long tables cut with a count, targets, reminders, kinds and types as the other outputs
 * write them. Dates are worked out here with Date, apart from the model.
 */
import { strict as assert } from 'node:assert';
import { type DiffJson, diffSnapshots } from '../../language/review/diff.js';
import { MD_MAX_ROWS, diffMarkdown } from '../../language/review/diff-md.js';
import { snapshotOf } from '../../language/review/snapshot.js';
import { build } from '../helpers/parse.js';
import { BASE, METRICS, MONTHLY, SCHEDULE, edit } from './pairs.js';

async function diff(a: string, b: string): Promise<DiffJson> {
    const snap = async (text: string) => {
        const r = await build(text);
        assert.deepEqual(r.diagnostics.filter(d => d.severity === 1).map(d => d.message), []);
        return snapshotOf(r.services.playbook.Models.getModel(r.document)!);
    };
    return diffSnapshots(await snap(a), await snap(b));
}

const md = (d: DiffJson, locale: 'en' | 'zh-CN' = 'en') => Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'p' }, locale)).toString();
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** `2026-10-14 Wed`: a date `days` after `from`, with its weekday, by plain UTC arithmetic. */
function day(from: string, days: number): string {
    const d = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000);
    return `${d.toISOString().slice(0, 10)} ${EN_DAYS[d.getUTCDay()]}`;
}

describe('playbook diff: the Markdown', () => {
    it('shows the occurrences of one item with the same shift as one row (×3, first … last); json keeps each', async () => {
        const d = await diff(BASE, SCHEDULE);
        // countdown `days 3..5` → `days 2..5`: matched by position, three occurrences each a day earlier, a fourth added.
        assert.equal(d.events.filter(e => e.name === 'countdown' && e.change === 'moved').length, 3);
        const lines = md(d).split('\n');
        assert.ok(lines.includes(`| moved | 倒计时 \`countdown\` ×3 | 预热 | ${day('2026-10-12', 2)} 09:00 … ${day('2026-10-12', 4)} 09:00 | ${day('2026-10-12', 1)} 09:00 … ${day('2026-10-12', 3)} 09:00 | −1 d |`), lines.join('\n'));
        assert.ok(lines.includes(`| added | 倒计时 \`countdown\` #4 | 预热 |  | ${day('2026-10-12', 4)} 09:00 |  |`), lines.join('\n'));
        // A near miss: other shifts, other rows (runs moved by 1 and by 2 days; run 1 stays).
        const uneven = await diff(MONTHLY, edit(MONTHLY, ['repeat monthly on 18 from 2026-03 until 2026-05', 'repeat 2026-03-18, 2026-04-19, 2026-05-20']));
        const teaser = md(uneven).split('\n').filter(l => l.includes('`teaser`'));
        assert.deepEqual(teaser, [
            `| moved | 悬念 \`teaser\` | 预热 | 2 (2026-04-19 Sun) | ${day('2026-04-18', -7)} 12:00 | ${day('2026-04-19', -7)} 12:00 | +1 d |`,
            `| moved | 悬念 \`teaser\` | 预热 | 3 (2026-05-20 Wed) | ${day('2026-05-18', -7)} 12:00 | ${day('2026-05-20', -7)} 12:00 | +2 d |`,
        ]);
        // checkin (D-2..D-1) in one run: one row, the run with its D-day.
        assert.ok(md(uneven).split('\n').includes(`| moved | 签到 \`checkin\` ×2 | 预热 | 2 (2026-04-19 Sun) | ${day('2026-04-18', -2)} 10:00 … ${day('2026-04-18', -1)} 10:00 | ${day('2026-04-19', -2)} 10:00 … ${day('2026-04-19', -1)} 10:00 | +1 d |`), md(uneven));
    });

    it('shows a step moved in every run as one row with its runs (`1–3 (3 runs)`), in en and zh-CN', async () => {
        const d = await diff(MONTHLY, edit(MONTHLY, ['monthly on 18', 'monthly on 20']));
        assert.equal(d.events.filter(e => e.name === 'teaser').length, 3);
        const en = md(d).split('\n');
        // teaser is D-7 at 12:00; D-days the 18th → the 20th of March, April and May.
        const teaser = `| moved | 悬念 \`teaser\` ×3 | 预热 | 1–3 (3 runs) | ${day('2026-03-18', -7)} 12:00 … ${day('2026-05-18', -7)} 12:00 | ${day('2026-03-20', -7)} 12:00 … ${day('2026-05-20', -7)} 12:00 | +2 d |`;
        assert.ok(en.includes(teaser), en.join('\n'));
        // checkin is D-2..D-1: two occurrences in each of three runs, one row.
        assert.ok(en.some(l => l.startsWith('| moved | 签到 `checkin` ×6 | 预热 | 1–3 (3 runs) |')), en.join('\n'));
        assert.equal(en.filter(l => l.includes('`teaser`')).length, 1);
        const zh = md(d, 'zh-CN').split('\n');
        assert.ok(zh.some(l => l.startsWith('| 改期 | 悬念 `teaser` ×3 | 预热 | 1–3（共 3 期） |')), zh.join('\n'));
    });

    it('lists runs as ranges, and cuts a long table at MD_MAX_ROWS with a count; the tracking table is never cut', () => {
        const when = (date: string) => ({ date, time: '10:00', start: `${date}T10:00:00+08:00` });
        const event = (name: string, run: number | null) => ({
            change: 'moved' as const, type: 'step' as const, name, title: name, phase: 'w', phaseTitle: 'W', run, runDday: null, occurrence: 1,
            old: when('2026-03-01'), new: when('2026-03-02'), shiftMinutes: 1440, fields: [],
        });
        const base: DiffJson = { summary: { moved: 0, added: 0, removed: 0, changed: 0, breaking: false }, events: [], declarations: [], tracking: [] };
        const runs = md({ ...base, events: [1, 2, 3, 5, 7, 8].map(r => event('s', r)) });
        assert.match(runs, /\| moved \| `s` ×6 \| W \| 1–3, 5, 7–8 \(6 runs\) \|/);

        const many = MD_MAX_ROWS + 37;
        const tracking = Array.from({ length: many }, (_, i) => ({ change: 'added' as const, event: `e${i}`, track: `e${i}`, title: `E${i}`, breaking: false }));
        const long = md({ ...base, events: Array.from({ length: many }, (_, i) => event(`s${i}`, null)), tracking });
        const rows = long.split('\n').filter(l => /^\| moved \|/.test(l));
        assert.equal(rows.length, MD_MAX_ROWS);
        assert.ok(long.includes('\n37 more rows not shown: the json format lists every change.\n'), long.slice(-400));
        assert.equal(long.split('\n').filter(l => /^\| added \| E\d+ `e\d+` \|/.test(l)).length, many);
        const zh = md({ ...base, events: Array.from({ length: many }, (_, i) => event(`s${i}`, null)) }, 'zh-CN');
        assert.ok(zh.includes('\n另有 37 行未列出：json 格式列出全部变更。\n'));
        // The editor's preview (no comment size limit) shows every row.
        const all = Buffer.from(diffMarkdown({ ...base, events: Array.from({ length: many }, (_, i) => event(`s${i}`, null)) }, { old: 'a', new: 'b', playbook: 'p' }, 'en', Infinity)).toString();
        assert.equal(all.split('\n').filter(l => /^\| moved \|/.test(l)).length, many);
        assert.doesNotMatch(all, /not shown/);
        // A near miss: exactly MD_MAX_ROWS rows are all shown, with no count.
        const full = md({ ...base, events: Array.from({ length: MD_MAX_ROWS }, (_, i) => event(`s${i}`, null)) });
        assert.doesNotMatch(full, /not shown/);
    });

    it('writes targets, reminders and kinds as the other outputs do (≥ 120, 1 h before, 爆发（`burst`）)', async () => {
        const d = await diff(BASE, METRICS);
        const en = md(d).split('\n');
        assert.ok(en.includes('| changed | 入群数 `joins` | target | ≥ 100 | ≥ 120 |'), en.join('\n'));
        assert.ok(en.includes('| 悬念海报 `teaser` | reminders |  | 1 h before |'), en.join('\n'));
        const zh = md(d, 'zh-CN').split('\n');
        assert.ok(zh.includes('| 修改 | 入群数 `joins` | 目标值 | ≥ 100 | ≥ 120 |'), zh.join('\n'));
        assert.ok(zh.includes('| 悬念海报 `teaser` | 提醒 |  | 提前 1 小时 |'), zh.join('\n'));
        const percent = md(await diff(BASE, edit(BASE, ['target 5%', 'target 7.5%'])));
        assert.ok(percent.includes('| changed | 转化 `rate` | target | ≥ 5% | ≥ 7.5% |'), percent);
        const kind = md(await diff(BASE, edit(BASE, ['phase warm "预热" kind warmup', 'phase warm "预热" kind burst'])), 'zh-CN');
        assert.ok(kind.includes('| 修改 | 预热 `warm` | 类型 | 预热（`warmup`） | 爆发（`burst`） |'), kind);
    });
});
