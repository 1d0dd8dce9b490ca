#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code on this machine (code-server from npm, driven
// by headless Chromium). Installs what it needs (idempotent), builds, runs the extension-host suite
// and the UI checks, prints every result and ends with `N passed, N failed`; exits 1 on a failure.
//
// Environment: PLAYBOOK_E2E_SKIP_INSTALL=1, PLAYBOOK_E2E_NO_BUILD=1, PLAYBOOK_E2E_UI=0 (host suite
// only), PLAYBOOK_E2E_HOST=0 (UI only), PLAYBOOK_E2E_GREP=<pattern>, PLAYBOOK_E2E_KEEP=1 (keep the
// run folders), PLAYBOOK_E2E_SCREENSHOTS=<dir> (write the README screenshots there),
// PLAYBOOK_E2E_TIMEOUT=<seconds per suite>.
import { spawnSync } from 'node:child_process';
import { ROOT, install, log, seconds } from './lib.mjs';

const started = Date.now();
const all = [];
const problems = [];

try {
    const t = Date.now();
    install();
    log(`install checked (${seconds(t)} s)`);
    if (process.env.PLAYBOOK_E2E_NO_BUILD !== '1') {
        const b = Date.now();
        const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
        log(`built (${seconds(b)} s)`);
    }
    if (process.env.PLAYBOOK_E2E_HOST !== '0') {
        const { runHostSuite } = await import('./host.mjs');
        const r = await runHostSuite();
        all.push(...r.results.map(x => ({ ...x, title: `extension host: ${x.title}` })));
        problems.push(...r.problems);
    }
    if (process.env.PLAYBOOK_E2E_UI !== '0') {
        const { runUiChecks } = await import('./ui.mjs');
        const r = await runUiChecks();
        all.push(...r.results.map(x => ({ ...x, title: `UI: ${x.title}` })));
        problems.push(...r.problems);
    }
} catch (err) {
    problems.push(err instanceof Error ? err.stack ?? err.message : String(err));
}

console.log('');
for (const r of all) {
    const mark = r.state === 'passed' ? '✔' : r.state === 'failed' ? '✘' : '-';
    console.log(`  ${mark} ${r.title}${r.duration !== undefined ? ` (${r.duration} ms)` : ''}`);
    if (r.state === 'failed') console.log(`      ${String(r.error).split('\n').slice(0, 12).join('\n      ')}`);
}
for (const p of problems) console.log(`  ! ${p}`);
const passed = all.filter(r => r.state === 'passed').length;
// A run that could not start counts as a failure, so CI never reads it as green.
const failed = all.filter(r => r.state === 'failed').length + (problems.length && !all.some(r => r.state === 'failed') ? 1 : 0);
const skipped = all.filter(r => r.state === 'skipped').length;
console.log(`\ne2e total time ${seconds(started)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// Exit now: nothing is left to wait for (servers and browsers are stopped), whatever handle lingers.
process.exit(failed > 0 || passed === 0 ? 1 : 0);
