/**
 * Both versions of a big diff at once: the second in a worker thread (version-worker.ts) while the
 * first loads here, so two 5,000-line versions take about as long as one on a machine with two
 * cores. The CLI starts the worker before it loads the diff's own code (`startVersionWorker`), so
 * the worker's start-up and its parser are ready when the version is known. Small versions load one
 * after the other (a thread's start-up would cost more than it saves), and so do big ones when no
 * core is spare. A worker that cannot start or fails leaves the version to the main thread.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledScript, threadsAsked } from '../node/threads.js';
import type { LoadedVersion, VersionLoader, VersionSource } from './versions.js';

/** Characters of playbook text from which a version is worth a thread of its own (about 1,500 lines). */
export const PARALLEL_FROM_CHARS = 100_000;

/** What the main thread sends the worker: one version, its revision as plain data. */
export interface VersionJob {
    path: string;
    text?: string;
    revision?: { root: string; revision: string; commit: string };
    locale: string;
}

/** A worker thread that loads one version; started early, it waits (without holding the process open) for its job. */
export class VersionWorker {
    private readonly outcome: Promise<LoadedVersion>;

    private constructor(private readonly worker: Worker) {
        worker.unref();
        this.outcome = new Promise((resolve, reject) => {
            worker.once('message', (m: { version?: LoadedVersion; error?: string }) => {
                if (m.version) resolve(m.version);
                else reject(new Error(m.error ?? 'no version'));
                void worker.terminate();
            });
            worker.once('error', reject);
            worker.once('exit', code => reject(new Error(`worker exited with ${code}`)));
        });
        this.outcome.catch(() => undefined); // awaited by load(); no unhandled rejection before
    }

    static start(): VersionWorker | undefined {
        const script = bundledScript('version-worker.cjs');
        if (!script) return undefined;
        try {
            return new VersionWorker(new Worker(script));
        } catch {
            return undefined;
        }
    }

    load(source: VersionSource, locale: string): Promise<LoadedVersion> {
        this.worker.ref();
        const job: VersionJob = { path: source.path, text: source.text, revision: source.revision?.plain(), locale };
        this.worker.postMessage(job);
        return this.outcome;
    }

    stop(): void {
        void this.worker.terminate();
    }
}

/**
 * Whether to load in a thread: `PLAYBOOK_WORKERS=0` or `1` never, `2` or more always; otherwise when
 * both versions are big (an unknown size counts as big when `unknownIsBig`) and a core is spare.
 */
function threadWanted(sizes: readonly (number | undefined)[], env: NodeJS.ProcessEnv, unknownIsBig: boolean): boolean {
    const wanted = threadsAsked(env);
    if (wanted !== undefined) return wanted >= 2;
    const big = sizes.every(s => (s === undefined ? unknownIsBig : s >= PARALLEL_FROM_CHARS));
    // A thread only helps with a core to spare: on a machine whose cores are all busy (load average
    // at or above their number) it adds its start-up and slows the diff down (measured: 4.3 → 5.8 s at load 14 on 2 cores).
    return big && loadavg()[0] <= availableParallelism() - 1;
}

/**
 * A worker for `playbook diff <old> <new>`, started before the diff's code loads: when both
 * arguments are big files, or revisions (whose size is not known yet). `loadBoth` stops it when
 * it is not needed after all.
 */
export function startVersionWorker(args: readonly string[], env: NodeJS.ProcessEnv = process.env): VersionWorker | undefined {
    const sizes = args.map(arg => {
        try {
            return statSync(arg).size;
        } catch {
            return undefined; // REV:PATH, or a missing file (the diff reports it)
        }
    });
    return threadWanted(sizes, env, true) ? VersionWorker.start() : undefined;
}

/**
 * The two versions, in order. `sizes` are their text lengths (when known); `early` a worker
 * started before (stopped here when the sizes do not call for it).
 */
export async function loadBoth(
    loader: VersionLoader, sources: readonly [VersionSource, VersionSource], locale: string,
    sizes: readonly [number | undefined, number | undefined], env: NodeJS.ProcessEnv = process.env, early?: VersionWorker,
): Promise<[LoadedVersion, LoadedVersion]> {
    // PLAYBOOK_STRICT_WORKERS (tests): no quiet fallback to the main thread.
    const strict = !!env.PLAYBOOK_STRICT_WORKERS;
    const wanted = threadWanted(sizes, env, false);
    if (!wanted) early?.stop();
    const worker = wanted ? early ?? VersionWorker.start() : undefined;
    if (!worker && strict && wanted) throw new Error('no worker script');
    if (!worker) return [await loader.load(sources[0]), await loader.load(sources[1])];
    const second = worker.load(sources[1], locale);
    const first = await loader.load(sources[0]);
    try {
        return [first, await second];
    } catch (error) {
        if (strict) throw error;
        return [first, await loader.load(sources[1])];
    }
}
