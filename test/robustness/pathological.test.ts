/**
 * Pathological inputs, one regression test each: in process (build, link, validate, model,
 * generators) and, where a file on disk makes sense, through the CLI (exit 1 or 0 with
 * diagnostics, never a stack trace, killed if it runs past a generous bound).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from '../bench/generate.js';
import { Prng } from '../helpers/prng.js';
import { hasStackTrace, runCli, workbench } from './harness.js';

const HEAD = 'playbook p "t" {\n  start 2026-03-02\n  owner ops\n  role ops "运营"\n';

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'playbook-patho-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
}

/** In process: builds, asserts no internal problem; returns the diagnostics' codes. */
async function inProcess(text: string, files: Record<string, string> = {}): Promise<string[]> {
    const wb = workbench();
    const r = await wb.check(text, files, { generate: true });
    assert.deepEqual(r.problems, [], JSON.stringify(r.problems.slice(0, 3), null, 2));
    return r.diagnostics.map(d => String(d.code));
}

/** Through the CLI: `validate` exits 0 or 1 (as given), prints diagnostics and no stack trace. */
function throughCli(path: string, expectStatus: number | number[], extra: string[] = []) {
    const r = runCli(['validate', path, ...extra], { timeoutMs: 60_000 });
    assert.equal(r.signal, null, `killed after ${Math.round(r.ms)} ms (hang?)`);
    const allowed = Array.isArray(expectStatus) ? expectStatus : [expectStatus];
    assert.ok(allowed.includes(r.status!), `exit ${r.status}\n${r.stderr.slice(0, 2000)}\n${r.stdout.slice(0, 1000)}`);
    assert.ok(!hasStackTrace(r.stderr) && !hasStackTrace(r.stdout), r.stderr.slice(0, 2000));
    assert.match(r.stdout, /\d+ files?: \d+ errors?, \d+ warnings?, \d+ info, \d+ hints?\./);
    return r;
}

