import type { CliIO } from '../cli-context.js';
import { EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { type FlatDiagnostic, flatten, formatJson, formatSarif, formatText, sortDiagnostics } from '../reporters.js';
import { NodeFileSystem } from 'langium/node';
import { createPlaybookCoreServices } from '../../playbook-module.js';
import { listFiles, loadWorkspace } from '../workspace-loader.js';

/** Files checked per workspace (see runValidate). */
const BATCH = 100;

export interface ValidateOptions {
    format: 'text' | 'json' | 'sarif';
    strict?: boolean;
    locale?: string;
}

/** `playbook validate <file|dir>…`: diagnostics of every given file; exit 1 on errors (or warnings with --strict). */
export async function runValidate(paths: string[], options: ValidateOptions, io: CliIO, version: string): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const progress = io.stderr.isTTY
        ? (done: number, total: number) => { if (total > 20) io.stderr.write(`\r${done}/${total}`); }
        : undefined;
    // Big folders are checked in batches, each in a fresh workspace with the files it imports: a
    // file's diagnostics depend only on it and its imports, and memory (and the garbage collector's
    // work) stays that of one batch instead of growing with the folder.
    // The services (and their parser) are made once and reused.
    const files = await listFiles(paths);
    const list: FlatDiagnostic[] = [];
    const services = createPlaybookCoreServices(NodeFileSystem);
    for (let from = 0; from < files.length; from += BATCH) {
        const batch = files.slice(from, from + BATCH);
        const ws = await loadWorkspace(batch, { locale, services, onProgress: progress && ((done, total) => progress(from + done, files.length + total - batch.length)) });
        // (a loop, not push(...): a file may have more diagnostics than a call may take arguments)
        for (const f of ws.files) for (const d of flatten(f.display, ws.diagnosticsOf(f.document))) list.push(d);
        ws.release();
    }
    if (progress && files.length > 20) io.stderr.write('\r\x1b[K');
    sortDiagnostics(list);
    if (options.format === 'json') io.stdout.write(formatJson(list));
    else if (options.format === 'sarif') io.stdout.write(formatSarif(list, version));
    else io.stdout.write(formatText(list, files.length, locale));
    const failing = list.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? EXIT_INVALID : EXIT_OK;
}
