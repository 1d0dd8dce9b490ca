import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Log } from 'sarif';
import { join } from 'node:path';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from '../bench/generate.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lsp-client.js';


/** The `// expect:` codes of the flawed example, per line (1-based). */
function expectedCodes(file: string): Map<number, string[]> {
    const map = new Map<number, string[]>();
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const m = /\/\/\s*expect:\s*(.+)$/.exec(line);
        if (m) map.set(i + 1, m[1].split(',').map(s => s.trim().split(/\s/)[0]).sort());
    });
    return map;
}

describe('playbook validate (CLI)', function () {
    this.timeout(120_000);
    let tmp: string;
    before(() => { tmp = mkdtempSync(join(tmpdir(), 'playbook-cli-')); });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('the README\'s first line reads as success: every example is clean, the summary says so, every command exits 0', () => {
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
        const first = /```bash\n(.*)\n/.exec(readme)![1];
        const commands = first.split(/&&|;/).map(c => c.trim()).filter(c => c.startsWith('npx playbook '));
        assert.ok(commands.length >= 3, first);
        for (const command of commands) {
            const r = runCli(command.slice('npx playbook '.length).split(/\s+/));
            assert.equal(r.status, 0, `${command}: ${r.stderr}`);
            assert.ok(!/error|warning/i.test(r.stderr), `${command}: ${r.stderr}`);
            if (command.includes('validate')) assert.match(r.stdout, /^Checked 8 files: no problems found\.\n$/);
        }
        assert.equal(runCli(['validate', 'examples/'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, '已检查 8 个文件，未发现问题。\n');
    });

    it('finds nothing to say about the clean examples', () => {
        const r = runCli(['validate', '--format', 'json', 'examples/common.playbook', 'examples/double11.playbook', 'examples/community-fission.playbook', 'examples/member-day.playbook']);
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(JSON.parse(r.stdout), []);
    });

    it('reports exactly the codes listed in the flawed example, on their lines', () => {
        const r = runCli(['validate', '--format', 'json', 'docs/mistakes/flawed.playbook']);
        assert.equal(r.status, 1);
        const got = new Map<number, string[]>();
        for (const d of JSON.parse(r.stdout)) got.set(d.line, [...(got.get(d.line) ?? []), d.code].sort());
        assert.deepEqual(got, expectedCodes(join(ROOT, 'docs', 'mistakes', 'flawed.playbook')));
    });

    it('validates a directory, sorted by file, line and column, with 1-based positions', () => {
        const r = runCli(['validate', '--format', 'json', 'examples', 'docs/mistakes']);
        assert.equal(r.status, 1);
        const list = JSON.parse(r.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
        assert.ok(list.length > 10);
        assert.ok(list.every(d => d.file === join('docs', 'mistakes', 'flawed.playbook')));
        const keys = list.map(d => [d.file, d.line, d.column] as const);
        const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2]);
        assert.deepEqual(keys, sorted);
        const first = list.find(d => d.code === 'import-not-found')!;
        assert.deepEqual([first.line, first.column, first.severity], [4, 8, 'error']);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(list[0].severity));
    });

    it('prints text lines and a summary, and SARIF 2.1.0 with the rules listed', () => {
        const text = runCli(['validate', 'docs/mistakes/flawed.playbook']);
        assert.equal(text.status, 1);
        assert.match(text.stdout, /^docs\/mistakes\/flawed\.playbook:4:8 error .+ \[import-not-found\]$/m);
        assert.match(text.stdout, /\n1 file: \d+ errors, \d+ warnings?, \d+ info, \d+ hints?\.\n$/, 'English plurals: 1 file, n errors');
        const sarif = JSON.parse(runCli(['validate', '--format', 'sarif', 'docs/mistakes/flawed.playbook']).stdout) as Log;
        assert.equal(sarif.version, '2.1.0');
        assert.equal(sarif.runs.length, 1);
        const driver = sarif.runs[0].tool.driver;
        assert.equal(driver.name, 'playbook');
        const ruleIds = (driver.rules ?? []).map(r => r.id);
        assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
        for (const rule of driver.rules ?? []) assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level ?? ''), rule.id);
        const results = sarif.runs[0].results ?? [];
        assert.ok(results.length > 0);
        for (const result of results) {
            assert.ok(ruleIds.includes(result.ruleId!));
            assert.equal(ruleIds[result.ruleIndex!], result.ruleId);
            assert.ok(['error', 'warning', 'note'].includes(result.level!));
            assert.ok(result.message.text && result.message.text.length > 0);
            const location = result.locations![0].physicalLocation!;
            // A relative URI reference (SARIF §3.10): no scheme, forward slashes.
            assert.equal(location.artifactLocation!.uri, 'docs/mistakes/flawed.playbook');
            const region = location.region!;
            assert.ok(Number.isInteger(region.startLine) && region.startLine! >= 1 && region.startColumn! >= 1);
            assert.ok(region.endLine! > region.startLine! || (region.endLine === region.startLine && region.endColumn! >= region.startColumn!));
        }
    });

    it('speaks Chinese with --locale zh-CN or a zh LANG, English otherwise', () => {
        const zh = runCli(['validate', '--locale', 'zh-CN', 'docs/mistakes/flawed.playbook']);
        assert.match(zh.stdout, /物料 'poster' 要到 2026-06-03 才就绪/);
        const env = runCli(['validate', 'docs/mistakes/flawed.playbook'], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.match(env.stdout, /就绪/);
        const en = runCli(['validate', 'docs/mistakes/flawed.playbook'], { env: { LANG: 'en_US.UTF-8' } });
        assert.match(en.stdout, /is not ready until 2026-06-03/);
        const json = JSON.parse(runCli(['validate', '--format', 'json', '--locale', 'zh-CN', 'docs/mistakes/flawed.playbook']).stdout);
        assert.ok(json.some((d: { code: string; message: string }) => d.code === 'asset-not-ready' && /就绪/.test(d.message)), 'messages are localised, keys and codes are not');
    });

    it('warnings fail only with --strict', () => {
        const file = join(tmp, 'warn.playbook');
        writeFileSync(file, `playbook w "w" { start 2026-09-07 owner o role o "o"
  phase a "A" kind warmup days 7 { step s "s" day 1 }
  phase r "R" kind review days 1 { }
  risk x "x" kind traffic { then "t" } risk y "y" kind outage { then "t" }
  risk z "z" kind complaint { then "t" } risk q "q" kind pr_crisis }`);
        const plain = runCli(['validate', '--format', 'json', file]);
        assert.equal(plain.status, 0, plain.stdout);
        assert.ok(JSON.parse(plain.stdout).some((d: { code: string }) => d.code === 'risk-without-response'));
        assert.equal(runCli(['validate', '--strict', file]).status, 1);
    });

    it('resolves imports from disk, and reports a missing one', () => {
        mkdirSync(join(tmp, 'lib'), { recursive: true });
        writeFileSync(join(tmp, 'lib', 'team.playbook'), 'library team { role ops "运营" }');
        writeFileSync(join(tmp, 'uses-lib.playbook'), 'import "./lib/team.playbook"\nplaybook u "u" { start 2026-09-07 owner ops }');
        writeFileSync(join(tmp, 'missing.playbook'), 'import "./nope.playbook"\nplaybook m "m" { start 2026-09-07 owner ops }');
        const ok = JSON.parse(runCli(['validate', '--format', 'json', join(tmp, 'uses-lib.playbook')]).stdout);
        assert.ok(!ok.some((d: { code: string }) => d.code === 'linking-error' || d.code === 'import-not-found'), JSON.stringify(ok));
        const bad = runCli(['validate', '--format', 'json', join(tmp, 'missing.playbook')]);
        assert.equal(bad.status, 1);
        const codes = JSON.parse(bad.stdout).map((d: { code: string }) => d.code);
        assert.ok(codes.includes('import-not-found') && codes.includes('linking-error'));
    });

    it('exits 2 on usage errors and unreadable files, with a message on stderr and nothing on stdout', () => {
        const missing = runCli(['validate', join(tmp, 'does-not-exist.playbook')]);
        assert.equal(missing.status, 2);
        assert.equal(missing.stdout, '');
        assert.match(missing.stderr, /cannot read/);
        const format = runCli(['validate', '--format', 'xml', 'examples']);
        assert.equal(format.status, 2);
        assert.equal(format.stdout, '');
        assert.match(format.stderr, /xml/);
        assert.equal(runCli(['frobnicate']).status, 2);
        assert.equal(runCli(['validate']).status, 2);
    });

    it('--version and --help exit 0 on stdout', () => {
        const v = runCli(['--version']);
        assert.equal(v.status, 0);
        const [version, data] = v.stdout.trim().split('\n');
        assert.match(version, /^\d+\.\d+\.\d+$/);
        // The years of the holiday data this version carries (SCHEDULE.md: `playbook --version` prints it).
        assert.match(data, /^holiday data: chinese-days \d+\.\d+\.\d+, mainland China 2004–20\d\d$/);
        assert.match(runCli(['--version'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /节假日数据：chinese-days .*中国大陆 2004–20\d\d 年/);
        // --locale wins over the environment, as for --help.
        assert.match(runCli(['--version', '--locale', 'zh-CN']).stdout, /\n节假日数据：chinese-days .*中国大陆 2004–20\d\d 年\n$/);
        assert.match(runCli(['--version', '--locale', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /\nholiday data: chinese-days /);
        const h = runCli(['--help']);
        assert.equal(h.status, 0);
        assert.match(h.stdout, /validate/);
    });

    it('turns bad input into diagnostics, never a stack trace', () => {
        const cases: Record<string, string | Buffer> = {
            'random.playbook': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
            'braces.playbook': '{'.repeat(10_000),
            'unterminated.playbook': 'playbook p "t" { consent """ never closed',
            'long-line.playbook': `playbook p "${'长'.repeat(100_000)}" { start 2026-09-07 }`,
            'nul.playbook': 'playbook p\u0000 "t" { start 2026-09-07\u0000 }',
        };
        for (const [name, content] of Object.entries(cases)) writeFileSync(join(tmp, name), content);
        for (const name of Object.keys(cases)) {
            const r = runCli(['validate', '--format', 'json', join(tmp, name)]);
            assert.doesNotMatch(r.stderr, /\n\s+at /, `${name}: a stack trace`);
            if (name === 'random.playbook') {
                // Binary bytes are no UTF-8 text: refused as a file it cannot read (exit 2), as GBK or UTF-16 (encoding.test.ts).
                assert.equal(r.status, 2, r.stderr);
                assert.match(r.stderr, /random\.playbook' is not UTF-8 text: save it as UTF-8/);
                continue;
            }
            assert.ok(r.status === 1 || r.status === 0, `${name}: exit ${r.status}\n${r.stderr}`);
            JSON.parse(r.stdout);
        }
    });

    it('checks a big folder in worker threads with exactly the diagnostics of a single thread', () => {
        // 230 playbooks sharing a library (enough for the worker threads), some of them flawed.
        const dir = join(tmp, 'many');
        mkdirSync(dir);
        writeFileSync(join(dir, LIBRARY_FILE), LIBRARY_TEXT);
        for (let i = 0; i < 230; i++) {
            let text = generatePlaybook(60, 500 + i).text;
            if (i % 37 === 0) text = text.replace(/owner ops/, 'owner nobody');
            if (i % 53 === 0) text = text.replace(/(step \w+ "[^"]*" )day \d+/, '$1day 99');
            writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.playbook`), text);
        }
        const threads = runCli(['validate', '--format', 'json', dir], { env: { PLAYBOOK_WORKERS: '2' } });
        const single = runCli(['validate', '--format', 'json', dir], { env: { PLAYBOOK_WORKERS: '0' } });
        assert.equal(threads.status, 1, threads.stderr);
        assert.equal(single.status, 1, single.stderr);
        const list = JSON.parse(threads.stdout) as { file: string; code: string }[];
        assert.deepEqual(list, JSON.parse(single.stdout));
        const codes = new Set(list.map(d => d.code));
        assert.ok(codes.has('linking-error') && codes.has('day-out-of-range'), [...codes].join(' '));
        assert.ok(new Set(list.map(d => d.file)).size > 5);
        assert.equal(threads.stderr, '');
    });
});

