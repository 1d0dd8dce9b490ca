/**
 * `playbook calendar` and `playbook tracking` as pipelines run them: the bundled CLI
 * (bin/playbook.cjs → dist/cli.cjs, built by `npm test`) spawned with the pinned Node.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { LIBRARY_FILE, LIBRARY_TEXT, generatePlaybook } from '../bench/generate.js';
import { ROOT, fixture, validateCalendarJson, validateTrackingJson } from './helpers.js';

const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const BIN = join(ROOT, 'bin', 'playbook.cjs');

interface Run { code: number | null; stdout: Buffer; stderr: string }

function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
    return new Promise((resolve, reject) => {
        const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', SOURCE_DATE_EPOCH: '' };
        const child = spawn(NODE, [BIN, ...args], { cwd: ROOT, env: { ...base, ...env } });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', d => out.push(d));
        child.stderr.on('data', d => err.push(d));
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    });
}

const LAUNCH = fixture('launch.playbook');

describe('CLI: calendar and tracking', function () {
    this.timeout(120_000);
    let dir: string;

    before(function () {
        if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) this.skip(); // `npm test` builds it first
        dir = mkdtempSync(join(tmpdir(), 'playbook-gen-'));
    });
    after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    it('writes the requested format to stdout and nothing to stderr', async () => {
        const r = await run(['calendar', LAUNCH, '--format', 'json']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.deepEqual(validateCalendarJson(JSON.parse(r.stdout.toString('utf8'))), []);
        const t = await run(['tracking', LAUNCH, '--format', 'json', '-o', '-']);
        assert.equal(t.code, 0, t.stderr);
        assert.deepEqual(validateTrackingJson(JSON.parse(t.stdout.toString('utf8'))), []);
    });

    it('defaults to ics for the calendar and json for tracking, or the format the -o extension names', async () => {
        const ics = await run(['calendar', LAUNCH]);
        assert.equal(ics.code, 0);
        const events = new ICAL.Component(ICAL.parse(ics.stdout.toString('utf8'))).getAllSubcomponents('vevent');
        assert.equal(events.length, 24, '23 events and a blackout');
        const json = await run(['tracking', LAUNCH]);
        assert.equal(JSON.parse(json.stdout.toString('utf8')).playbook, 'tea_launch');
        const csvPath = join(dir, 'inferred.csv');
        assert.equal((await run(['calendar', LAUNCH, '-o', csvPath])).code, 0);
        assert.deepEqual([...readFileSync(csvPath).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        const schemaPath = join(dir, 'plan.schema.json');
        assert.equal((await run(['tracking', LAUNCH, '-o', schemaPath])).code, 0);
        assert.equal(JSON.parse(readFileSync(schemaPath, 'utf8')).$schema, 'http://json-schema.org/draft-07/schema#');
    });

    it('writes every format with -o, leaving no temporary files, and reports on stderr only', async () => {
        const formats: [string, string][] = [
            ...['ics', 'csv', 'md', 'json', 'xlsx'].map(f => ['calendar', f] as [string, string]),
            ...['json', 'jsonschema', 'md', 'csv', 'xlsx'].map(f => ['tracking', f] as [string, string]),
        ];
        const out = mkdtempSync(join(dir, 'all-'));
        for (const [kind, format] of formats) {
            const path = join(out, `${kind}-${format}.out`);
            const r = await run([kind, LAUNCH, '--format', format, '-o', path]);
            assert.equal(r.code, 0, `${kind} ${format}: ${r.stderr}`);
            assert.equal(r.stdout.length, 0);
            assert.match(r.stderr, /^playbook: wrote [^\n]*\n$/, `${kind} ${format}: only the line saying so (no warning of a bundled dependency)`);
            assert.ok(statSync(path).size > 0);
        }
        assert.deepEqual(readdirSync(out).filter(f => f.endsWith('.tmp')), []);
        assert.equal(readdirSync(out).length, formats.length);
    });

    it('gives byte-identical output for the same input, whatever the process time zone', async () => {
        for (const [kind, format] of [['calendar', 'ics'], ['calendar', 'xlsx'], ['calendar', 'md'], ['calendar', 'csv'], ['tracking', 'xlsx'], ['tracking', 'jsonschema']]) {
            const a = join(dir, `a.${format}`);
            const b = join(dir, `b.${format}`);
            assert.equal((await run([kind, LAUNCH, '--format', format, '-o', a], { TZ: 'America/New_York' })).code, 0);
            assert.equal((await run([kind, LAUNCH, '--format', format, '-o', b], { TZ: 'Asia/Shanghai' })).code, 0);
            assert.equal(Buffer.compare(readFileSync(a), readFileSync(b)), 0, `${kind} ${format}`);
        }
    });

    it('takes DTSTAMP from SOURCE_DATE_EPOCH, and rejects a malformed one (exit 2)', async () => {
        const r = await run(['calendar', LAUNCH, '--format', 'ics'], { SOURCE_DATE_EPOCH: '1767225600' });
        assert.equal(r.code, 0);
        const stamps = new Set(r.stdout.toString('utf8').split('\r\n').filter(l => l.startsWith('DTSTAMP:')));
        assert.deepEqual([...stamps], ['DTSTAMP:20260101T000000Z']);
        const bad = await run(['calendar', LAUNCH], { SOURCE_DATE_EPOCH: 'yesterday' });
        assert.equal(bad.code, 2);
        assert.equal(bad.stdout.length, 0);
        assert.match(bad.stderr, /SOURCE_DATE_EPOCH/);
    });

    it('refuses a playbook with errors: exit 1, errors on stderr, nothing on stdout, an existing -o file untouched', async () => {
        const broken = fixture('broken.playbook');
        const r = await run(['calendar', broken, '--format', 'json']);
        assert.equal(r.code, 1);
        assert.equal(r.stdout.length, 0);
        assert.match(r.stderr, /broken\.playbook:8:\d+ error .*\[day-out-of-range\]/);
        assert.match(r.stderr, /broken\.playbook:9:\d+ error .*\[linking-error\]/);
        assert.ok(!/:\d+:\d+ warning /.test(r.stderr), 'only errors are listed');
        const existing = join(dir, 'keep.ics');
        writeFileSync(existing, 'previous calendar');
        utimesSync(existing, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
        for (const kind of ['calendar', 'tracking']) {
            const o = await run([kind, broken, '-o', existing]);
            assert.equal(o.code, 1);
            assert.equal(readFileSync(existing, 'utf8'), 'previous calendar');
            assert.equal(statSync(existing).mtime.toISOString(), '2020-01-01T00:00:00.000Z');
        }
        assert.deepEqual(readdirSync(dir).filter(f => f.endsWith('.tmp')), []);
    });

    it('refuses a playbook whose imported library has errors', async () => {
        const r = await run(['tracking', fixture('uses-bad-lib.playbook')]);
        assert.equal(r.code, 1);
        assert.equal(r.stdout.length, 0);
        assert.match(r.stderr, /bad-lib\.playbook:4:\d+ error .*\[unknown-kind\]/);
    });

    it('usage errors exit 2 with a clear message: a library, xlsx to stdout, unknown format, missing file, a directory, an unwritable -o', async () => {
        const lib = await run(['calendar', fixture('shared.playbook')]);
        assert.equal(lib.code, 2);
        assert.match(lib.stderr, /is a library, not a playbook/);
        const xlsx = await run(['calendar', LAUNCH, '--format', 'xlsx']);
        assert.equal(xlsx.code, 2);
        assert.match(xlsx.stderr, /needs -o/);
        assert.equal(xlsx.stdout.length, 0);
        assert.equal((await run(['tracking', LAUNCH, '--format', 'xlsx', '-o', '-'])).code, 2);
        const unknown = await run(['calendar', LAUNCH, '--format', 'pdf']);
        assert.equal(unknown.code, 2);
        assert.match(unknown.stderr, /pdf/);
        assert.equal(unknown.stdout.length, 0);
        const missing = await run(['calendar', join(dir, 'nope.playbook')]);
        assert.equal(missing.code, 2);
        assert.match(missing.stderr, /cannot read/);
        assert.equal((await run(['calendar', dir])).code, 2);
        const unwritable = await run(['calendar', LAUNCH, '-o', join(dir, 'no', 'such', 'dir.ics')]);
        assert.equal(unwritable.code, 2);
        assert.match(unwritable.stderr, /cannot write/);
    });

    it('ends quietly (exit 0, no stack trace) when the reader closes the pipe early', async () => {
        const big = mkdtempSync(join(dir, 'big-'));
        writeFileSync(join(big, LIBRARY_FILE), LIBRARY_TEXT);
        writeFileSync(join(big, 'big.playbook'), generatePlaybook(3000).text);
        const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
            const child = spawn(NODE, [BIN, 'calendar', join(big, 'big.playbook'), '--format', 'ics'], { cwd: ROOT });
            let stderr = '';
            child.stderr.on('data', d => { stderr += d; });
            child.stdout.once('data', () => child.stdout.destroy());
            child.on('error', reject);
            child.on('close', code => resolve({ code, stderr }));
        });
        assert.equal(result.code, 0, result.stderr);
        assert.ok(!/EPIPE|\n\s+at /.test(result.stderr), result.stderr);
    });

    it('localises messages and column titles (--locale, then LANG), never machine formats', async () => {
        const zh = await run(['calendar', LAUNCH, '--format', 'csv'], { LANG: 'zh_CN.UTF-8' });
        assert.equal((parse(zh.stdout, { bom: true }) as string[][])[0][0], '日期');
        const en = await run(['calendar', LAUNCH, '--format', 'csv', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' });
        assert.equal((parse(en.stdout, { bom: true }) as string[][])[0][0], 'date');
        const lib = await run(['calendar', fixture('shared.playbook'), '--locale', 'zh-CN']);
        assert.match(lib.stderr, /是 library 而不是 playbook/);
        const jsonZh = await run(['tracking', LAUNCH, '--format', 'jsonschema', '--locale', 'zh-CN']);
        const jsonEn = await run(['tracking', LAUNCH, '--format', 'jsonschema', '--locale', 'en']);
        assert.equal(Buffer.compare(jsonZh.stdout, jsonEn.stdout), 0);
        const icsZh = await run(['calendar', LAUNCH, '--locale', 'zh-CN']);
        assert.match(icsZh.stdout.toString('utf8'), /\r\nSUMMARY:里程碑：/);
        assert.match(icsZh.stdout.toString('utf8'), /\r\nBEGIN:VEVENT\r\nUID:/, 'property names stay iCalendar');
    });
});
