/**
 * Bench figures of `playbook diff` and `playbook review` (REVIEW.md targets: diff of two 5,000-line
 * playbooks ≤ 1 s after start-up; review of a 1,000,000-row actuals file ≤ 5 s, memory bounded by
 * the distinct users of `unique` KPIs). The inputs are generated here, into a temporary folder.
 * Part of `npm run bench` (bench.ts); alone: `node --import tsx test/bench/bench-review.ts [--rows N]`.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffSnapshots } from '../../language/review/diff.js';
import { VersionLoader } from '../../language/review/versions.js';
import { NODE, ROOT } from '../helpers/lsp-client.js';
import { Prng } from '../helpers/prng.js';
import { REVIEW_PLAYBOOK } from '../review/actuals-gen.js';
import { LIBRARY_FILE, LIBRARY_TEXT, generatePlaybook } from './generate.js';

const CLI = join(ROOT, 'bin', 'playbook.cjs');

export interface Figures { n: number; min: number; median: number; max: number }

function figures(samples: number[]): Figures {
    const s = [...samples].sort((a, b) => a - b);
    const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    const r = (x: number) => Math.round(x);
    return { n: s.length, min: r(s[0]), median: r(median), max: r(s[s.length - 1]) };
}

/** Runs the CLI, with its peak RSS (a preload reports process.resourceUsage at exit). */
function timeCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { ms: number; status: number | null; maxRssMiB: number; cpuMs: number } {
    const preload = join(cwd, 'maxrss.cjs');
    writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nMAXRSS ${u.maxRSS} CPU ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
    const t = performance.now();
    const r = spawnSync(NODE, ['--require', preload, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
    const ms = performance.now() - t;
    const kib = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0);
    // CPU time (user + system) too: on a machine shared with other work, wall time measures the queue.
    const cpuMs = Math.round(Number(/CPU (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1000);
    return { ms, status: r.status, maxRssMiB: Math.round(kib / 1024), cpuMs };
}

/** Version 2 of a generated playbook: a later start (every event moves), steps retimed, a property dropped. */
function editedVersion(text: string): string {
    let out = text.replace(/start (\d{4})-(\d{2})-(\d{2})/, (_m, y, mo, d) => `start ${y}-${mo}-${String(Math.min(28, Number(d) + 3)).padStart(2, '0')}`);
    let n = 0;
    out = out.replace(/at (\d{2}):00/g, (m, h) => (n++ % 7 === 0 ? `at ${h}:30` : m));
    return out;
}

/** Writes `rows` event rows (≈ 80 bytes each) for REVIEW_PLAYBOOK, streamed to disk. */
async function writeActuals(path: string, rows: number, users: number): Promise<void> {
    const rnd = new Prng(42);
    const out = createWriteStream(path);
    const start = Date.UTC(2026, 9, 11, 16); // 2026-10-12 00:00 +08:00
    const span = 12 * 86_400_000;
    let chunk = 'event,time,user,source,inviter,level,amount,vip,page\n';
    for (let i = 0; i < rows; i++) {
        const t = new Date(start - 86_400_000 + Math.floor(rnd.next() * span)).toISOString().slice(0, 19) + 'Z';
        const user = `user_${rnd.int(1, users)}`;
        const k = rnd.int(0, 9);
        chunk += k <= 4 ? `group_join,${t},${user},${rnd.pick(['poster', 'live'])},user_${rnd.int(1, users)},${rnd.int(1, 5)},,,/landing/spring\n`
            : k <= 7 ? `paid,${t},${user},,,,${rnd.int(1, 500)}.${rnd.int(0, 99)},${rnd.pick(['true', 'false'])},/checkout/confirm\n`
            : k === 8 ? `refund,${t},${user},,,,,,/orders/refund/apply\n`
            : `page_view,${t},${user},,,,,,/home/campaign/banner\n`;
        if (chunk.length > 1 << 20) {
            if (!out.write(chunk)) await new Promise<void>(r => out.once('drain', () => r()));
            chunk = '';
        }
    }
    out.end(chunk);
    await new Promise<void>(r => out.on('finish', () => r()));
}

export async function reviewBench(log: (line: string) => void, options: { rows?: number; lines?: number; reps?: number } = {}): Promise<Record<string, unknown>> {
    const rows = options.rows ?? 1_000_000;
    const lines = options.lines ?? 5000;
    const reps = options.reps ?? 5;
    const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-review-'));
    try {
        // ---- diff of two 5,000-line playbooks
        const v1 = generatePlaybook(lines).text;
        writeFileSync(join(dir, LIBRARY_FILE), LIBRARY_TEXT);
        writeFileSync(join(dir, 'v1.playbook'), v1);
        writeFileSync(join(dir, 'v2.playbook'), editedVersion(v1));
        const loader = new VersionLoader('en');
        const inProcess: number[] = [];
        let summary = '';
        for (let i = 0; i < reps + 1; i++) {
            const t = performance.now();
            const a = await loader.load({ path: join(dir, 'v1.playbook') });
            const b = await loader.load({ path: join(dir, 'v2.playbook') });
            if (a.kind !== 'playbook' || b.kind !== 'playbook') throw new Error(`bench playbooks do not load: ${a.kind}, ${b.kind}`);
            const d = diffSnapshots(a.snapshot, b.snapshot);
            if (i > 0) inProcess.push(performance.now() - t); // the first builds the parser (start-up)
            summary = JSON.stringify(d.summary);
        }
        const startupRuns = Array.from({ length: 3 }, () => timeCli(['--version'], dir));
        const startup = figures(startupRuns.map(r => r.ms));
        const startupCpu = figures(startupRuns.map(r => r.cpuMs));
        const cli = Array.from({ length: reps }, () => timeCli(['diff', 'v1.playbook', 'v2.playbook', '--format', 'json'], dir));
        const diffCli = figures(cli.map(c => c.ms));
        const diffCpu = figures(cli.map(c => c.cpuMs));
        // Both versions on the main thread (no worker): what a machine without a free core gets.
        const sequential = Array.from({ length: reps }, () => timeCli(['diff', 'v1.playbook', 'v2.playbook', '--format', 'json'], dir, { PLAYBOOK_WORKERS: '0' }));
        const seqCli = figures(sequential.map(c => c.ms));
        const seqCpu = figures(sequential.map(c => c.cpuMs));
        const diffFigures = {
            lines, summary: JSON.parse(summary), inProcess: figures(inProcess), cli: diffCli, afterStartup: diffCli.median - startup.median,
            cpu: diffCpu, cpuAfterStartup: diffCpu.median - startupCpu.median, exit: cli[0].status,
            sequential: { cli: seqCli, afterStartup: seqCli.median - startup.median, cpu: seqCpu, cpuAfterStartup: seqCpu.median - startupCpu.median },
        };
        log(`  diff ${lines}-line versions  in process ${diffFigures.inProcess.median} ms (min ${diffFigures.inProcess.min}); CLI ${diffCli.median} ms, after start-up ${diffFigures.afterStartup} ms; CPU after start-up ${diffFigures.cpuAfterStartup} ms; one thread: after start-up ${diffFigures.sequential.afterStartup} ms, CPU ${diffFigures.sequential.cpuAfterStartup} ms (${summary})`);

        // ---- review of a 1,000,000-row actuals file
        writeFileSync(join(dir, 'shop.playbook'), REVIEW_PLAYBOOK);
        const csv = join(dir, 'events.csv');
        // The same distinct users in both files: memory should follow the users, not the rows.
        const users = 50_000;
        await writeActuals(csv, rows, users);
        const size = statSync(csv).size;
        const runs = Array.from({ length: Math.max(2, Math.ceil(reps / 2)) }, () => timeCli(['review', 'shop.playbook', '--actuals', 'events.csv', '--format', 'json', '-o', 'review.json'], dir));
        const reviewCli = figures(runs.map(r => r.ms));
        const smaller = Math.floor(rows / 10);
        await writeActuals(join(dir, 'small.csv'), smaller, users);
        const small = timeCli(['review', 'shop.playbook', '--actuals', 'small.csv', '--format', 'json', '-o', 'small.json'], dir);
        const reviewCpu = figures(runs.map(r => r.cpuMs));
        const reviewFigures = {
            rows, megabytes: Math.round(size / 1e5) / 10, cli: reviewCli, afterStartup: reviewCli.median - startup.median,
            cpu: reviewCpu, cpuAfterStartup: reviewCpu.median - startupCpu.median,
            peakRssMiB: runs.reduce((m, r) => Math.max(m, r.maxRssMiB), 0), peakRssMiBTenthRows: small.maxRssMiB, exit: runs[0].status,
        };
        log(`  review ${rows} rows (${reviewFigures.megabytes} MB)  CLI ${reviewCli.median} ms (min ${reviewCli.min}), after start-up ${reviewFigures.afterStartup} ms; CPU after start-up ${reviewFigures.cpuAfterStartup} ms; peak RSS ${reviewFigures.peakRssMiB} MiB (${small.maxRssMiB} MiB at ${smaller} rows; ${users} users in both)`);
        return { startup, startupCpu, diff: diffFigures, review: reviewFigures };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (process.argv[1] && /bench-review\.ts$/.test(process.argv[1])) {
    const arg = (name: string) => {
        const i = process.argv.indexOf(`--${name}`);
        return i >= 0 ? Number(process.argv[i + 1]) : undefined;
    };
    reviewBench(line => process.stdout.write(`${line}\n`), { rows: arg('rows'), lines: arg('lines'), reps: arg('reps') })
        .then(r => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
        .catch(error => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exitCode = 1; });
}
