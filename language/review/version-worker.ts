/**
 * A worker thread of `playbook diff` (bundled as dist/version-worker.cjs): loads one version of a
 * playbook (parse, link, errors-only validation, model, snapshot) while the main thread loads the
 * other, and posts the loaded version back as plain data (parallel-load.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GitRevision } from './git.js';
import { VersionLoader } from './versions.js';

const { path, text, revision, locale } = workerData as {
    path: string; text?: string; revision?: { root: string; revision: string; commit: string }; locale: string;
};
new VersionLoader(locale).load({ path, text, revision: revision ? GitRevision.resolved(revision) : undefined }).then(
    version => parentPort!.postMessage({ version }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
