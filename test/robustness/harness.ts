/**
 * Shared checks for the robustness tests: build a text in process and run everything downstream
 * of the parser (linking, validation, the schedule model, the generators), asserting that nothing
 * threw, no rule failed, and every diagnostic is well-formed. Also a CLI runner with a time bound.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CALENDAR_FORMATS, TRACKING_FORMATS, generateCalendar, generateTracking } from '../../language/generators/index.js';
import { createPlaybookCoreServices, type PlaybookCoreServices } from '../../language/playbook-module.js';
import { NODE, ROOT } from '../helpers/lsp-client.js';

export const CLI_BIN = join(ROOT, 'bin', 'playbook.cjs');

/** A rule that throws must fail the robustness tests (see playbook-validator.ts). */
process.env.PLAYBOOK_STRICT_RULES = '1';

export interface Problem {
    what: string;
    detail: string;
}

/** Diagnostics that betray an internal failure rather than a problem of the input. */
export function diagnosticProblems(diagnostics: readonly Diagnostic[], text: string): Problem[] {
    const problems: Problem[] = [];
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const d of diagnostics) {
        const message = typeof d.message === 'string' ? d.message : String(d.message);
        if (/An error occurred|internal error|\n\s+at /.test(message)) problems.push({ what: 'internal error diagnostic', detail: message.slice(0, 500) });
        const { start, end } = d.range;
        const bad = [start.line, start.character, end.line, end.character].some(n => !Number.isInteger(n) || n < 0)
            || start.line > end.line || (start.line === end.line && start.character > end.character)
            || end.line > lines;
        if (bad) problems.push({ what: 'malformed range', detail: JSON.stringify(d.range) });
        if (!message) problems.push({ what: 'empty message', detail: JSON.stringify(d) });
    }
    return problems;
}

export interface Workbench {
    services: PlaybookCoreServices;
    /** Builds `text` as main.playbook with `files` beside it; returns diagnostics and problems. */
    check(text: string, files?: Record<string, string>, options?: { generate?: boolean | 'all' }): Promise<{ diagnostics: Diagnostic[]; problems: Problem[] }>;
}

let counter = 0;

/** One set of core services reused for many inputs (a fresh workspace folder per input). */
export function workbench(): Workbench {
    const { shared, Playbook } = createPlaybookCoreServices();
    Playbook.playbook.Locale.set('en');
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    return {
        services: Playbook,
        async check(text, files = {}, options = {}) {
            const dir = `/fuzz${++counter}`;
            const docs = [];
            const problems: Problem[] = [];
            let diagnostics: Diagnostic[] = [];
            Playbook.playbook.Validator.takeFailures();
            try {
                for (const [path, content] of Object.entries(files)) {
                    const doc = factory.fromString(content, URI.file(`${dir}/${path}`));
                    documents.addDocument(doc);
                    docs.push(doc);
                }
                const main = factory.fromString(text, URI.file(`${dir}/main.playbook`));
                documents.addDocument(main);
                docs.push(main);
                await shared.workspace.DocumentBuilder.build(docs, { validation: true });
                for (const doc of docs) problems.push(...diagnosticProblems(doc.diagnostics ?? [], doc.textDocument.getText()));
                diagnostics = main.diagnostics ?? [];
                const model = Playbook.playbook.Models.getModel(main);
                if (model && options.generate) {
                    // xlsx (the slowest) only when asked for all formats.
                    const all = options.generate === 'all';
                    for (const format of CALENDAR_FORMATS) {
                        if (all || format !== 'xlsx') await generateCalendar(model, format, { locale: 'zh-CN', sourceDateEpoch: 0 });
                    }
                    for (const format of TRACKING_FORMATS) {
                        if (all || format !== 'xlsx') await generateTracking(model, format, { locale: 'en', sourceDateEpoch: 0 });
                    }
                }
            } catch (error) {
                problems.push({ what: 'exception', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
            } finally {
                for (const f of Playbook.playbook.Validator.takeFailures()) {
                    problems.push({ what: `rule ${f.rule} threw`, detail: f.error instanceof Error ? (f.error.stack ?? f.error.message) : String(f.error) });
                }
                // Forget the documents so the workspace does not grow.
                for (const doc of docs) {
                    documents.deleteDocument(doc.uri);
                    shared.workspace.IndexManager.remove(doc.uri);
                }
            }
            return { diagnostics, problems };
        },
    };
}

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
    signal: NodeJS.Signals | null;
    ms: number;
}

/** Runs the bundled CLI with a time bound (a hang is killed and shows as status null). */
export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
    const t = performance.now();
    const r = spawnSync(NODE, [CLI_BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, LANG: 'C', LC_ALL: '', PLAYBOOK_DEBUG: '', ...options.env },
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 1 << 28,
    });
    return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal, ms: performance.now() - t };
}

/** A JavaScript stack trace in some output. */
export function hasStackTrace(text: string): boolean {
    return /\n\s+at .+(\(|:\d+:\d+)/.test(text) || /internal error/i.test(text);
}
