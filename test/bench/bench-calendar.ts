/**
 * Bench figures of the real calendar (issue 12 targets): a 200-line playbook repeated weekly for a
 * year (52 runs) validates and generates any calendar format in ≤ 1 s after start-up, and
 * edit → diagnostics for it stays ≤ 60 ms in the editor. Part of `npm run bench` (bench.ts);
 * alone: `node --import tsx test/bench/bench-calendar.ts`.
 *
 * The baseline, measured in the same run: the same playbook with `start` (one run, 1/52 of the
 * events). Each figure is printed with its ratio to the baseline's (×52 would be linear in the
 * events; the machine's load weighs on both alike).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { CALENDAR_FORMATS, generateCalendar } from '../../language/generators/index.js';
import type { Model } from '../../language/generated/ast.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { LspSession, NODE, ROOT } from '../helpers/lsp-client.js';
import { LIBRARY_FILE, LIBRARY_TEXT, generatePlaybook } from './generate.js';
import { timeTitleEdit } from './title-edit.js';

const CLI = join(ROOT, 'bin', 'playbook.cjs');

export interface Figures { n: number; min: number; median: number; max: number }

function figures(samples: number[]): Figures {
    const s = [...samples].sort((a, b) => a - b);
    const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    const r = (x: number) => Math.round(x * 10) / 10;
    return { n: s.length, min: r(s[0]), median: r(median), max: r(s[s.length - 1]) };
}

const fmt = (f: Figures) => `${f.min} / ${f.median} / ${f.max} ms`;
/** The median against the baseline's: `×9.3 of one run (41.2 ms)`. */
const ratio = (f: Figures, base: Figures) => `×${(f.median / Math.max(base.median, 0.1)).toFixed(1)} of one run (${base.median} ms)`;

/** The generated 200-line playbook, its `start` turned into a weekly `repeat` over 2026 (52 Mondays). */
export function weeklyPlaybook(): string {
    const text = generatePlaybook(200, 200).text;
    return text.replace(/^ {2}start \d{4}-\d{2}-\d{2}$/m, '  repeat weekly on mon from 2026-01-05 until 2026-12-28\n  anchor p0');
}

async function buildOnce(text: string, dir: string) {
    const { shared, Playbook } = createPlaybookCoreServices();
    const factory = shared.workspace.LangiumDocumentFactory;
    const docs = shared.workspace.LangiumDocuments;
    const lib = factory.fromString(LIBRARY_TEXT, URI.file(join(dir, LIBRARY_FILE)));
    docs.addDocument(lib);
    await shared.workspace.DocumentBuilder.build([lib], { validation: true });
    const t = performance.now();
    const doc = factory.fromString<Model>(text, URI.file(join(dir, 'weekly.playbook')));
    docs.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    const ms = performance.now() - t;
    return { ms, model: Playbook.playbook.Models.getModel(doc)!, diagnostics: doc.diagnostics?.length ?? 0 };
}

/** Typing in a step's title halfway down the file (a character in, a character out), over stdio. */
async function editToDiagnostics(dir: string, file: string, text: string, reps: number): Promise<Figures> {
    const s = await LspSession.start({ workspace: dir });
    try {
        const uri = pathToFileURL(file).href;
        s.open(uri, text);
        await s.waitForDiagnostics(uri, undefined, 120_000);
        const textLines = text.split('\n');
        const line = textLines.findIndex((l, i) => i > textLines.length / 2 && /^\s+step /.test(l));
        const col = textLines[line].indexOf('"') + 1;
        const samples: number[] = [];
        let version = 1;
        for (let i = 0; i < reps * 4; i++) {
            samples.push(await timeTitleEdit(s, uri, ++version, line, col, i % 2 === 0));
        }
        return figures(samples);
    } finally {
        await s.stop();
    }
}

