import { printable } from '../../messages/printable.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledScript, threadsAsked } from '../../node/threads.js';
import type { CliIO } from '../cli-context.js';
import { EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { type FlatDiagnostic, formatJson, formatSarif, formatText, sortDiagnostics } from '../reporters.js';
import { BATCH, validateFiles } from '../validate-files.js';
import { listFiles } from '../workspace-loader.js';

export interface ValidateOptions {
    format: 'text' | 'json' | 'sarif';
    strict?: boolean;
    locale?: string;
}

/** `playbook validate <file|dir>…`: diagnostics of every given file; exit 1 on errors (or warnings with --strict). */
export async function runValidate(paths: string[], options: ValidateOptions, io: CliIO, version: string): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const files = await listFiles(paths, locale);
    const progress = io.stderr.isTTY && files.length > 20
        ? (done: number, total: number) => io.stderr.write(`\r${Math.min(done, total)}/${total}`)
        : undefined;
    const workers = workerCount(files.length, io.env);
    const list = (workers > 1 ? await inWorkers(files, locale, workers, progress).catch((error: Error) => {
        if (error.message !== NO_WORKER_SCRIPT) io.stderr.write(`playbook: worker threads failed (${printable(error.message)}); checking on one thread\n`);
        return undefined;
    }) : undefined) ?? await validateFiles(files, locale, progress);
    if (progress) io.stderr.write('\r\x1b[K');
    sortDiagnostics(list);
    if (options.format === 'json') io.stdout.write(formatJson(list));
    else if (options.format === 'sarif') io.stdout.write(formatSarif(list, version));
    else io.stdout.write(formatText(list, files.length, locale));
    const failing = list.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? EXIT_INVALID : EXIT_OK;
}

const NO_WORKER_SCRIPT = 'no worker script';

/**
 * Threads for a folder: one per core (at most 4) once there are two batches or more of files;
 * `PLAYBOOK_WORKERS=n` sets the number (0 or 1: everything on the main thread).
 */
function workerCount(files: number, env: NodeJS.ProcessEnv): number {
    const wanted = threadsAsked(env) ?? (files >= 2 * BATCH ? Math.min(availableParallelism(), 4) : 1);
    return Math.min(wanted, Math.ceil(files / 2), 16);
}

/**
 * The files split in `n` contiguous shares, each validated in a worker thread of this process
 * (the diagnostics of a file depend only on it and its imports). Rejects if any worker fails:
 * the caller then validates on the main thread.
 */
async function inWorkers(
    files: readonly string[], locale: string, n: number, progress?: (done: number, total: number) => void,
): Promise<FlatDiagnostic[]> {
    // Absent when the sources run unbundled: then no workers.
    const script = bundledScript('validate-worker.cjs');
    if (!script) throw new Error(NO_WORKER_SCRIPT);
    const size = Math.ceil(files.length / n);
    const done = new Array<number>(n).fill(0);
    const shares = await Promise.all(Array.from({ length: n }, (_, i) => new Promise<FlatDiagnostic[]>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { files: files.slice(i * size, (i + 1) * size), locale } });
        worker.on('message', (m: { list?: FlatDiagnostic[]; done?: number; error?: string }) => {
            if (m.list) resolve(m.list);
            else if (m.error !== undefined) reject(new Error(m.error));
            else if (m.done !== undefined && progress) {
                done[i] = m.done;
                progress(done.reduce((a, b) => a + b, 0), files.length);
            }
        });
        worker.on('error', reject);
        worker.on('exit', code => reject(new Error(`worker exited with ${code}`)));
    })));
    const list: FlatDiagnostic[] = [];
    for (const share of shares) for (const d of share) list.push(d);
    return list;
}
