/**
 * `npm run bench` — how fast the language is on big playbooks. A benchmark, not a test: it asserts
 * nothing, prints min / median / p95 of every figure and the ratios to the floor (lex + parse of the
 * same text), and writes bench-results/bench-<time>.json (and latest.json).
 *
 * Figures, per size (1k, 5k, 20k lines by default):
 * - in process: lex only; parse (lex + parse: the floor); full build (parse, index, scopes, link,
 *   schedule model, validation) in a fresh workspace with the shared library;
 * - over LSP (stdio, the bundled `bin/playbook-language-server.cjs --stdio`, incremental sync):
 *   open → first diagnostics (fresh server each time), edit → diagnostics (small edits in the
 *   middle of the file), completion, hover, inlay hints for the visible range, peak RSS (VmHWM);
 * and for the CLI: start-up (`--version`), `validate` of 1,000 typical playbooks sharing a library
 * (one process), `calendar --format ics` of the biggest playbook.
 *
 * and `playbook diff` of two 5,000-line versions and `playbook review` of a 1,000,000-row actuals
 * file (bench-review.ts); the real calendar: a 200-line playbook repeated weekly for a year (52 runs)
 * validated, every calendar format generated, the CLI, and edit → diagnostics (bench-calendar.ts).
 *
 * Options: --sizes 1000,5000,20000   --quick (fewer repetitions)   --skip-lsp   --skip-cli   --skip-review   --skip-calendar
 *          --files 1000 (playbooks for the CLI validate case)   --out <file.json>
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { LspSession, NODE, ROOT } from '../helpers/lsp-client.js';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from './generate.js';
import { reviewBench } from './bench-review.js';
import { calendarBench } from './bench-calendar.js';
import { timeTitleEdit } from './title-edit.js';

// ------------------------------------------------------------------ options

const argv = process.argv.slice(2);
const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
};
const flag = (name: string) => argv.includes(`--${name}`);
const SIZES = (opt('sizes') ?? '1000,5000,20000').split(',').map(Number).filter(n => n > 0);
const QUICK = flag('quick');
const SKIP_LSP = flag('skip-lsp');
const SKIP_CLI = flag('skip-cli');
const SKIP_REVIEW = flag('skip-review');
const SKIP_CALENDAR = flag('skip-calendar');
const CLI_FILES = Number(opt('files') ?? 1000);
const CLI_BIN = join(ROOT, 'bin', 'playbook.cjs');

/** Repetitions by size: big inputs are slow, and the whole run should stay within ~5 minutes. */
function reps(size: number, small: number, big: number): number {
    const n = size >= 20000 ? big : size >= 5000 ? Math.ceil((small + big) / 2) : small;
    return QUICK ? Math.max(2, Math.ceil(n / 3)) : n;
}

// ------------------------------------------------------------------ statistics

export interface Stats { n: number; min: number; median: number; p95: number; max: number }

function stats(samples: number[]): Stats {
    const s = [...samples].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
    const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    const r = (x: number) => Math.round(x * 10) / 10;
    return { n: s.length, min: r(s[0]), median: r(median), p95: r(q(0.95)), max: r(s[s.length - 1]) };
}

async function sample(times: number, fn: () => Promise<number> | number): Promise<Stats> {
    const out: number[] = [];
    for (let i = 0; i < times; i++) out.push(await fn());
    return stats(out);
}

const fmt = (s: Stats | undefined) => s ? `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.p95.toFixed(1)} ms (n=${s.n})` : 'n/a';
const log = (line: string) => process.stdout.write(line + '\n');
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

// ------------------------------------------------------------------ workspace on disk

const WORK = mkdtempSync(join(tmpdir(), 'playbook-bench-'));

interface Case { size: number; dir: string; file: string; text: string; lines: number; stepLines: number[] }