export async function calendarBench(log: (line: string) => void, options: { reps: number; lsp: boolean }): Promise<Record<string, unknown>> {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-calendar-'));
    try {
        const text = weeklyPlaybook();
        const once = generatePlaybook(200, 200).text;
        writeFileSync(join(dir, LIBRARY_FILE), LIBRARY_TEXT);
        const file = join(dir, 'weekly.playbook');
        writeFileSync(file, text);
        const baseFile = join(dir, 'once.playbook');
        writeFileSync(baseFile, once);
        await buildOnce(text, dir); // warm up
        const builds: number[] = [];
        const baseBuilds: number[] = [];
        let last!: Awaited<ReturnType<typeof buildOnce>>;
        let base!: Awaited<ReturnType<typeof buildOnce>>;
        for (let i = 0; i < options.reps; i++) {
            baseBuilds.push((base = await buildOnce(once, dir)).ms);
            builds.push((last = await buildOnce(text, dir)).ms);
        }
        const lines = text.split('\n').length;
        log(`  ${lines} lines, ${last.model.runs.length} runs, ${last.model.events.length} events, ${last.diagnostics} diagnostics; baseline: one run, ${base.model.events.length} events`);
        const build = figures(builds);
        const baseBuild = figures(baseBuilds);
        log(`  validate in process (parse, link, model, rules)  ${fmt(build)}  ${ratio(build, baseBuild)}`);
        const formats: Record<string, Figures & { baseline: Figures }> = {};
        for (const format of CALENDAR_FORMATS) {
            const samples: number[] = [];
            const baseSamples: number[] = [];
            for (let i = 0; i < options.reps; i++) {
                let t = performance.now();
                await generateCalendar(base.model, format, { locale: 'zh-CN' });
                baseSamples.push(performance.now() - t);
                t = performance.now();
                await generateCalendar(last.model, format, { locale: 'zh-CN' });
                samples.push(performance.now() - t);
            }
            formats[format] = { ...figures(samples), baseline: figures(baseSamples) };
            log(`  generate ${format.padEnd(5)} (after validation)       ${fmt(formats[format])}  ${ratio(formats[format], formats[format].baseline)}`);
        }
        // The CLI end to end, minus its start-up (`--version`).
        const run = (args: string[]) => {
            const t = performance.now();
            const r = spawnSync(NODE, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
            return { ms: performance.now() - t, status: r.status };
        };
        const startup = figures(Array.from({ length: options.reps }, () => run(['--version']).ms));
        const cli: Record<string, Figures & { afterStartup: number; exit: number | null; baseline: Figures }> = {};
        for (const format of CALENDAR_FORMATS) {
            let exit: number | null = null;
            const baseSamples: number[] = [];
            const f = figures(Array.from({ length: options.reps }, () => {
                baseSamples.push(run(['calendar', baseFile, '--format', format, '-o', join(dir, `once.${format}`)]).ms);
                const r = run(['calendar', file, '--format', format, '-o', join(dir, `out.${format}`)]);
                exit = r.status;
                return r.ms;
            }));
            const baseline = figures(baseSamples);
            cli[format] = { ...f, afterStartup: Math.round((f.median - startup.median) * 10) / 10, exit, baseline };
            log(`  CLI calendar --format ${format.padEnd(5)}                ${fmt(f)}; after start-up ${cli[format].afterStartup} ms (exit ${exit})  ${ratio(f, baseline)}`);
        }
        let edit: (Figures & { baseline: Figures }) | undefined;
        if (options.lsp) {
            const baseline = await editToDiagnostics(dir, baseFile, once, options.reps);
            edit = { ...await editToDiagnostics(dir, file, text, options.reps), baseline };
            log(`  LSP edit → diagnostics                          ${fmt(edit)}  ${ratio(edit, baseline)}`);
        }
        return { lines, runs: last.model.runs.length, events: last.model.events.length, build, formats, startup, cli, editToDiagnostics: edit };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    calendarBench(line => process.stdout.write(`${line}\n`), { reps: 5, lsp: !process.argv.includes('--skip-lsp') }).catch(error => {
        process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
    });
}
