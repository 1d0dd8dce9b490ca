// Shared pieces of the real-editor test runners: where things are installed, a throwaway home for
// every run, starting code-server's bundled VS Code server (or code-server itself) in its own
// process group, and headless Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CACHE = process.env.PLAYBOOK_E2E_CACHE ? path.resolve(process.env.PLAYBOOK_E2E_CACHE) : path.join(ROOT, '.cache', 'e2e');
export const CODE_SERVER_VERSION = process.env.PLAYBOOK_CODE_SERVER_VERSION ?? '4.139.1';
export const CODE_SERVER = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
export const VSCODE_SERVER_MAIN = path.join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js');

export function log(message) {
    process.stdout.write(`[e2e] ${message}\n`);
}

/** Runs the idempotent installer (Debian packages, Node 24, code-server) unless told not to. */
export function install() {
    if (process.env.PLAYBOOK_E2E_SKIP_INSTALL === '1') return;
    const r = spawnSync('bash', [path.join(ROOT, 'test', 'e2e', 'install-code-server.sh')], { stdio: 'inherit', env: process.env });
    if (r.status !== 0) throw new Error(`install-code-server.sh failed (${r.status ?? r.signal})`);
}

/** The Node 24 binary the installer put into the cache. */
export function node24() {
    const base = path.join(CACHE, 'node24', 'node_modules');
    const stack = [[base, 0]];
    while (stack.length) {
        const [dir, depth] = stack.pop();
        if (!existsSync(dir) || depth > 4) continue;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (!entry.isDirectory()) continue;
            if (/^node-(linux|darwin)-/.test(entry.name) && existsSync(path.join(full, 'bin', 'node'))) return path.join(full, 'bin', 'node');
            stack.push([full, depth + 1]);
        }
    }
    throw new Error(`no Node 24 under ${base}: run test/e2e/install-code-server.sh`);
}

export function chromiumPath() {
    for (const candidate of [process.env.PLAYBOOK_E2E_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
        if (candidate && existsSync(candidate)) return candidate;
    }
    throw new Error('no chromium: run test/e2e/install-code-server.sh');
}

/**
 * A throwaway folder for one run: HOME, XDG folders and TMPDIR of the server point into it, so
 * nothing lands in the user's home or /tmp. Returns its paths and an environment for children.
 */
export function throwaway(label) {
    mkdirSync(CACHE, { recursive: true });
    const dir = mkdtempSync(path.join(CACHE, `run-${label}-`));
    const sub = name => { const p = path.join(dir, name); mkdirSync(p, { recursive: true }); return p; };
    const paths = {
        dir,
        home: sub('home'), config: sub('home/.config'), data: sub('home/.local/share'), cache: sub('home/.cache'), tmp: sub('tmp'),
        serverData: sub('server-data'), userData: sub('user-data'), extensions: sub('extensions'), browser: sub('browser'),
        workspace: sub('workspace'), logs: sub('logs'),
    };
    const env = {
        ...process.env,
        HOME: paths.home, XDG_CONFIG_HOME: paths.config, XDG_DATA_HOME: paths.data, XDG_CACHE_HOME: paths.cache,
        TMPDIR: paths.tmp, TMP: paths.tmp, TEMP: paths.tmp,
        EXTENSIONS_GALLERY: '{}',
        VSCODE_CLI_DISABLE_KEYCHAIN_ENCRYPT: '1',
        DONT_PROMPT_WSL_INSTALL: '1',
    };
    // npm's own variables (npm_config_*, npm_lifecycle_*) would leak the outer npm run into the server.
    for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
    return { paths, env, cleanup: () => { if (process.env.PLAYBOOK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true }); } };
}

/** Copies the test fixtures (and whatever `extra` names) into the workspace, with its settings. */
export function makeWorkspace(workspace, { extra = {}, settings = {}, fixtures: withFixtures = true } = {}) {
    const fixtures = path.join(ROOT, 'test', 'e2e', 'fixtures');
    if (withFixtures) for (const name of readdirSync(fixtures)) cpSync(path.join(fixtures, name), path.join(workspace, name));
    for (const [name, source] of Object.entries(extra)) {
        if (existsSync(source)) cpSync(source, path.join(workspace, name), { recursive: true });
    }
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'git.enabled': false,
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.layoutControl.enabled': false,
        ...settings,
    }, null, 2));
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/**
 * Starts `args` under Node 24 in its own process group, logging to `logFile`; resolves with the
 * child and the port once a line of its output matches `portPattern`.
 */
export function startServer(args, { env, logFile, portPattern, timeout = 120_000 }) {
    const node = node24();
    const out = createWriteStream(logFile);
    const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
        let buffered = '';
        const timer = setTimeout(() => fail(new Error(`the server printed no port within ${timeout / 1000} s (log: ${logFile})`)), timeout);
        const fail = err => { clearTimeout(timer); stopGroup(child); reject(err); };
        const onData = chunk => {
            out.write(chunk);
            buffered += chunk.toString();
            const m = portPattern.exec(buffered);
            if (m) {
                clearTimeout(timer);
                buffered = '';
                resolve({ child, port: Number(m[1]) });
            }
            if (buffered.length > 100_000) buffered = buffered.slice(-10_000);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', code => fail(new Error(`the server exited (${code}) before it listened (log: ${logFile})`)));
        child.once('error', fail);
    });
}

/** Ends a child started with startServer, and everything it started, by its process group. */
export async function stopGroup(child) {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise(r => child.once('exit', r));
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    let handle;
    const timer = new Promise(r => { handle = setTimeout(r, 5000, 'timeout'); });
    const outcome = await Promise.race([gone, timer]);
    clearTimeout(handle);
    if (outcome === 'timeout') {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
}

export const CHROMIUM_ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage', '--lang=en-US',
];

/** Headless Chromium with a fresh profile in the throwaway folder. */
export async function launchBrowser(profileDir, { width = 1400, height = 900, env, locale = 'en-US' } = {}) {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS.map(a => (a.startsWith('--lang=') ? `--lang=${locale}` : a)),
        viewport: { width, height },
        locale,
        env,
    });
    return context;
}

export function seconds(since) {
    return ((Date.now() - since) / 1000).toFixed(1);
}

export function newer(file, than) {
    return existsSync(file) && existsSync(than) && statSync(file).mtimeMs >= statSync(than).mtimeMs;
}
