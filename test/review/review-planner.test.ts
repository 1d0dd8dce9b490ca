/**
 * The 复盘报告 as a planner reads it: the window in local dates with its end as 24:00 of the last
 * day (not the ISO instant of the day after), the locale's colon, a checkpoint's column saying
 * 检查结果 (a checkpoint is triggered or clear, not 达成), a bad time naming the formats read, and a
 * row breaking the plan named in the report's language (不是数值类型（number）, the enum's values).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { windowText } from '../../language/review/review-md.js';
import { runCli } from '../helpers/cli.js';
import { REVIEW_PLAYBOOK } from './actuals-gen.js';

describe('playbook review: the report as a planner reads it', function () {
    this.timeout(120_000);
    let dir: string;
    const path = (name: string) => join(dir, name);
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-review-planner-'));
        writeFileSync(path('shop.playbook'), REVIEW_PLAYBOOK);
        // Excel on a Chinese system re-saves times as 2026/10/13 10:00.
        writeFileSync(path('events.csv'), 'event,time,user,source\ngroup_join,2026-10-13 10:00,a,poster\ngroup_join,2026/10/13 11:00,b,poster\n');
        // A source the enum does not list, a level that is no whole number, an amount that is no number.
        writeFileSync(path('broken.csv'), [
            'event,time,user,source,level,amount',
            'group_join,2026-10-13 10:00,a,ad,1.5,',
            'group_join,2026-10-13 11:00,b,poster,2,',
            'paid,2026-10-17 20:00,a,,,abc',
        ].join('\n') + '\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('windowText: local times, the end as 24:00 of the last day', () => {
        assert.equal(windowText({ start: '2026-10-12T00:00:00+08:00', end: '2026-10-22T00:00:00+08:00' }), '2026-10-12 00:00 – 2026-10-21 24:00');
        assert.equal(windowText({ start: '2026-10-12T00:00:00+08:00', end: '2026-10-15T12:30:00+08:00' }), '2026-10-12 00:00 – 2026-10-15 12:30');
        // An empty window (--as-of before the first day) does not end before it starts.
        assert.equal(windowText({ start: '2026-10-12T00:00:00+08:00', end: '2026-10-12T00:00:00+08:00' }), '2026-10-12 00:00 – 2026-10-12 00:00');
        // A month and a year boundary.
        assert.equal(windowText({ start: '2026-12-01T00:00:00+08:00', end: '2027-01-01T00:00:00+08:00' }), '2026-12-01 00:00 – 2026-12-31 24:00');
    });

    it('md (zh-CN): 统计区间：…24:00, 检查结果, the time formats of a bad time', () => {
        const r = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        // warm 5 + burst 2 + review 3 days from 2026-10-12: the last day is 2026-10-21.
        assert.match(r.stdout, /\n- 统计区间：2026-10-12 00:00 – 2026-10-21 24:00\n- 读取行数：2\n/);
        assert.match(r.stdout, /\| 风险 \| 指标 \| 日期 \| 实际值 \| 阈值 \| 检查结果 \|/);
        assert.match(r.stdout, /\| 指标 \| 目标值 \| 实际值 \| 达成率 \| 是否达成 \|/, 'KPIs are still met or not');
        assert.match(r.stdout, /\| 时间无法解析（应为 YYYY-MM-DD HH:MM\\\[:SS\\\]，或带时区的 ISO 8601） \| 1 \| 3 \|/);
        const en = runCli(['review', 'shop.playbook', '--actuals', 'events.csv'], { cwd: dir });
        assert.match(en.stdout, /\n- Window: 2026-10-12 00:00 – 2026-10-21 24:00\n- Rows read: 2\n/);
        assert.match(en.stdout, /\| bad time \(write YYYY-MM-DD HH:MM\\\[:SS\\\], or ISO 8601 with an offset\) \| 1 \| 3 \|/);
    });

    it('xlsx (zh-CN): the checkpoints sheet says 检查结果', async () => {
        const r = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '--locale', 'zh-CN', '-o', path('r.xlsx')], { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(path('r.xlsx')) as unknown as ArrayBuffer);
        assert.deepEqual((wb.getWorksheet('风险检查点')!.getRow(1).values as unknown[]).slice(1), ['风险', '指标', '日期', '实际值', '阈值', '检查结果', '标识（ID）']);
        // The one unreadable row's line is a number, as the first lines of the other rows.
        const quality: unknown[][] = [];
        wb.getWorksheet('埋点质量')!.eachRow(row => quality.push((row.values as unknown[]).slice(1)));
        assert.deepEqual(quality.find(r => r[0] === '无法读取的行')?.slice(4), [1, 3]);
    });

    it('a row breaking the plan: the type by its label, the enum values listed, in the locale (md, xlsx; json keeps a|b)', async () => {
        const zh = runCli(['review', 'shop.playbook', '--actuals', 'broken.csv', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 0, zh.stderr);
        assert.match(zh.stdout, /\n\| `group_join` \| `source` \| 取值不在枚举范围内（poster、live） \| 1 \| 2 \|\n/);
        assert.match(zh.stdout, /\n\| `group_join` \| `level` \| 不是整数类型（integer） \| 1 \| 2 \|\n/);
        assert.match(zh.stdout, /\n\| `paid` \| `amount` \| 不是数值类型（number） \| 1 \| 4 \|\n/);
        const en = runCli(['review', 'shop.playbook', '--actuals', 'broken.csv'], { cwd: dir });
        assert.match(en.stdout, /\n\| `group_join` \| `source` \| value not in the enum \(poster, live\) \| 1 \| 2 \|\n/);
        assert.match(en.stdout, /\n\| `group_join` \| `level` \| not of type integer \| 1 \| 2 \|\n/);
        const json = JSON.parse(runCli(['review', 'shop.playbook', '--actuals', 'broken.csv', '--format', 'json', '--locale', 'zh-CN'], { cwd: dir }).stdout);
        assert.deepEqual(json.tracking.violations.map((v: { property: string; expected: string }) => [v.property, v.expected]),
            [['source', 'poster|live'], ['level', 'integer'], ['amount', 'number']]);
        const x = runCli(['review', 'shop.playbook', '--actuals', 'broken.csv', '--locale', 'zh-CN', '-o', path('broken.xlsx')], { cwd: dir });
        assert.equal(x.status, 0, x.stderr);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(path('broken.xlsx')) as unknown as ArrayBuffer);
        const problems: unknown[] = [];
        wb.getWorksheet('埋点质量')!.eachRow(row => problems.push(row.getCell(4).value));
        assert.ok(problems.includes('不是数值类型（number）'), JSON.stringify(problems));
        assert.ok(problems.includes('取值不在枚举范围内（poster、live）'), JSON.stringify(problems));
        // Near miss: several unreadable lines stay a list.
        writeFileSync(path('two-bad.csv'), 'event,time,user\ngroup_join,x,a\ngroup_join,y,b\n');
        const two = runCli(['review', 'shop.playbook', '--actuals', 'two-bad.csv', '-o', path('two.xlsx'), '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(two.status, 0, two.stderr);
        const wb2 = new ExcelJS.Workbook();
        await wb2.xlsx.load(readFileSync(path('two.xlsx')) as unknown as ArrayBuffer);
        const lines: unknown[] = [];
        wb2.getWorksheet('埋点质量')!.eachRow(row => { if (row.getCell(1).value === '无法读取的行') lines.push(row.getCell(6).value); });
        assert.deepEqual(lines, ['2, 3']);
    });
});
