// The extension-host suite: starts the VS Code server bundled in code-server with the smoke-test
// driver, opens the workbench in headless Chromium with a test payload (the repository is the
// extension under development, test/e2e/suite/index.cjs the tests), and collects the results the
// suite writes to a file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
    ROOT, VSCODE_SERVER_MAIN, launchBrowser, log, makeWorkspace, seconds, startServer, stopGroup, throwaway,
} from './lib.mjs';

const TIMEOUT_MS = Number(process.env.PLAYBOOK_E2E_TIMEOUT ?? 300) * 1000;

/** Returns { results: [{title, state, error?}], problems: [string] }. */
export async function runHostSuite() {
    const started = Date.now();
    const { paths, env, cleanup } = throwaway('host');
    const resultsFile = path.join(paths.dir, 'results.json');
    makeWorkspace(paths.workspace);
    const problems = [];
    let server;
    let context;
    try {
        server = await startServer([
            VSCODE_SERVER_MAIN,
            '--host', '127.0.0.1', '--port', '0',
            '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
            '--disable-telemetry', '--disable-workspace-trust',
            '--server-data-dir', paths.serverData, '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions,
        ], {
            env: { ...env, PLAYBOOK_E2E_RESULTS: resultsFile, ...(process.env.PLAYBOOK_E2E_GREP ? { PLAYBOOK_E2E_GREP: process.env.PLAYBOOK_E2E_GREP } : {}) },
            logFile: path.join(paths.logs, 'server.log'),
            portPattern: /listening on (\d+)/i,
        });
        const { port } = server;
        log(`VS Code server on port ${port} (${seconds(started)} s)`);
        const authority = `127.0.0.1:${port}`;
        const payload = [
            ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
            ['extensionTestsPath', `vscode-remote://${authority}${path.join(ROOT, 'test', 'e2e', 'suite', 'index.cjs')}`],
        ];
        const url = `http://${authority}/?folder=${encodeURIComponent(paths.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        context = await launchBrowser(paths.browser, { env });
        const page = context.pages()[0] ?? await context.newPage();
        const consoleLog = [];
        page.on('console', m => consoleLog.push(`[${m.type()}] ${m.text()}`));
        page.on('pageerror', e => consoleLog.push(`[pageerror] ${e.message}`));
        const exitCode = new Promise(resolve => { void page.exposeFunction('codeAutomationExit', code => resolve(code)); });
        await page.goto(url);
        let timer;
        const timeout = new Promise(resolve => { timer = setTimeout(resolve, TIMEOUT_MS, 'timeout'); });
        const code = await Promise.race([exitCode, timeout]);
        clearTimeout(timer);
        writeFileSync(path.join(paths.logs, 'browser-console.log'), consoleLog.join('\n'));
        if (code === 'timeout') {
            const shot = path.join(path.dirname(paths.dir), 'host-timeout.png');
            await page.screenshot({ path: shot }).catch(() => undefined);
            problems.push(`the suite did not finish within ${TIMEOUT_MS / 1000} s (screenshot: ${path.relative(ROOT, shot)})`);
        }
        log(`extension-host suite ended with code ${code} (${seconds(started)} s)`);
    } catch (err) {
        problems.push(`extension-host run failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
        await context?.close().catch(() => undefined);
        await stopGroup(server?.child);
    }
    let results = [];
    if (existsSync(resultsFile)) {
        const data = JSON.parse(readFileSync(resultsFile, 'utf8'));
        results = data.results;
        if (!data.done) problems.push('the suite stopped before it finished');
        if (data.vscode) log(`VS Code ${data.vscode}`);
    } else {
        problems.push('the suite wrote no results (did the extension host start? see the logs)');
    }
    if (problems.length) {
        const consolePath = path.join(paths.logs, 'browser-console.log');
        if (existsSync(consolePath)) {
            const lines = readFileSync(consolePath, 'utf8').split('\n').filter(l => /error|fail|exception/i.test(l)).slice(-25);
            if (lines.length) problems.push(`browser console (errors, last ${lines.length}):\n    ${lines.join('\n    ')}`);
        }
        const serverLog = path.join(paths.logs, 'server.log');
        if (existsSync(serverLog)) problems.push(`server log (tail):\n    ${readFileSync(serverLog, 'utf8').split('\n').slice(-25).join('\n    ')}`);
        if (process.env.PLAYBOOK_E2E_KEEP !== '1') problems.push('(set PLAYBOOK_E2E_KEEP=1 to keep the run folder under .cache/e2e)');
    }
    cleanup();
    return { results, problems };
}
