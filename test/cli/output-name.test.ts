/**
 * `-o plan.xlsx --format csv`: the format asked for is written, and stderr says the name promises
 * another format (spreadsheet software refuses a csv named .xlsx); `review -o report.csv` (no
 * --format) says the command does not write csv. Near misses: matching names, a tracking schema
 * named .schema.json, a name with no known extension. `-o` onto a .playbook name, or onto the actuals
 * file or the playbook a review reads (through a link too): refused, exit 2, the file untouched.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../helpers/cli.js';
import { REVIEW_PLAYBOOK } from '../review/actuals-gen.js';

describe('CLI: an output named for another format', function () {
    this.timeout(120_000);
    let dir: string;
    const path = (name: string) => join(dir, name);
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-output-name-'));
        writeFileSync(path('shop.playbook'), REVIEW_PLAYBOOK);
        writeFileSync(path('events.csv'), 'event,time,user,source\ngroup_join,2026-10-13 10:00,a,poster\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('calendar -o x.xlsx --format csv: writes the csv, exit 0, and says the name is wrong (en, zh-CN)', () => {
        const r = runCli(['calendar', 'shop.playbook', '-o', 'plan.xlsx', '--format', 'csv'], { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /\nplaybook: 'plan\.xlsx' is named \.xlsx but holds csv \(--format csv\): .*name it \.csv or drop --format\n$/);
        const rows = parse(readFileSync(path('plan.xlsx'), 'utf8'), { bom: true }) as string[][];
        assert.deepEqual(rows[0].slice(0, 3), ['date', 'weekday', 'time']);
        const zh = runCli(['tracking', 'shop.playbook', '-o', 'spec.csv', '--format', 'xlsx', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 0, zh.stderr);
        assert.match(zh.stderr, /\nplaybook: “spec\.csv”的扩展名是 \.csv，内容却是 xlsx（--format xlsx）：.*请改用 \.xlsx 扩展名，或去掉 --format\n$/);
        assert.equal(readFileSync(path('spec.csv')).subarray(0, 2).toString('latin1'), 'PK', 'an xlsx (zip) was written');
    });

    it('review -o r.xlsx --format md says so too', () => {
        const r = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '-o', 'r.xlsx', '--format', 'md'], { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /'r\.xlsx' is named \.xlsx but holds md/);
        assert.match(readFileSync(path('r.xlsx'), 'utf8'), /^# /);
    });

    it('near misses: a matching name, a schema named .schema.json, an unknown extension, no --format', () => {
        for (const args of [
            ['calendar', 'shop.playbook', '-o', 'a.csv', '--format', 'csv'],
            ['tracking', 'shop.playbook', '-o', 'a.schema.json', '--format', 'jsonschema'],
            ['tracking', 'shop.playbook', '-o', 'a.json', '--format', 'jsonschema'],
            ['calendar', 'shop.playbook', '-o', 'a.txt', '--format', 'md'],
            ['calendar', 'shop.playbook', '-o', 'a.XLSX'],
            ['review', 'shop.playbook', '--actuals', 'events.csv', '-o', 'r.json', '--as-of', '2026-10-13'],
        ]) {
            const r = runCli(args, { cwd: dir });
            assert.equal(r.status, 0, r.stderr);
            assert.doesNotMatch(r.stderr, /is named/, args.join(' '));
            assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        }
    });

    it('review -o report.csv without --format: md is written, and stderr says review does not write csv', () => {
        const r = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '-o', 'report.csv', '--as-of', '2026-10-13'], { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /\nplaybook: 'report\.csv' is named \.csv, a format this command does not write: it holds md; name it \.md or give --format\n$/);
        assert.doesNotMatch(r.stderr, /--format md/, 'no --format was given');
    });

    it('refuses -o onto a .playbook name, the actuals file, or the reviewed playbook through a link (exit 2, untouched)', () => {
        writeFileSync(path('other.playbook'), 'library other { }\n');
        for (const args of [
            ['calendar', 'shop.playbook', '-o', 'other.playbook'],
            ['tracking', 'shop.playbook', '-o', 'NEW.PLAYBOOK', '--format', 'md'],
            ['review', 'shop.playbook', '--actuals', 'events.csv', '-o', 'other.playbook'],
        ]) {
            const r = runCli(args, { cwd: dir });
            assert.equal(r.status, 2, args.join(' '));
            assert.match(r.stderr, /^playbook: refusing to write '(other|NEW)\.(playbook|PLAYBOOK)': outputs never go to a \.playbook file/);
        }
        assert.equal(readFileSync(path('other.playbook'), 'utf8'), 'library other { }\n');
        const actuals = readFileSync(path('events.csv'), 'utf8');
        const zh = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '-o', './events.csv', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 2);
        assert.equal(zh.stderr, 'playbook: 拒绝写入“./events.csv”：它就是复盘读取的实际数据文件“events.csv”；请换一个 -o 路径\n');
        assert.equal(readFileSync(path('events.csv'), 'utf8'), actuals);
        symlinkSync(path('shop.playbook'), path('report.md'));
        const link = runCli(['review', 'shop.playbook', '--actuals', 'events.csv', '-o', 'report.md'], { cwd: dir });
        assert.equal(link.status, 2);
        assert.match(link.stderr, /refusing to write 'report\.md': it is the source file 'shop\.playbook'/);
        assert.equal(readFileSync(path('shop.playbook'), 'utf8'), REVIEW_PLAYBOOK);
    });
});
