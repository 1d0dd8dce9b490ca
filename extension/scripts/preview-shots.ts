/**
 * Screenshots of the timeline preview for the docs: the language server (dist/server.cjs, over
 * stdio) answers `playbook.server.timeline` for an example, and headless Chromium renders the
 * webview's real HTML shell (extension/src/preview-html.ts), script (dist/preview.js) and
 * stylesheet with a VS Code light theme's colours, the labels from the extension's l10n bundles.
 *
 *   npm run build && node --import tsx extension/scripts/preview-shots.ts [out-dir]
 *
 * Writes preview-runs-zh.png (a weekly Chinese playbook, rows per run) and preview-runs.png (a
 * monthly one, in English) to out-dir (default docs/images), reduced to 256 colours when
 * `pngquant` is installed. Chromium: `CHROMIUM` or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Timeline } from '../../language/protocol/contract.js';
import { LspSession, ROOT } from '../../test/helpers/lsp-client.js';
import { buildPreviewHtml, makeNonce } from '../src/preview-html.js';
import { previewLabels } from '../src/preview-labels.js';

export interface Shot {
    file: string; playbook: string; locale: 'en' | 'zh-CN'; width: number; height: number; fullPage?: boolean;
    /** Press *show all runs* first. */
    allRuns?: boolean;
}

const SHOTS: Shot[] = [
    { file: 'preview-runs-zh.png', playbook: 'live-show.zh.playbook', locale: 'zh-CN', width: 980, height: 760 },
    { file: 'preview-runs.png', playbook: 'member-day.playbook', locale: 'en', width: 980, height: 620 },
];

/** Colours of VS Code's default light theme (Light Modern) that the stylesheet reads. */
const THEME: Record<string, string> = {
    '--vscode-font-family': '-apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", "WenQuanYi Micro Hei", sans-serif',
    '--vscode-font-size': '13px',
    '--vscode-foreground': '#3b3b3b',
    '--vscode-editor-background': '#ffffff',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-panel-border': '#e5e5e5',
    '--vscode-editorWidget-background': '#f8f8f8',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-red': '#e51400',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-green': '#388a34',
    '--vscode-charts-purple': '#652d90',
    '--vscode-badge-background': '#cccccc',
    '--vscode-badge-foreground': '#3b3b3b',
    '--vscode-list-hoverBackground': '#f2f2f2',
    '--vscode-focusBorder': '#005fb8',
    '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b',
    '--vscode-button-secondaryHoverBackground': '#cccccc',
    '--vscode-button-border': '#0000001a',
};

function translator(locale: Shot['locale']) {
    const bundle: Record<string, string> = locale === 'zh-CN'
        ? JSON.parse(readFileSync(join(ROOT, 'extension', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>
        : {};
    return (message: string, ...args: string[]) => (bundle[message] ?? message).replace(/\{(\d+)\}/g, (w, i: string) => args[Number(i)] ?? w);
}

async function timelineOf(shot: Shot, examples: string): Promise<Timeline> {
    const session = await LspSession.start({ workspace: examples, locale: shot.locale });
    try {
        const uri = pathToFileURL(join(examples, shot.playbook)).href;
        session.open(uri, readFileSync(join(examples, shot.playbook), 'utf8'));
        await session.waitForDiagnostics(uri);
        const answer = await session.request<{ ok: boolean; message?: string; timeline?: Timeline }>('workspace/executeCommand', {
            command: 'playbook.server.timeline', arguments: [{ uri }],
        });
        if (!answer.ok || !answer.timeline) throw new Error(`${shot.playbook}: ${answer.message}`);
        return answer.timeline;
    } finally {
        await session.stop();
    }
}

/** Takes the shots of playbooks in `workspace` into `out`. */
export async function takeShots(shots: readonly Shot[], out: string, workspace = join(ROOT, 'examples')): Promise<void> {
    mkdirSync(out, { recursive: true });
    const files: Record<string, { type: string; body: Buffer }> = {
        '/preview.js': { type: 'text/javascript', body: readFileSync(join(ROOT, 'dist', 'preview.js')) },
        '/preview.css': { type: 'text/css', body: readFileSync(join(ROOT, 'extension', 'media', 'preview.css')) },
    };
    let page = '';
    const server = createServer((req, res) => {
        const f = req.url === '/' ? { type: 'text/html; charset=utf-8', body: Buffer.from(page) } : files[req.url ?? ''];
        if (!f) { res.writeHead(404).end(); return; } // the favicon
        res.writeHead(200, { 'content-type': f.type }).end(f.body);
    });
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        for (const shot of shots) {
            const timeline = await timelineOf(shot, workspace);
            page = buildPreviewHtml({
                cspSource: origin, nonce: makeNonce(), scriptUri: `${origin}/preview.js`, styleUri: `${origin}/preview.css`,
                lang: shot.locale.toLowerCase(), title: timeline.title, loadingText: '…',
            });
            const tab = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
            const problems: string[] = [];
            tab.on('pageerror', e => problems.push(String(e)));
            tab.on('console', m => { if (m.type() === 'error' && !/404/.test(m.text())) problems.push(m.text()); });
            // The webview API VS Code injects: the script posts `ready` and `rendered` to it. (Page scripts
            // are strings: tsx would wrap functions in a helper the page does not have.)
            await tab.addInitScript(`window.posted = [];
                window.acquireVsCodeApi = () => ({ postMessage: m => window.posted.push(m), getState: () => undefined, setState: () => undefined });`);
            await tab.goto(`${origin}/`);
            const labels = previewLabels({ t: translator(shot.locale) });
            const message = { type: 'timeline', timeline, labels, lang: shot.locale.toLowerCase() };
            await tab.evaluate(`for (const [k, v] of Object.entries(${JSON.stringify(THEME)})) document.documentElement.style.setProperty(k, v);
                window.postMessage(${JSON.stringify(message)}, '*');`);
            await tab.waitForFunction('window.posted.some(m => m.type === "rendered")', undefined, { timeout: 20_000 })
                .catch(async (err: unknown) => {
                    const body = await tab.evaluate('document.body.innerText.slice(0, 500)');
                    throw new Error(`${shot.file}: not rendered (${String(err)})\n${problems.join('\n')}\n${String(body)}`);
                });
            if (shot.allRuns) {
                await tab.click('.runs-toggle button');
                await tab.waitForFunction('window.posted.filter(m => m.type === "rendered").length >= 2');
            }
            if (problems.length) throw new Error(`${shot.file}: ${problems.join('\n')}`);
            const rows = await tab.locator('svg .run-row').count();
            const file = join(out, shot.file);
            await tab.screenshot({ path: file, fullPage: shot.fullPage === true });
            await tab.close();
            if (existsSync('/usr/bin/pngquant') || process.env.PNGQUANT) {
                execFileSync(process.env.PNGQUANT || 'pngquant', ['--force', '--skip-if-larger', '--output', file, '256', file]);
            }
            console.log(`${file}: ${timeline.runs.length} runs (${rows} rows drawn), ${timeline.events.length} events`);
        }
    } finally {
        await browser.close();
        server.close();
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    takeShots(SHOTS, resolve(process.argv[2] ?? join(ROOT, 'docs', 'images'))).catch(err => { console.error(err); process.exitCode = 1; });
}
