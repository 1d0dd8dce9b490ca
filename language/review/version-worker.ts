/**
 * A worker thread of `playbook diff` (bundled as dist/version-worker.cjs): builds its parser as soon
 * as it starts, then loads the one version it is sent (parse, link, errors-only validation, model,
 * snapshot) while the main thread loads the other, and posts it back as plain data (parallel-load.ts).
 */
import { parentPort } from 'node:worker_threads';
import { GitRevision } from './git.js';
import type { VersionJob } from './parallel-load.js';
import { VersionLoader } from './versions.js';

const loader = new VersionLoader('en');
loader.warm();
parentPort!.once('message', ({ path, text, revision, locale }: VersionJob) => {
    loader.setLocale(locale);
    loader.load({ path, text, revision: revision ? GitRevision.resolved(revision) : undefined }).then(
        version => parentPort!.postMessage({ version }),
        (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
});