describe('robustness: pathological inputs', function () {
    this.timeout(120_000);

    it('10,000 nested braces', async () => {
        const text = `${HEAD}${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n}\n`;
        const codes = await inProcess(text);
        assert.ok(codes.includes('parsing-error') || codes.length > 0);
        throughCli(write('braces.playbook', text), 1);
    });

    it('10,000 nested braces inside a phase and a step block', async () => {
        const text = `${HEAD}  phase a "A" days 3 {\n    step s "S" day 1 ${'{ '.repeat(10_000)}${'} '.repeat(10_000)}\n  }\n}\n`;
        await inProcess(text);
        throughCli(write('braces2.playbook', text), 1);
    });

    it('a 100,000-character line (title, name, note)', async () => {
        const long = '长'.repeat(100_000);
        const text = `${HEAD}  phase a "${long}" days 3 {\n    step ${'n'.repeat(100_000)} "t" day 1 note "${'x'.repeat(100_000)}"\n  }\n}\n`;
        await inProcess(text);
        throughCli(write('long-line.playbook', text), [0, 1]);
        const oneLine = `${HEAD.replace(/\n/g, ' ')}${' phase a "A" days 3 { step s "S" day 1 }'.repeat(2_500)} }`;
        assert.ok(oneLine.length > 100_000);
        await inProcess(oneLine);
        throughCli(write('one-line.playbook', oneLine), 1);
    });

    it('1 MB of random bytes', async () => {
        const rnd = new Prng(20260301);
        const bytes = Buffer.alloc(1 << 20);
        for (let i = 0; i < bytes.length; i++) bytes[i] = rnd.int(0, 255);
        await inProcess(bytes.toString('utf8'));
        // The bytes as the parser's worst case: decoded (U+FFFD for what is no UTF-8) and saved as UTF-8.
        const r = throughCli(write('random.playbook', bytes.toString('utf8')), 1);
        assert.ok(r.stdout.split('\n').length < 2_000, 'syntax errors are capped per file');
        // The raw bytes are no UTF-8 text: refused with exit 2 (test/cli/encoding.test.ts), never a stack trace.
        const raw = runCli(['validate', write('random-raw.playbook', bytes)], { timeoutMs: 60_000 });
        assert.equal(raw.status, 2, raw.stderr.slice(0, 500));
        assert.match(raw.stderr, /^playbook: '.*random-raw\.playbook' (is not UTF-8 text|is encoded in )/);
        assert.ok(!hasStackTrace(raw.stderr));
    });

    it('1 MB of random tokens', async () => {
        const rnd = new Prng(7);
        const vocabulary = ['playbook', 'phase', 'step', '{', '}', '"x"', '"""', '/*', '*/', '//', 'day', '1', '..', '2026-01-01', '10:00', 'kpi', '=', '/', 'a', 'b', '\n', '%', 'on', ','];
        const parts: string[] = [];
        let length = 0;
        while (length < 1 << 20) {
            const t = rnd.pick(vocabulary);
            parts.push(t);
            length += t.length + 1;
        }
        const text = parts.join(' ');
        await inProcess(text);
        throughCli(write('random-tokens.playbook', text), 1);
    });

    it('NUL bytes in names, strings, import paths and between tokens', async () => {
        const text = `import "./co\u0000mmon.playbook"\nplaybook p\u0000q "t\u0000itle" {\n  start 2026-03-02\u0000\n  role \u0000ops "运\u0000营"\n\u0000\u0000\u0000}\n`;
        const codes = await inProcess(text, { [LIBRARY_FILE]: LIBRARY_TEXT });
        assert.ok(codes.length > 0);
        throughCli(write('nul.playbook', text), 1);
    });

    it('lone surrogates in an import path, a name and a string (found by the fuzzer: URIError)', async () => {
        const text = `import "./a\uD800b.playbook"\nimport "\uDC00"\nplaybook p\uD800 "t\uDFFF" {\n  start 2026-03-02\n}\n`;
        const codes = await inProcess(text);
        assert.ok(codes.includes('import-not-found'), codes.join());
        throughCli(write('surrogates.playbook', text), 1);
    });

    it('an unterminated block string, and many unterminated comments', async () => {
        const text = `${HEAD}  phase a "A" days 3 {\n    step s "S" day 1 { note """\n${'      还没写完的话术\n'.repeat(20_000)}`;
        const codes = await inProcess(text);
        assert.ok(codes.length > 0);
        throughCli(write('unterminated.playbook', text), 1);
        const comments = `${HEAD}${'  /* 没有结束的注释 \n'.repeat(20_000)}}\n`;
        await inProcess(comments);
        throughCli(write('comments.playbook', comments), 1);
        const quotes = `${HEAD}${'  role r "\n'.repeat(20_000)}}\n`;
        await inProcess(quotes);
        throughCli(write('quotes.playbook', quotes), 1);
        const triples = `${HEAD}${'  """ '.repeat(20_001)}}\n`;
        await inProcess(triples);
        throughCli(write('triples.playbook', triples), 1);
    });

    it('an import cycle between two libraries', async () => {
        const a = 'import "./b.playbook"\nlibrary a { role ops "运营" channel g "群" kind wechat_group }\n';
        const b = 'import "./a.playbook"\nlibrary b { role dev "开发" }\n';
        const main = 'import "./a.playbook"\nimport "./b.playbook"\nplaybook p "t" { start 2026-03-02 owner ops phase x "X" days 2 { step s "S" day 1 on g owner dev } }\n';
        const codes = await inProcess(main, { 'a.playbook': a, 'b.playbook': b });
        assert.ok(!codes.includes('linking-error'), codes.join());
        const sub = join(dir, 'cycle');
        await import('node:fs').then(fs => fs.mkdirSync(sub));
        writeFileSync(join(sub, 'a.playbook'), a);
        writeFileSync(join(sub, 'b.playbook'), b);
        writeFileSync(join(sub, 'main.playbook'), main);
        throughCli(sub, [0, 1]);
    });

    it('a library importing itself, and a playbook importing itself', async () => {
        const lib = 'import "./self.playbook"\nlibrary self { role ops "运营" }\n';
        await inProcess('import "./self.playbook"\nplaybook p "t" { start 2026-03-02 owner ops }\n', { 'self.playbook': lib });
        const codes = await inProcess('import "./main.playbook"\nplaybook p "t" { start 2026-03-02 }\n');
        assert.ok(codes.includes('import-not-found'), codes.join());
        const sub = join(dir, 'self');
        await import('node:fs').then(fs => fs.mkdirSync(sub));
        writeFileSync(join(sub, 'self.playbook'), lib);
        writeFileSync(join(sub, 'main.playbook'), 'import "./main.playbook"\nimport "./self.playbook"\nplaybook p "t" { start 2026-03-02 owner ops }\n');
        throughCli(sub, [0, 1]);
    });

    it('a ratio KPI chain 1,000 deep, and a ratio cycle 1,000 long (iterative Tarjan)', async () => {
        const chain = (n: number, cycle: boolean) => {
            const lines = [HEAD, '  track t "T" { property amount number }', '  kpi k0 "k0" = count t target 1'];
            for (let i = 1; i <= n; i++) lines.push(`  kpi k${i} "k${i}" = k${i - 1} / k0 target 5%`);
            if (cycle) lines[2] = `  kpi k0 "k0" = k${n} / k1 target 1`;
            lines.push('}');
            return lines.join('\n');
        };
        for (const n of [1_000, 10_000]) {
            const { shared, Playbook } = createPlaybookCoreServices();
            const doc = shared.workspace.LangiumDocumentFactory.fromString(chain(n, false), URI.file(`/chain${n}/main.playbook`));
            shared.workspace.LangiumDocuments.addDocument(doc);
            await shared.workspace.DocumentBuilder.build([doc], { validation: true });
            const model = Playbook.playbook.Models.getModel(doc)!;
            const top = [...model.kpis.values()].find(k => k.node.name === `k${n}`)!;
            assert.deepEqual(top.tracks.map(t => t.name), ['t'], 'the top of the chain rests on the base track');
            assert.ok(![...model.kpis.values()].some(k => k.cyclic));
            assert.ok(!(doc.diagnostics ?? []).some(d => d.code === 'kpi-cycle'));
        }
        const codes = await inProcess(chain(1_000, true));
        assert.equal(codes.filter(c => c === 'kpi-cycle').length, 1_001);
        throughCli(write('kpi-chain.playbook', chain(1_000, true)), 1);
    });

    it('impossible dates, times, durations and day numbers', async () => {
        const text = [
            'playbook p "t" {',
            '  start 2026-02-30',
            '  timezone "Mars/Olympus_Mons"',
            '  owner ops',
            '  role ops "运营"',
            '  blackout 0000-00-00..9999-99-99 "x"',
            '  blackout 0001-01-01..9999-12-31 "everything"',
            '  blackout 2026-12-31..2026-01-01 "reversed"',
            '  phase a "A" days 99999999 from 9999-12-31 {',
            '    step s1 "S" days 1..99999999 at 99:99 for 99999999999999999999w remind 0m remind 99999999w',
            '    step s2 "S" day 0 at 24:00',
            '    step s3 "S" days 5..2',
            '    step s4 "S" day 99999999 at 23:59 for 1d',
            '    milestone m "M" day 1.5',
            '  }',
            '  phase b "B" days 0 from 0000-01-01 { step s5 "S" day 1 }',
            '  phase c "C" days 1.5 from 2026-13-45 { step s6 "S" days 1..3 }',
            '  phase d "D" days 36500 from 2026-03-02 { step s7 "S" days 1..36500 at 10:00 }',
            '  asset x "X" kind poster { ready a day 99999999 }',
            '  asset y "Y" kind poster { ready 2026-02-29 }',
            '  kpi k "K" target 1e9',
            '  risk r "R" kind traffic { when k < 40% by a day 0 then "x" }',
            '}',
        ].join('\n');
        await inProcess(text);
        const start = 'playbook p "t" {\n  start 2026-03-02\n  timezone "Europe/Berlin"\n  owner ops\n  role ops "运营"\n';
        await inProcess(`${start}  phase a "A" days 400 { step s "S" days 1..400 at 02:30 remind 1h }\n}\n`);
        throughCli(write('dates.playbook', text), 1);
    });

    it('a 20,000-line playbook', async () => {
        const g = generatePlaybook(20_000, 5);
        await inProcess(g.text, { [LIBRARY_FILE]: LIBRARY_TEXT });
        const sub = join(dir, 'big');
        await import('node:fs').then(fs => fs.mkdirSync(sub));
        writeFileSync(join(sub, LIBRARY_FILE), LIBRARY_TEXT);
        writeFileSync(join(sub, 'main.playbook'), g.text);
        throughCli(join(sub, 'main.playbook'), [0, 1]);
    });
});
