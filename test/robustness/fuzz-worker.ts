/**
 * Worker of the in-process fuzz test: builds mutants number `from`, `from + step`, … (each from its
 * own PRNG seeded by the run seed and its number, so any one of them reproduces alone) and reports
 * after every input, so the parent can tell a hang from slowness and stop it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Prng } from '../helpers/prng.js';
import { workbench } from './harness.js';
import { loadSeeds, mutant } from './mutate.js';

export interface FuzzJob {
    seed: number;
    from: number;
    step: number;
    count: number;
}

export interface FuzzReport {
    index: number;
    ms: number;
    seed: string;
    ops: string[];
    problems: { what: string; detail: string }[];
    text?: string;
    files?: Record<string, string>;
}

/** The PRNG of mutant number `index` of a run. */
export function inputPrng(seed: number, index: number): Prng {
    return new Prng((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

async function run(job: FuzzJob): Promise<void> {
    const seeds = loadSeeds();
    let bench = workbench();
    for (let index = job.from; index < job.count; index += job.step) {
        const rnd = inputPrng(job.seed, index);
        const m = mutant(seeds, rnd);
        const t = performance.now();
        // The text generators on every other input, the slow xlsx writers on one in 500 (CI time).
        const r = await bench.check(m.text, m.seed.files, { generate: index % 500 === 0 ? 'all' : index % 2 === 0 });
        const ms = performance.now() - t;
        const report: FuzzReport = { index, ms, seed: m.seed.name, ops: m.ops, problems: r.problems };
        if (r.problems.length > 0) {
            report.text = m.text;
            report.files = m.seed.files;
        }
        parentPort!.postMessage(report);
        // A fresh workspace now and then, so caches cannot grow without bound.
        if (index % 2000 < job.step) bench = workbench();
    }
}

if (parentPort && workerData) {
    run(workerData as FuzzJob).then(
        () => parentPort!.postMessage({ done: true }),
        error => parentPort!.postMessage({ fatal: error instanceof Error ? error.stack : String(error) }),
    );
}
