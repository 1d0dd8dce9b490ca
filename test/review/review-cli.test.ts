/** `playbook review` through the real CLI: formats (xlsx read back with ExcelJS), bad input, exit codes, messages in en and zh-CN. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli.js';
import { REVIEW_PLAYBOOK, generateActuals } from './actuals-gen.js';

describe('playbook review (CLI)', function () {
    this.timeout(120_000);
    let dir: string;
    const path = (name: string) => join(dir, name);
    const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['review', path('shop.playbook'), ...args], { cwd: dir, env });

    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-review-cli-'));
        writeFileSync(path('shop.playbook'), REVIEW_PLAYBOOK);
        writeFileSync(path('events.csv'), generateActuals(3, 400).csv);
        writeFileSync(path('other.csv'), 'event,time,user\nsignup,2026-10-13 10:00,a\nvisit,2026-10-13 11:00,b\nsignup,2026-10-14 10:00,c\n');
        writeFileSync(path('semicolon.csv'), 'event;time;user\ngroup_join;2026-10-13 10:00;a\n');
        writeFileSync(path('tab.tsv'), 'event\ttime\tuser\ngroup_join\t2026-10-13 10:00\ta\n');
        writeFileSync(path('columns.csv'), 'name,when,distinct\ngroup_join,2026-10-13 10:00,a\n');
        writeFileSync(path('no-user.csv'), 'event,time,amount\ngroup_join,2026-10-13 10:00,1\n');
        writeFileSync(path('distinct.csv'), '\uFEFFevent,time,distinct_id,source\ngroup_join,2026-10-13 10:00,a,poster\n');
        writeFileSync(path('utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('event,time,user\ngroup_join,2026-10-13 10:00,a\n', 'utf16le')]));
        // 事件 in GBK, as spreadsheet software on Chinese systems saves it.
        writeFileSync(path('gbk.csv'), Buffer.concat([Buffer.from('event,time,user,source\ngroup_join,2026-10-13 10:00,'), Buffer.from([0xca, 0xc2, 0xbc, 0xfe]), Buffer.from(',poster\n')]));
        writeFileSync(path('empty.csv'), '');
        writeFileSync(path('broken.playbook'), REVIEW_PLAYBOOK.replace('start 2026-10-12', 'start 2026-10-32'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the md report (summary, KPI table, Mermaid chart, quality) and json', () => {
        const md = cli(['--actuals', 'events.csv']);
        assert.equal(md.status, 0, md.stderr);
        assert.match(md.stdout, /^# Campaign review: 店铺活动\n\n\*\*\d of 2 goals met · \d of 4 KPIs with targets met\*\*\n/);
        assert.match(md.stdout, /\n```mermaid\nxychart-beta\n {4}title "Attainment"\n {4}x-axis \["入群数", "成交额", "转化", "退款率"\]\n/);
        assert.match(md.stdout, /\n## Tracking quality\n/);
        assert.match(md.stderr, /rows could not be read \(first at line \d+\)/);
        const json = cli(['--actuals', 'events.csv', '--format', 'json']);
        const r = JSON.parse(json.stdout);
        assert.deepEqual(Object.keys(r), ['playbook', 'title', 'asOf', 'started', 'window', 'phases', 'rows', 'kpis', 'goals', 'checkpoints', 'tracking']);
        assert.deepEqual(Object.keys(r.tracking), ['unplanned', 'missing', 'violations', 'unreadable']);
        assert.deepEqual(Object.keys(r.kpis[0]), ['name', 'title', 'actual', 'target', 'op', 'percent', 'attainment', 'status', 'byPhase']);
    });

    it('writes xlsx with -o: the tables as sheets', async () => {
        const r = cli(['--actuals', 'events.csv', '-o', path('review.xlsx'), '--locale', 'zh-CN']);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /已写入 .*review\.xlsx（读取 \d+ 行）/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(path('review.xlsx')) as unknown as ArrayBuffer);
        assert.deepEqual(wb.worksheets.map(s => s.name), ['指标', '各阶段', '目标', '风险检查点', '埋点质量']);
        const json = JSON.parse(cli(['--actuals', 'events.csv', '--format', 'json']).stdout);
        const kpis = wb.getWorksheet('指标')!;
        assert.deepEqual((kpis.getRow(1).values as unknown[]).slice(1), ['指标', '目标值', '实际值', '达成率', '是否达成', '标识（ID）']);
        assert.equal(kpis.getCell(2, 1).value, '入群数');
        assert.equal(kpis.getCell(2, 6).value, 'joins');
        assert.equal(kpis.getCell(2, 3).value, json.kpis[0].actual);
        assert.equal(cli(['--actuals', 'events.csv', '--format', 'xlsx']).status, 2);
    });

    it('says when the file is another playbook\'s export', () => {
        const r = cli(['--actuals', 'other.csv']);
        assert.equal(r.status, 0);
        assert.match(r.stderr, /no event name in 'other\.csv' is planned by shop \(2 found: signup, visit\): is it another playbook's export\?/);
        assert.match(r.stdout, /None of the events in this file is planned by the playbook/);
        const zh = cli(['--actuals', 'other.csv', '--locale', 'zh-CN']);
        assert.match(zh.stderr, /“other\.csv”中的 2 个事件名都不在 shop 的埋点方案中/);
    });

    it('exit 2 on a file of another delimiter, encoding or without its columns, naming what it found', () => {
        const cases: [string, RegExp][] = [
            ['semicolon.csv', /is separated by semicolons, not commas/],
            ['tab.tsv', /is separated by tabs, not commas/],
            ['utf16.csv', /is encoded in UTF-16, not UTF-8/],
            ['gbk.csv', /is encoded in GBK \(GB18030\), not UTF-8/],
            ['columns.csv', /has no event column \(columns found: name, when, distinct\)/],
            ['no-user.csv', /has no user column \(columns found: event, time, amount\)/],
            ['empty.csv', /is empty/],
            ['missing.csv', /cannot read the actuals file 'missing\.csv': no such file/],
            ['.', /cannot read the actuals file '\.': it is a directory\n$/],
        ];
        for (const [file, message] of cases) {
            const r = cli(['--actuals', file]);
            assert.equal(r.status, 2, file);
            assert.equal(r.stdout, '', file);
            assert.match(r.stderr, message, file);
        }
        const zh = cli(['--actuals', 'gbk.csv'], { LANG: 'zh_CN.UTF-8' });
        assert.equal(zh.stderr, 'playbook: 实际数据文件“gbk.csv”的编码是 GBK (GB18030)，不是 UTF-8：请导出或另存为 UTF-8\n');
        const semi = cli(['--actuals', 'semicolon.csv', '--locale', 'zh-CN']);
        assert.equal(semi.stderr, 'playbook: 实际数据文件“semicolon.csv”用分号分隔，而不是逗号：请导出为逗号分隔的 CSV\n');
    });

    it('says when the file has no rows, or ends before the window does (without --as-of)', () => {
        writeFileSync(path('header.csv'), 'event,time,user\n');
        const none = cli(['--actuals', 'header.csv']);
        assert.equal(none.status, 0);
        assert.match(none.stderr, /the actuals file 'header\.csv' has a header but no rows: every figure is 0/);
        assert.match(none.stdout, /\n> \*\*The file has a header but no rows: every figure is 0\.\*\*\n/);
        // An export taken on the burst's first day (the window runs to 2026-10-21).
        writeFileSync(path('early.csv'), 'event,time,user,source\ngroup_join,2026-10-13 10:00,a,poster\ngroup_join,2026-10-17 09:00,b,live\n');
        const early = cli(['--actuals', 'early.csv', '--locale', 'zh-CN']);
        assert.match(early.stderr, /“early\.csv”的最后一行在 2026-10-17，而统计区间到 2026-10-21：可加 --as-of 2026-10-17/);
        assert.match(early.stdout, /\n> 最后一行数据在 2026-10-17，而统计区间到 2026-10-21：/);
        assert.equal(JSON.parse(cli(['--actuals', 'early.csv', '--format', 'json']).stdout).rows.last, '2026-10-17');
        // Near misses: with --as-of, or a file reaching the last day, nothing is said.
        assert.doesNotMatch(cli(['--actuals', 'early.csv', '--as-of', '2026-10-17']).stderr, /last row/);
        writeFileSync(path('full.csv'), 'event,time,user,source\ngroup_join,2026-10-13 10:00,a,poster\ngroup_join,2026-10-21 23:00,b,live\n');
        assert.equal(cli(['--actuals', 'full.csv']).stderr, '');
    });

    it('accepts distinct_id as the user column and a BOM', () => {
        const r = cli(['--actuals', 'distinct.csv', '--format', 'json']);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(JSON.parse(r.stdout).kpis[0].actual, 1);
    });

    it('exit 1 when the playbook has errors; exit 2 on a bad --as-of', () => {
        const broken = runCli(['review', path('broken.playbook'), '--actuals', 'events.csv'], { cwd: dir });
        assert.equal(broken.status, 1);
        assert.match(broken.stderr, /broken\.playbook has errors; no review was made\./);
        const asOf = cli(['--actuals', 'events.csv', '--as-of', '2026-02-30']);
        assert.deepEqual([asOf.status, asOf.stderr], [2, "playbook: --as-of must be a date YYYY-MM-DD, got '2026-02-30'\n"]);
    });
});
