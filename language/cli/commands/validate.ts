import type { CliIO } from '../cli-context.js';
import { EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { type FlatDiagnostic, flatten, formatJson, formatSarif, formatText, sortDiagnostics } from '../reporters.js';
import { loadWorkspace } from '../workspace-loader.js';

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
    const ws = await loadWorkspace(paths, { locale, onProgress: progress });
    if (progress && ws.files.length > 20) io.stderr.write('\r\x1b[K');
    const list: FlatDiagnostic[] = [];
    // (a loop, not push(...): a file may have more diagnostics than a call may take arguments)
    for (const f of ws.files) for (const d of flatten(f.display, ws.diagnosticsOf(f.document))) list.push(d);
    sortDiagnostics(list);
    if (options.format === 'json') io.stdout.write(formatJson(list));
    else if (options.format === 'sarif') io.stdout.write(formatSarif(list, version));
    else io.stdout.write(formatText(list, ws.files.length, locale));
    const failing = list.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? EXIT_INVALID : EXIT_OK;
}
