/** The edit both LSP benches time (bench.ts, bench-calendar.ts): a character typed into, or removed from, a step's title. */
import type { LspSession } from '../helpers/lsp-client.js';

/**
 * Inserts `新` at (line, col) when `insert`, else removes the character there, as version `version`
 * of the document; the milliseconds until the server publishes its next diagnostics for it.
 */
export async function timeTitleEdit(s: LspSession, uri: string, version: number, line: number, col: number, insert: boolean): Promise<number> {
    s.diagnostics.delete(uri);
    const t = performance.now();
    s.change(uri, version, [insert
        ? { range: { start: { line, character: col }, end: { line, character: col } }, text: '新' }
        : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' }]);
    await s.waitForDiagnostics(uri, undefined, 120_000);
    return performance.now() - t;
}
