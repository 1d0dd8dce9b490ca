/**
 * Both versions of a big diff at once: the second in a worker thread (version-worker.ts) while the
 * first loads here, so two 5,000-line versions take about as long as one on a machine with two
 * cores. Small versions load one after the other (a thread's start-up would cost more than it
 * saves), and so do big ones when no core is spare. A worker that cannot start or fails leaves the
 * version to the main thread.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedVersion, VersionLoader, VersionSource } from './versions.js';

/** Characters of playbook text from which a version is worth a thread of its own (about 1,500 lines). */
export const PARALLEL_FROM_CHARS = 100_000;

/** The worker script beside the running bundle; absent when the sources run unbundled. */
function workerScript(): string | undefined {
    try {
        const script = join(dirname(fileURLToPath(import.meta.url)), 'version-worker.cjs');
        return existsSync(script) ? script : undefined;
    } catch {
        return undefined;
    }
}

function inWorker(script: string, source: VersionSource, locale: string): Promise<LoadedVersion> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(script, {
            workerData: { path: source.path, text: source.text, revision: source.revision?.plain(), locale },
        });
        worker.once('message', (m: { version?: LoadedVersion; error?: string }) => {
            if (m.version) resolve(m.version);
            else reject(new Error(m.error ?? 'no version'));
            void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`worker exited with ${code}`)));
    });
}

/**
 * The two versions, in order. `sizes` are their text lengths (when known); `PLAYBOOK_WORKERS=0`
 * or `1` keeps everything on the main thread, `2` or more uses a thread whatever the size.
 */
export async function loadBoth(
    loader: VersionLoader, sources: readonly [VersionSource, VersionSource], locale: string,
    sizes: readonly [number | undefined, number | undefined], env: NodeJS.ProcessEnv = process.env,
): Promise<[LoadedVersion, LoadedVersion]> {
    const wanted = env.PLAYBOOK_WORKERS !== undefined && /^\d+$/.test(env.PLAYBOOK_WORKERS) ? Number(env.PLAYBOOK_WORKERS) : undefined;
    const big = sizes.every(s => s !== undefined && s >= PARALLEL_FROM_CHARS);
    // A thread only helps with a core to spare: on a machine whose cores are all busy (load average
    // at or above their number) it adds its start-up and slows the diff down (measured: 4.3 → 5.8 s at load 14 on 2 cores).
    const spare = loadavg()[0] <= availableParallelism() - 1;
    // PLAYBOOK_STRICT_WORKERS (tests): no quiet fallback to the main thread.
    const strict = !!env.PLAYBOOK_STRICT_WORKERS;
    const script = (wanted === undefined ? big && spare : wanted >= 2) ? workerScript() : undefined;
    if (!script && strict && wanted !== undefined && wanted >= 2) throw new Error('no worker script');
    if (!script) return [await loader.load(sources[0]), await loader.load(sources[1])];
    const second = inWorker(script, sources[1], locale);
    second.catch(() => undefined); // awaited below; no unhandled rejection while the first loads
    const first = await loader.load(sources[0]);
    try {
        return [first, await second];
    } catch (error) {
        if (strict) throw error;
        return [first, await loader.load(sources[1])];
    }
}
