/**
 * Planner findings on the 复盘报告: titles where a planner reads (per phase, per run, checkpoints,
 * goals, the chart), the id only beside the KPI table's title and in the workbook's last column;
 * checkpoint dates as real dates in the workbook (read with a reader independent of the writer);
 * `--as-of` before the first day says "not started", not "missed"; English plurals ("1 row").
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewLabel, reviewMessage } from '../../language/messages/review.js';
import { runCli } from '../helpers/cli.js';
import { readXlsx, serialDate } from '../helpers/xlsx-cells.js';
import { REVIEW_PLAYBOOK } from './actuals-gen.js';

describe('playbook review: titles, dates, not started, plurals', function () {
    this.timeout(120_000);
    let dir: string;
    const path = (name: string) => join(dir, name);
    const review = (...args: string[]) => runCli(['review', 'shop.playbook', '--actuals', 'events.csv', ...args], { cwd: dir });
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-review-titles-'));
        writeFileSync(path('shop.playbook'), REVIEW_PLAYBOOK);
        // Two joins in the warm-up (one of them on day 3, the checkpoint's day), one payment in the burst, one row outside.
        writeFileSync(path('events.csv'), [
            'event,time,user,source,amount',
            'group_join,2026-10-12 10:00,a,poster,',
            'group_join,2026-10-14 23:59,b,live,',
            'paid,2026-10-17 20:05,a,,99.5',
            'paid,2026-11-30 10:00,c,,10',
        ].join('\n') + '\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('md: phases, goals and checkpoints by title; the KPI table keeps the id beside the title', () => {
        const r = review('--locale', 'zh-CN');
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /\n\| 指标 \| 预热 \| 爆发 \| 复盘 \|\n/);
        assert.match(r.stdout, /\n\| 入群数 \| 2 \| 0 \| 0 \|\n/);
        assert.match(r.stdout, /\n\| 入群数 `joins` \| ≥ 600 \| 2 \| 0\.33% \| ✗ 未达成 \|\n/);
        assert.match(r.stdout, /\n\| 拉新 \| ✗ 未达成 \|\n/);
        // joins < 40 % of 600 by warm day 3 (2026-10-14, to its 24:00): 2 joins, threshold 240.
        assert.match(r.stdout, /\n\| 入群慢 \| 入群数 \| 2026-10-14 周三 \| 2 \| 240 \| ⚠ 已触发 \|\n/);
        assert.match(r.stdout, /\n\| 成交低 \| 成交额 \| 2026-10-17 周六 \| 99\.5 \| 1000 \| ⚠ 已触发 \|\n/);
        assert.match(r.stdout, /x-axis \["入群数", "成交额", "转化"\]/);
        assert.doesNotMatch(r.stdout.split('## 各阶段')[1], /`(joins|warm|slow|grow)`/, 'no ids below the KPI table');
    });

    it('json: the phases with titles, each checkpoint with its risk\'s title', () => {
        const j = JSON.parse(review('--format', 'json').stdout);
        assert.deepEqual(j.phases, [{ name: 'warm', title: '预热' }, { name: 'burst', title: '爆发' }, { name: 'review', title: '复盘' }]);
        assert.deepEqual(j.checkpoints.map((c: { risk: string; title: string; date: string }) => [c.risk, c.title, c.date]),
            [['slow', '入群慢', '2026-10-14'], ['low_sales', '成交低', '2026-10-17']]);
        assert.equal(j.started, true);
    });

    it('xlsx: titles first, ids last, checkpoint dates as dates, percentages formatted (independent reader)', () => {
        assert.equal(review('--locale', 'zh-CN', '-o', path('r.xlsx')).status, 0);
        const sheets = readXlsx(readFileSync(path('r.xlsx')));
        const values = (rows: { value: unknown }[][]) => rows.map(r => r.map(c => c.value));
        const kpis = sheets.get('指标')!;
        assert.deepEqual(values(kpis)[0], ['指标', '目标值', '实际值', '达成率', '是否达成', '标识（ID）']);
        assert.deepEqual(values(kpis)[1], ['入群数', '≥ 600', 2, 2 / 600, '✗ 未达成', 'joins']);
        assert.equal(kpis[1][3].format, '0.0%');
        const rate = kpis.find(r => r[0].value === '转化')!;
        assert.equal(rate[2].format, '0.00%', 'a ratio KPI\'s actual as a percentage');
        // Only the ratio KPIs: a count stays a plain number (cells of a column share a style).
        assert.deepEqual(kpis.slice(1).filter(r => r[2].format !== 'General').map(r => r[0].value), ['转化', '退款率']);
        const phases = sheets.get('各阶段')!;
        assert.deepEqual(values(phases)[0], ['指标', '预热', '爆发', '复盘']);
        assert.equal(phases.find(r => r[0].value === '转化')![1].format, '0.00%');
        assert.equal(phases.find(r => r[0].value === '入群数')![1].format, 'General');
        const checkpoints = sheets.get('风险检查点')!;
        assert.deepEqual(values(checkpoints)[0], ['风险', '指标', '日期', '实际值', '阈值', '检查结果', '标识（ID）']);
        const [title, kpi, date, actual, threshold, , id] = checkpoints[1];
        assert.deepEqual([title.value, kpi.value, actual.value, threshold.value, id.value], ['入群慢', '入群数', 2, 240, 'slow']);
        assert.equal(typeof date.value, 'number', 'the date is a date serial, not text');
        assert.equal(serialDate(date.value as number), '2026-10-14');
        assert.equal(date.format, 'yyyy-mm-dd');
        const goals = sheets.get('目标')!;
        assert.deepEqual(values(goals)[1], ['拉新', '✗ 未达成', 'grow']);
    });

    it('--as-of before the first day: not started, no KPI missed, no window of zero length', () => {
        const en = review('--as-of', '2026-10-01');
        assert.equal(en.status, 0, en.stderr);
        assert.match(en.stdout, /\*\*Not started as of 2026-10-01 \(the first day is 2026-10-12\)\*\*/);
        assert.doesNotMatch(en.stdout, /missed|Window:/);
        assert.match(en.stdout, /\n\| 入群数 `joins` \| ≥ 600 \| 0 \| — \| not started \|\n/);
        assert.match(en.stdout, /\n\| 入群慢 \| 入群数 \| 2026-10-14 Wed \| — \| 240 \| pending \|\n/);
        const zh = review('--as-of', '2026-10-01', '--locale', 'zh-CN');
        assert.match(zh.stdout, /截至 2026-10-01 活动尚未开始（首日为 2026-10-12）/);
        assert.match(zh.stdout, /\| 拉新 \| 未开始 \|/);
        const j = JSON.parse(review('--as-of', '2026-10-01', '--format', 'json').stdout);
        assert.equal(j.started, false);
        assert.ok(j.kpis.every((k: { status: unknown; attainment: unknown }) => k.status === null && k.attainment === null));
        assert.ok(j.goals.every((g: { status: unknown }) => g.status === null));
        // Near miss: as of the first day it has started, and a KPI below target is missed.
        const first = JSON.parse(review('--as-of', '2026-10-12', '--format', 'json').stdout);
        assert.equal(first.started, true);
        assert.equal(first.kpis.find((k: { name: string }) => k.name === 'joins').status, 'missed');
    });

    it('English plurals: 1 row, 2 rows (Chinese has none)', () => {
        const r = review();
        assert.match(r.stdout, /\n- Not counted: 1 row outside the window\.\n/);
        assert.equal(reviewLabel('outsideWindow', 'en', 2), 'Not counted: 2 rows outside the window.');
        assert.equal(reviewMessage('unreadableRows', 'en', 1, 7), '1 row could not be read (first at line 7); see the tracking-quality section');
        assert.equal(reviewMessage('unreadableRows', 'en', 3, 7), '3 rows could not be read (first at line 7); see the tracking-quality section');
        assert.equal(reviewMessage('wroteReview', 'en', 'r.md', 1), 'wrote r.md (1 row read)');
        assert.equal(reviewLabel('trackingChanged', 'en', 1), 'tracking: 1 change');
        assert.equal(reviewLabel('outsideWindow', 'zh-CN', 1), '统计区间外的 1 行未计入。');
        assert.equal(reviewMessage('unreadableRows', 'zh-CN', 1, 7), '1 行无法读取（第一处在第 7 行）；见“埋点质量”部分');
    });
});
