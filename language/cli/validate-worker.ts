/**
 * A worker thread of `playbook validate` (bundled as dist/validate-worker.cjs): validates its share
 * of the files and posts the diagnostics back; progress as `{ done }` messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useInstalledDocs } from '../node/installation.js';
import { validateFiles } from './validate-files.js';

useInstalledDocs();

const { files, locale } = workerData as { files: string[]; locale: string };
let last = 0;
validateFiles(files, locale, done => {
    if (done - last >= 10) parentPort!.postMessage({ done: last = done });
}).then(
    list => parentPort!.postMessage({ list }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
