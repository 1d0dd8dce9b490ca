#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suite as test/e2e (test/e2e/suite/index.cjs) in a
// desktop VS Code downloaded by @vscode/test-electron — for machines that can reach VS Code's
// download site. Where the download fails (these build machines reach only the npm registry and
// Debian), it says so in one line and exits 0: `npm run test:e2e` is the suite that runs there.
// On Linux without a display, run it under xvfb-run.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = path.join(ROOT, '.vscode-test');
const version = process.env.PLAYBOOK_VSCODE_VERSION ?? 'stable';

let executable;
try {
    executable = await downloadAndUnzipVSCode({ version, cachePath: CACHE, timeout: 30_000 });
} catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    console.log(`test:electron skipped: could not download VS Code ${version} (${reason}). Run \`npm run test:e2e\` for the same suite in code-server.`);
    process.exit(0);
}

mkdirSync(CACHE, { recursive: true });
const run = mkdtempSync(path.join(CACHE, 'run-'));
const workspace = path.join(run, 'workspace');
mkdirSync(workspace, { recursive: true });
const fixtures = path.join(ROOT, 'test', 'e2e', 'fixtures');
for (const name of readdirSync(fixtures)) cpSync(path.join(fixtures, name), path.join(workspace, name));
const resultsFile = path.join(run, 'results.json');

let code = 0;
try {
    code = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(ROOT, 'test', 'e2e', 'suite', 'index.cjs'),
        extensionTestsEnv: { PLAYBOOK_E2E_RESULTS: resultsFile, ...(process.env.PLAYBOOK_E2E_GREP ? { PLAYBOOK_E2E_GREP: process.env.PLAYBOOK_E2E_GREP } : {}) },
        launchArgs: [
            workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
            '--disable-telemetry', `--user-data-dir=${path.join(run, 'user-data')}`,
        ],
    });
} catch (err) {
    console.log(`VS Code ended with an error: ${err instanceof Error ? err.message : String(err)}`);
    code = 1;
}

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
    const data = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const r of data.results) {
        console.log(`  ${r.state === 'passed' ? '✔' : r.state === 'failed' ? '✘' : '-'} ${r.title}`);
        if (r.state === 'failed') console.log(`      ${String(r.error).split('\n').slice(0, 10).join('\n      ')}`);
    }
    passed = data.passed;
    failed = data.failed;
} else {
    failed = 1;
    console.log('  the suite wrote no results');
}
if (process.env.PLAYBOOK_E2E_KEEP !== '1') rmSync(run, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = code !== 0 || failed > 0 ? 1 : 0;
