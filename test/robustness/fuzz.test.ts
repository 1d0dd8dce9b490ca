/**
 * In-process fuzzing: 10,000 mutated playbooks per run (PLAYBOOK_FUZZ_COUNT to change), built in
 * worker threads through parse, link, validation (PLAYBOOK_STRICT_RULES=1: a throwing rule fails),
 * the schedule model and every generator. No exception, no rule failure, no malformed diagnostic,
 * no input over a generous time bound, no hang (a worker silent for too long is stopped).
 * The run seed is printed; PLAYBOOK_FUZZ_SEED=<seed> reproduces a run, and a failing input is
 * written to a temporary folder with its seed, number and mutations.
 * A few mutants also go through the CLI (validate, calendar), which must not print a stack trace.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Prng, seedFromEnv } from '../helpers/prng.js';
import type { FuzzJob, FuzzReport } from './fuzz-worker.js';
import { inputPrng } from './fuzz-worker.js';
import { hasStackTrace, runCli } from './harness.js';
import { loadSeeds, mutant } from './mutate.js';

const SEED = seedFromEnv();
const COUNT = Number(process.env.PLAYBOOK_FUZZ_COUNT ?? 10_000);
/** A single input taking longer than this is a failure (a hang or a super-linear path). */
const PER_INPUT_MS = 15_000;
/** A worker that reports nothing for this long is stopped: something hangs. */
const SILENCE_MS = 60_000;

function save(report: FuzzReport): string {
    const dir = mkdtempSync(join(tmpdir(), `playbook-fuzz-${SEED}-${report.index}-`));
    for (const [path, text] of Object.entries(report.files ?? {})) writeFileSync(join(dir, path), text);
    if (report.text !== undefined) writeFileSync(join(dir, 'main.playbook'), report.text);
    writeFileSync(join(dir, 'README.txt'), `PLAYBOOK_FUZZ_SEED=${SEED}, input ${report.index}, seed file ${report.seed}\nmutations:\n${report.ops.join('\n')}\n\n${JSON.stringify(report.problems, null, 2)}\n`);
    return dir;
}

describe('robustness: in-process fuzzing of mutated playbooks', function () {
    this.timeout(30 * 60_000);

    it(`builds, validates, models and generates ${COUNT} mutants without a failure`, async () => {
        process.stdout.write(`      fuzz seed ${SEED} (PLAYBOOK_FUZZ_SEED=${SEED} reproduces), ${COUNT} inputs\n`);
        const workers = Math.max(1, Math.min(4, availableParallelism()));
        const failures: FuzzReport[] = [];
        let done = 0;
        let slowest = { ms: 0, index: -1 };
        const started = performance.now();
        await Promise.all(Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
            const job: FuzzJob = { seed: SEED, from: w, step: workers, count: COUNT };
            const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), { workerData: job });
            let last = { index: -1, at: performance.now() };
            const watchdog = setInterval(() => {
                if (performance.now() - last.at > SILENCE_MS) {
                    clearInterval(watchdog);
                    void worker.terminate();
                    reject(new Error(`fuzz worker ${w} silent for ${SILENCE_MS} ms after input ${last.index}: a hang (PLAYBOOK_FUZZ_SEED=${SEED}, next input ${last.index + workers})`));
                }
            }, 1000);
            worker.on('message', (msg: FuzzReport | { done: true } | { fatal: string }) => {
                if ('done' in msg) {
                    clearInterval(watchdog);
                    void worker.terminate().then(() => resolve());
                    return;
                }
                if ('fatal' in msg) {
                    clearInterval(watchdog);
                    void worker.terminate();
                    reject(new Error(`fuzz worker ${w} failed: ${msg.fatal}`));
                    return;
                }
                done++;
                last = { index: msg.index, at: performance.now() };
                if (msg.ms > slowest.ms) slowest = { ms: msg.ms, index: msg.index };
                if (msg.ms > PER_INPUT_MS) msg.problems.push({ what: 'too slow', detail: `${Math.round(msg.ms)} ms` });
                if (msg.problems.length > 0) failures.push(msg);
            });
            worker.on('error', error => {
                clearInterval(watchdog);
                reject(error);
            });
        })));
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`      ${done} inputs in ${seconds.toFixed(1)} s on ${workers} workers; slowest input ${slowest.index} (${Math.round(slowest.ms)} ms)\n`);
        if (failures.length > 0) {
            const shown = failures.slice(0, 5).map(f => `input ${f.index} (seed file ${f.seed}; ${f.ops.join('; ')}) → saved in ${save(f)}\n  ${f.problems.map(p => `${p.what}: ${p.detail.split('\n').slice(0, 6).join('\n    ')}`).join('\n  ')}`);
            assert.fail(`${failures.length} of ${done} fuzz inputs failed (PLAYBOOK_FUZZ_SEED=${SEED}):\n${shown.join('\n')}`);
        }
        assert.equal(done, COUNT);
    });

    it('the CLI survives mutants too: validate and calendar exit 0 or 1 (calendar 2 on a file without a playbook), never with a stack trace', function () {
        const seeds = loadSeeds();
        const dir = mkdtempSync(join(tmpdir(), `playbook-fuzz-cli-${SEED}-`));
        const rnd = new Prng(SEED);
        const paths: string[] = [];
        for (let i = 0; i < 24; i++) {
            const m = mutant(seeds, inputPrng(SEED ^ 0x5bd1e995, rnd.int(0, 1 << 30)));
            const sub = join(dir, `m${i}`);
            mkdirSync(sub);
            for (const [path, text] of Object.entries(m.seed.files)) writeFileSync(join(sub, path), text);
            writeFileSync(join(sub, 'main.playbook'), m.text);
            paths.push(join(sub, 'main.playbook'));
        }
        const validate = runCli(['validate', ...paths, '--format', 'json'], { timeoutMs: 120_000 });
        assert.equal(validate.signal, null, 'validate was killed (hang?)');
        assert.ok(validate.status === 0 || validate.status === 1, `validate exit ${validate.status}: ${validate.stderr.slice(0, 2000)}`);
        assert.ok(!hasStackTrace(validate.stderr + validate.stdout), validate.stderr.slice(0, 2000));
        JSON.parse(validate.stdout);
        const help = runCli(['--help']).stdout;
        if (/^\s+calendar\b/m.test(help)) {
            for (const path of paths.slice(0, 8)) {
                const r = runCli(['calendar', path, '--format', 'ics', '--output', `${path}.ics`], { timeoutMs: 60_000 });
                assert.equal(r.signal, null, `calendar killed on ${path}`);
                // Exit 2 only for the documented usage errors: a library, or a file with no playbook in it.
                assert.ok(r.status === 0 || r.status === 1 || (r.status === 2 && /not a playbook|contains no playbook/.test(r.stderr)), `calendar exit ${r.status} on ${path} (kept in ${dir}): ${r.stderr.slice(0, 2000)}`);
                assert.ok(!hasStackTrace(r.stderr + r.stdout), r.stderr.slice(0, 2000));
            }
        }
    });
});
