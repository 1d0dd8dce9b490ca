/**
 * Validation of a list of files, in batches: what `playbook validate` runs on the main thread for
 * small inputs and in each worker thread for big folders (validate-worker.ts).
 */
import { NodeFileSystem } from 'langium/node';
import { createPlaybookCoreServices } from '../playbook-module.js';
import { type FlatDiagnostic, flatten } from './reporters.js';
import { loadWorkspace } from './workspace-loader.js';

/** Files checked per workspace. */
export const BATCH = 100;

/**
 * The diagnostics of `files` (paths as listFiles gives them). Big lists are checked in batches,
 * each in a fresh workspace with the files it imports: a file's diagnostics depend only on it and
 * its imports, and memory (and the garbage collector's work) stays that of one batch instead of
 * growing with the folder. The services (and their parser) are made once and reused.
 * `onProgress(done, total)` counts documents linked, imports included.
 */
export async function validateFiles(
    files: readonly string[], locale: string, onProgress?: (done: number, total: number) => void,
): Promise<FlatDiagnostic[]> {
    const list: FlatDiagnostic[] = [];
    const services = createPlaybookCoreServices(NodeFileSystem);
    for (let from = 0; from < files.length; from += BATCH) {
        const batch = files.slice(from, from + BATCH);
        const ws = await loadWorkspace(batch, {
            locale, services,
            onProgress: onProgress && ((done, total) => onProgress(from + done, files.length + total - batch.length)),
        });
        // (a loop, not push(...): a file may have more diagnostics than a call may take arguments)
        for (const f of ws.files) for (const d of flatten(f.display, ws.diagnosticsOf(f.document))) list.push(d);
        ws.release();
    }
    return list;
}