function makeCase(size: number): Case {
    const g = generatePlaybook(size, size);
    const dir = join(WORK, `size-${size}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LIBRARY_FILE), LIBRARY_TEXT);
    // The playbook itself is opened over LSP (and written out for the CLI calendar case).
    const file = join(dir, 'main.playbook');
    writeFileSync(file, g.text);
    return { size, dir, file, text: g.text, lines: g.lines, stepLines: g.stepLines };
}

// ------------------------------------------------------------------ in process

function inProcess(c: Case) {
    const { Playbook } = createPlaybookCoreServices();
    const parser = Playbook.parser.LangiumParser;
    const lexer = Playbook.parser.Lexer;
    for (let i = 0; i < 3; i++) parser.parse(c.text); // warm up the JIT
    const n = reps(c.size, 15, 7);
    return {
        lex: () => sample(n, () => {
            const t = performance.now();
            lexer.tokenize(c.text);
            return performance.now() - t;
        }),
        parse: () => sample(n, () => {
            const t = performance.now();
            parser.parse(c.text);
            return performance.now() - t;
        }),
        build: () => sample(reps(c.size, 8, 4), async () => {
            const { shared } = createPlaybookCoreServices();
            const factory = shared.workspace.LangiumDocumentFactory;
            const docs = shared.workspace.LangiumDocuments;
            const lib = factory.fromString(LIBRARY_TEXT, URI.file(join(c.dir, LIBRARY_FILE)));
            docs.addDocument(lib);
            await shared.workspace.DocumentBuilder.build([lib], { validation: true });
            const t = performance.now();
            const doc = factory.fromString(c.text, URI.file(c.file));
            docs.addDocument(doc);
            await shared.workspace.DocumentBuilder.build([doc], { validation: true });
            return performance.now() - t;
        }),
    };
}

// ------------------------------------------------------------------ over LSP

function peakRssMiB(pid: number | undefined): number | undefined {
    if (!pid) return undefined;
    try {
        const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Math.round(Number(m[1]) / 1024) : undefined;
    } catch {
        return undefined;
    }
}

async function startSession(dir: string): Promise<LspSession> {
    const s = await LspSession.start({ workspace: dir });
    // Let the workspace manager index the folder (the library) before timing anything.
    await sleep(800);
    return s;
}

/** Sends `didOpen` and waits for the first diagnostics of the document. */
async function timeOpen(s: LspSession, uri: string, text: string): Promise<{ ms: number; count: number }> {
    const t = performance.now();
    s.open(uri, text);
    const d = await s.waitForDiagnostics(uri, undefined, 120_000);
    return { ms: performance.now() - t, count: d.length };
}

interface LspFigures {
    openToDiagnostics: Stats;
    editToDiagnostics: Stats;
    typingBurstToDiagnostics: Stats;
    completion: Stats;
    hover: Stats;
    inlayHints: Stats;
    peakRssMiB?: number;
    diagnostics: number;
    completionItems: number;
    hoverFound: boolean;
    inlayHintCount: number;
}

async function overLsp(c: Case): Promise<LspFigures> {
    const uri = pathToFileURL(c.file).href;
    // Open → first diagnostics, each time on a freshly started server (a cold open of the file).
    const openSamples: number[] = [];
    const extraOpens = reps(c.size, 4, 2);
    for (let i = 0; i < extraOpens; i++) {
        const s = await startSession(c.dir);
        try {
            openSamples.push((await timeOpen(s, uri, c.text)).ms);
        } finally {
            await s.stop();
        }
    }

    const s = await startSession(c.dir);
    try {
        const first = await timeOpen(s, uri, c.text);
        openSamples.push(first.ms);
        const lines = c.text.split('\n');
        const middle = c.stepLines.filter(l => l > c.lines * 0.4 && l < c.lines * 0.6);
        let version = 1;

        // Edit → diagnostics: a character typed into (then removed from) a step title mid-file.
        const editSamples: number[] = [];
        const editCount = reps(c.size, 16, 8);
        for (let i = 0; i < editCount; i++) {
            const line = middle[(i >> 1) % middle.length];
            const col = lines[line].indexOf('"') + 1;
            editSamples.push(await timeTitleEdit(s, uri, ++version, line, col, i % 2 === 0));
        }

        // A typing burst: five characters 30 ms apart (as typed), time from the last one to diagnostics.
        const burstSamples: number[] = [];
        for (let i = 0; i < reps(c.size, 4, 2); i++) {
            const line = middle[(i * 7) % middle.length];
            const col = lines[line].indexOf('"') + 1;
            for (let k = 0; k < 5; k++) {
                s.change(uri, ++version, [{ range: { start: { line, character: col + k }, end: { line, character: col + k } }, text: '字' }]);
                if (k < 4) await sleep(30);
            }
            s.diagnostics.delete(uri);
            const t = performance.now();
            await s.waitForDiagnostics(uri, undefined, 120_000);
            burstSamples.push(performance.now() - t);
            s.diagnostics.delete(uri);
            s.change(uri, ++version, [{ range: { start: { line, character: col }, end: { line, character: col + 5 } }, text: '' }]);
            await s.waitForDiagnostics(uri, undefined, 120_000);
        }

        // Requests on the idle document.
        const requestReps = reps(c.size, 30, 15);
        let completionItems = 0;
        const completion = await sample(requestReps, async () => {
            const line = middle[Math.floor(Math.random() * middle.length)];
            const character = lines[line].indexOf(' on ') + 4;
            const t = performance.now();
            const r = await s.request<{ items: unknown[] } | unknown[] | null>('textDocument/completion', {
                textDocument: { uri }, position: { line, character },
            });
            completionItems = Array.isArray(r) ? r.length : r?.items.length ?? 0;
            return performance.now() - t;
        });
        let hoverFound = false;
        const hover = await sample(requestReps, async () => {
            const line = middle[Math.floor(Math.random() * middle.length)];
            const character = lines[line].indexOf(lines[line].trim().startsWith('step') ? 'step ' : 'milestone ') + (lines[line].trim().startsWith('step') ? 6 : 11);
            const t = performance.now();
            const r = await s.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
            hoverFound ||= !!r;
            return performance.now() - t;
        });
        let inlayHintCount = 0;
        const inlayHints = await sample(requestReps, async () => {
            const from = middle[Math.floor(Math.random() * middle.length)];
            const t = performance.now();
            const r = await s.request<unknown[] | null>('textDocument/inlayHint', {
                textDocument: { uri }, range: { start: { line: from, character: 0 }, end: { line: from + 60, character: 0 } },
            });
            inlayHintCount = r?.length ?? 0;
            return performance.now() - t;
        });
        return {
            openToDiagnostics: stats(openSamples),
            editToDiagnostics: stats(editSamples),
            typingBurstToDiagnostics: stats(burstSamples),
            completion, hover, inlayHints,
            peakRssMiB: peakRssMiB(s.process.pid),
            diagnostics: first.count,
            completionItems, hoverFound, inlayHintCount,
        };
    } finally {
        await s.stop();
    }
}

// ------------------------------------------------------------------ CLI

function timeCommand(args: string[], cwd = ROOT): { ms: number; status: number | null; stderr: string } {
    const t = performance.now();
    const r = spawnSync(NODE, [CLI_BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    return { ms: performance.now() - t, status: r.status, stderr: r.stderr };
}

async function cliFigures(biggest: Case | undefined) {
    const startup = await sample(QUICK ? 5 : 10, () => timeCommand(['--version']).ms);
    // 1,000 typical playbooks (about 130 lines each) importing one shared library.
    const folder = join(WORK, 'many');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, LIBRARY_FILE), LIBRARY_TEXT);
    for (let i = 0; i < CLI_FILES; i++) {
        writeFileSync(join(folder, `p${String(i).padStart(4, '0')}.playbook`), generatePlaybook(120, 1000 + i).text);
    }
    let validateStatus: number | null = null;
    const validate = await sample(QUICK ? 1 : 3, () => {
        const r = timeCommand(['validate', folder]);
        validateStatus = r.status;
        return r.ms;
    });
    const help = spawnSync(NODE, [CLI_BIN, '--help'], { encoding: 'utf8' }).stdout ?? '';
    let calendar: Stats | undefined;
    let calendarStatus: number | null = null;
    if (biggest && /^\s+calendar\b/m.test(help)) {
        const out = join(WORK, 'calendar.ics');
        calendar = await sample(QUICK ? 2 : 4, () => {
            const r = timeCommand(['calendar', biggest.file, '--format', 'ics', '--output', out]);
            calendarStatus = r.status;
            if (r.status !== 0 && r.status !== 1) log(`  calendar exited ${r.status}: ${r.stderr.slice(0, 300)}`);
            return r.ms;
        });
    }
    return {
        startupVersion: startup,
        validateFolder: { files: CLI_FILES, ...validate, exit: validateStatus },
        calendarIcs: calendar ? { lines: biggest!.lines, ...calendar, afterStartupMedian: Math.round((calendar.median - startup.median) * 10) / 10, exit: calendarStatus } : undefined,
    };
}

// ------------------------------------------------------------------ main

async function main() {
    const started = Date.now();
    log(`Campaign Playbook benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB`);
    log(`sizes ${SIZES.join(', ')}${QUICK ? ' (quick)' : ''}; figures are min / median / p95\n`);
    const result: Record<string, unknown> = {
        date: new Date().toISOString(),
        node: process.version,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim(),
        sizes: {} as Record<string, unknown>,
    };
    const cases: Case[] = [];
    for (const size of SIZES) {
        const c = makeCase(size);
        cases.push(c);
        log(`== ${c.lines} lines (${Math.round(c.text.length / 1024)} KiB)`);
        const ip = inProcess(c);
        const lex = await ip.lex();
        log(`  lex only                 ${fmt(lex)}`);
        const parse = await ip.parse();
        log(`  lex + parse (floor)      ${fmt(parse)}`);
        const build = await ip.build();
        log(`  full build in process    ${fmt(build)}   ×${(build.median / parse.median).toFixed(2)} floor`);
        const entry: Record<string, unknown> = { lines: c.lines, chars: c.text.length, lex, parse, build, buildRatio: round2(build.median / parse.median) };
        if (!SKIP_LSP) {
            const l = await overLsp(c);
            log(`  LSP open → diagnostics   ${fmt(l.openToDiagnostics)}   ×${(l.openToDiagnostics.median / parse.median).toFixed(2)} floor  (${l.diagnostics} diagnostics)`);
            log(`  LSP edit → diagnostics   ${fmt(l.editToDiagnostics)}   ×${(l.editToDiagnostics.median / parse.median).toFixed(2)} floor`);
            log(`  LSP typing burst → diag. ${fmt(l.typingBurstToDiagnostics)}`);
            log(`  LSP completion           ${fmt(l.completion)}  (${l.completionItems} items)`);
            log(`  LSP hover                ${fmt(l.hover)}  (${l.hoverFound ? 'content' : 'no content'})`);
            log(`  LSP inlay hints (60 l.)  ${fmt(l.inlayHints)}  (${l.inlayHintCount} hints)`);
            log(`  server peak RSS          ${l.peakRssMiB ?? '?'} MiB`);
            entry.lsp = { ...l, editRatio: round2(l.editToDiagnostics.median / parse.median), openRatio: round2(l.openToDiagnostics.median / parse.median) };
        }
        (result.sizes as Record<string, unknown>)[size] = entry;
        log('');
    }
    if (!SKIP_CLI) {
        log('== CLI');
        const cli = await cliFigures(cases.find(c => c.size === Math.max(...SIZES)));
        log(`  start-up (--version)     ${fmt(cli.startupVersion)}`);
        log(`  validate ${cli.validateFolder.files} files        ${fmt(cli.validateFolder)}  (exit ${cli.validateFolder.exit})`);
        log(`  calendar --format ics    ${cli.calendarIcs ? `${fmt(cli.calendarIcs)}; after start-up ${cli.calendarIcs.afterStartupMedian} ms (${cli.calendarIcs.lines} lines, exit ${cli.calendarIcs.exit})` : 'n/a (no calendar command yet)'}`);
        result.cli = cli;
        log('');
    }
    if (!SKIP_REVIEW) {
        log('== diff and review (REVIEW.md)');
        result.review = await reviewBench(log, { reps: QUICK ? 2 : 5 });
        log('');
    }
    if (!SKIP_CALENDAR) {
        log('== the real calendar: 200 lines repeated weekly for a year (SCHEDULE.md)');
        result.calendar = await calendarBench(log, { reps: QUICK ? 3 : 7, lsp: !SKIP_LSP });
        log('');
    }
    result.totalSeconds = Math.round((Date.now() - started) / 1000);
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const out = opt('out') ?? join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    log(`wrote ${out} (${result.totalSeconds} s)`);
}

function round2(x: number): number {
    return Math.round(x * 100) / 100;
}

main().catch(error => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
}).finally(() => {
    rmSync(WORK, { recursive: true, force: true });
});
