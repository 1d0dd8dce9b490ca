// The UI checks: what a person sees. Packs the .vsix, installs it into code-server with
// `--install-extension`, starts code-server, opens the workspace in headless Chromium and looks at
// the workbench: squiggles, the Problems panel, the suggest widget, the code lens, the timeline
// preview (rendered in its webview, clicks reveal lines, hostile text stays text). Takes the
// README screenshots on the way.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
    CACHE, CODE_SERVER, ROOT, freePort, launchBrowser, log, makeWorkspace, node24, seconds, startServer, stopGroup, throwaway,
} from './lib.mjs';
import { Workbench } from './workbench.mjs';

const VSIX = path.join(ROOT, 'campaign-playbook.vsix');
const SHOTS = path.join(CACHE, 'screenshots');

function lineNumberIn(file, needle) {
    const i = readFileSync(file, 'utf8').split('\n').findIndex(l => l.includes(needle));
    if (i < 0) throw new Error(`no ${needle} in ${file}`);
    return i + 1;
}

function lineNumber(file, needle) {
    const lines = readFileSync(path.join(ROOT, 'test', 'e2e', 'fixtures', file), 'utf8').split('\n');
    const i = lines.findIndex(l => l.includes(needle));
    if (i < 0) throw new Error(`no ${needle} in ${file}`);
    return i + 1;
}

/**
 * Lets the VS Code server run in zh-cn without a language pack from the marketplace: registers an
 * empty translation of VS Code itself for zh-cn in the server's language-pack cache
 * (languagepacks.json in the user-data folder, what installing a pack writes). So what turns
 * Chinese is exactly what this project translates: the manifest, the client's bundle, the server.
 */
function registerChineseLanguage(userData, dir) {
    mkdirSync(dir, { recursive: true });
    const translations = path.join(dir, 'main.i18n.json');
    writeFileSync(translations, '{"version":"1.0.0","contents":{}}');
    writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
        'zh-cn': {
            hash: 'playbooktests', label: '中文(简体)', translations: { vscode: translations },
            extensions: [{ extensionIdentifier: { id: 'playbook-tests.language-pack-zh-cn' }, version: '0.0.1' }],
        },
    }));
}

export async function runUiChecks() {
    const results = [];
    const problems = [];
    const started = Date.now();
    const { paths, env, cleanup } = throwaway('ui');
    let server;
    let context;
    let page;
    mkdirSync(SHOTS, { recursive: true });
    for (const old of readdirSync(SHOTS)) if (/^failed-|^ui-error/.test(old)) rmSync(path.join(SHOTS, old), { force: true });
    const shot = async name => {
        if (!page) return;
        const file = path.join(SHOTS, name);
        await page.screenshot({ path: file });
        const out = process.env.PLAYBOOK_E2E_SCREENSHOTS;
        if (out) {
            mkdirSync(path.resolve(ROOT, out), { recursive: true });
            const target = path.resolve(ROOT, out, name);
            copyFileSync(file, target);
            // Screenshots in the repository stay small: 256 colours (pngquant, installed with the rest).
            spawnSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=70-95', '--output', target, target], { stdio: 'ignore' });
        }
    };
    const check = async (title, fn) => {
        const t = Date.now();
        try {
            await fn();
            results.push({ title, state: 'passed', duration: Date.now() - t });
        } catch (err) {
            const name = `failed-${results.length + 1}.png`;
            await shot(name).catch(() => undefined);
            results.push({ title, state: 'failed', error: `${err instanceof Error ? err.message : String(err)}\n(screenshot: .cache/e2e/screenshots/${name})` });
        }
    };
    const skipRest = () => results.length > 0 && results.at(-1).state === 'failed';

    try {
        await check('npm run package builds the .vsix (bundles only, no tests, no sources, no node_modules)', async () => {
            const t = Date.now();
            const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
            if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
            const size = statSync(VSIX).size;
            log(`packed ${path.basename(VSIX)}: ${(size / 1024).toFixed(0)} KiB in ${seconds(t)} s`);
            const listing = spawnSync('unzip', ['-Z1', VSIX], { encoding: 'utf8' });
            if (listing.status === 0) {
                const files = listing.stdout.split('\n').filter(Boolean);
                const bad = files.filter(f => /node_modules|\/test\/|\.ts$|\.map$|\/language\//.test(f));
                if (bad.length) throw new Error(`unexpected files in the .vsix: ${bad.join(', ')}`);
                for (const need of ['extension/dist/extension.cjs', 'extension/dist/server.cjs', 'extension/dist/preview.js', 'extension/package.json']) {
                    if (!files.includes(need)) throw new Error(`${need} missing from the .vsix`);
                }
            }
        });
        if (skipRest()) return { results, problems };

        const node = node24();
        const entry = path.join(CODE_SERVER, 'out', 'node', 'entry.js');
        const common = ['--user-data-dir', paths.userData, '--extensions-dir', paths.extensions];
        await check('code-server --install-extension installs the .vsix', async () => {
            const r = spawnSync(node, [entry, ...common, '--install-extension', VSIX], { env, encoding: 'utf8', timeout: 120_000 });
            if (r.status !== 0) throw new Error(`install failed:\n${r.stdout}\n${r.stderr}`);
            const installed = readdirSync(paths.extensions).filter(d => d.startsWith('campaign-playbook.campaign-playbook-'));
            if (!installed.length) throw new Error(`not in ${paths.extensions}: ${readdirSync(paths.extensions).join(', ')}`);
        });
        if (skipRest()) return { results, problems };

        makeWorkspace(paths.workspace, { extra: { examples: path.join(ROOT, 'examples') } });
        /** Starts code-server (display language `locale`) and opens the workspace in Chromium. */
        const session = async (locale, browserLocale, folder = paths.workspace) => {
            const port = await freePort();
            server = await startServer([
                entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--locale', locale,
                '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
                folder,
            ], { env, logFile: path.join(paths.logs, `code-server-${locale}.log`), portPattern: /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/ });
            log(`code-server (${locale}) on port ${port} (${seconds(started)} s)`);
            context = await launchBrowser(path.join(paths.browser, locale), { env, width: 1280, height: 800, locale: browserLocale });
            page = context.pages()[0] ?? await context.newPage();
            const bench = new Workbench(page);
            await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
            await bench.ready();
            return bench;
        };
        const endSession = async () => {
            await context?.close().catch(() => undefined);
            await stopGroup(server?.child);
            context = undefined;
            server = undefined;
            page = undefined;
        };
        let wb = await session('en', 'en-US');

        await check('errors are underlined in broken.playbook', async () => {
            await wb.openFromExplorer('broken.playbook');
            const n = await wb.squiggles('error');
            if (n < 2) throw new Error(`only ${n} error squiggle(s)`);
        });

        await check('the Problems panel lists the diagnostics with their codes', async () => {
            await wb.openProblems();
            const rows = await page.waitForFunction(() => {
                const texts = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map(r => r.textContent ?? '');
                return texts.length >= 3 ? texts : false;
            }, undefined, { timeout: 30_000 }).then(h => h.jsonValue());
            const text = rows.join('\n');
            for (const code of ['invalid-date', 'day-out-of-range', 'linking-error']) {
                if (!text.includes(code)) throw new Error(`${code} not in the Problems panel:\n${text}`);
            }
            // The code links to the rule catalogue in the installed extension's README.
            const links = await page.locator('.markers-panel a[href*="#rule-"], .markers-panel [title*="#rule-"]').evaluateAll(
                els => els.map(e => e.getAttribute('href') || e.getAttribute('title')));
            const readme = links.map(l => /^(?:file:\/\/|vscode-remote:\/\/[^/]+)(\/[^#]*)#rule-/.exec(decodeURI(l ?? ''))?.[1]).find(Boolean);
            if (!readme || !existsSync(readme) || !readFileSync(readme, 'utf8').includes('id="rule-invalid-date"')) {
                throw new Error(`documentation links: ${links.join(', ') || 'none'} (${readme ?? 'no file'})`);
            }
            const status = await wb.problemsStatus();
            if (!/[1-9]/.test(status ?? '')) throw new Error(`status bar problems: ${status}`);
            await wb.closePanel();
        });

        await check('generating from a playbook with errors shows an error notification and writes nothing', async () => {
            await wb.openFromExplorer('broken.playbook');
            await wb.runCommand('Generate SOP Calendar');
            await wb.notification('Could not generate the SOP calendar');
            const written = readdirSync(paths.workspace).filter(f => /^broken.*\.ics$/.test(f));
            if (written.length) throw new Error(`written: ${written.join(', ')}`);
            await wb.dismissNotifications();
        });

        await check('generating shows a notification whose Open button opens the written file', async () => {
            await wb.openFromExplorer('launch.playbook');
            await wb.runCommand('Generate SOP Calendar');
            const toast = await wb.notification('Wrote the SOP calendar');
            await wb.clickNotificationButton(toast, 'Open');
            await page.waitForFunction(() => /\.ics\b/.test(document.querySelector('.tab.active')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 15_000 })
                .catch(async () => { throw new Error(`active tab: ${await wb.activeTabLabel()}`); });
            if (!readdirSync(paths.workspace).some(f => f.endsWith('.ics'))) throw new Error('no .ics next to the playbook');
            await wb.dismissNotifications();
            await wb.closeAllGroups();
        });

        await check('the editor title button opens the timeline preview, which renders phases, marks and the SOP list', async () => {
            await wb.openFromExplorer('launch.playbook');
            await page.locator('.editor-actions [aria-label*="Preview Timeline"]').first().click();
            const frame = await wb.webviewFrame('#chart svg .phase');
            const phases = await frame.locator('svg .phase').count();
            const milestones = await frame.locator('svg .mark.type-milestone').count();
            const checkpoints = await frame.locator('svg .mark.type-checkpoint').count();
            const items = await frame.locator('li.event').count();
            if (phases !== 3 || milestones < 2 || checkpoints < 1 || items < 6) {
                throw new Error(`phases ${phases}, milestones ${milestones}, checkpoints ${checkpoints}, SOP items ${items}`);
            }
            const title = await frame.locator('header h1').textContent();
            if (!title?.includes('春季新品私域首发')) throw new Error(`title: ${title}`);
        });

        await check('clicking an SOP item reveals its line in the editor', async () => {
            const frame = await wb.webviewFrame('li.event');
            await frame.locator('li.event', { hasText: '新品开售' }).first().click();
            const want = lineNumber('launch.playbook', 'step open');
            await page.waitForFunction(n => /Ln (\d+)/.exec(document.querySelector('[id="status.editor.selection"]')?.textContent ?? '')?.[1] === String(n), want, { timeout: 15_000 })
                .catch(async () => { throw new Error(`cursor on line ${await wb.cursorLine()}, expected ${want}`); });
        });

        await check('the suggest widget offers the imported roles after `owner`', async () => {
            await wb.closeAllGroups();
            await wb.openFromExplorer('launch.playbook');
            await wb.hideSideBar();
            await wb.goTo(lineNumber('launch.playbook', 'milestone seeds'));
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('step extra "加一步" day 3 owner ', { delay: 15 });
            await page.keyboard.press('Escape');
            const rows = await wb.suggest();
            const text = rows.join('\n');
            for (const role of ['ops', 'design', 'legal']) if (!text.includes(role)) throw new Error(`${role} not suggested:\n${text}`);
            await page.keyboard.press('Escape');
        });

        await check('the preview shows hostile playbook text as text and runs none of it', async () => {
            await wb.closeAllGroups();
            await wb.openFromExplorer('hostile.playbook');
            await wb.runCommand('Preview Timeline');
            const frame = await wb.webviewFrame('header h1');
            await frame.waitForFunction(() => document.querySelector('header h1')?.textContent?.includes('onerror'), undefined, { timeout: 30_000 });
            const found = await frame.evaluate(() => ({
                h1: document.querySelector('header h1')?.textContent,
                imgs: document.querySelectorAll('img').length,
                iframes: document.querySelectorAll('iframe').length,
                // VS Code adds a script of its own to every webview; the only one with a source is ours.
                scripts: [...document.querySelectorAll('script')].filter(e => e.textContent.includes('pwned') || (e.src && !e.src.endsWith('/dist/preview.js'))).length,
                ours: [...document.querySelectorAll('script[src]')].length,
                svgs: document.querySelectorAll('svg svg').length,
                titles: [...document.querySelectorAll('li.event .title')].map(e => e.textContent),
            }));
            const pwned = await Promise.all(page.frames().map(f => f.evaluate(() => window.pwned ?? null).catch(() => null)));
            if (pwned.some(p => p !== null)) throw new Error(`a playbook string ran as code: ${pwned}`);
            if (found.imgs || found.iframes || found.svgs || found.scripts || found.ours !== 1) throw new Error(`injected elements: ${JSON.stringify(found)}`);
            if (!found.h1.includes('<img src=x onerror=') || !found.titles.some(t => t.includes('<iframe src='))) {
                throw new Error(`text not shown literally: ${JSON.stringify(found)}`);
            }
        });

        await endSession();

        // Chinese: VS Code accepts a display language only from an installed language pack; a
        // minimal one (no translations of VS Code itself) is packed here, so what turns Chinese is
        // exactly what this project translates: the manifest, the client's bundle, the server.
        await check('with VS Code in Chinese: server messages, command titles and the preview are in Chinese', async () => {
            registerChineseLanguage(paths.userData, path.join(paths.dir, 'language-pack'));
            wb = await session('zh-cn', 'zh-CN');
            await wb.openFromExplorer('broken.playbook');
            await wb.squiggles('error');
            await wb.openProblems();
            const rows = await page.waitForFunction(() => {
                const texts = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map(r => r.textContent ?? '');
                return texts.some(t => t.includes('invalid-date')) ? texts : false;
            }, undefined, { timeout: 30_000 }).then(h => h.jsonValue());
            const dateRow = rows.find(t => t.includes('invalid-date'));
            if (!/[\u4e00-\u9fff]/.test(dateRow)) throw new Error(`diagnostic not in Chinese: ${dateRow}`);
            await wb.closePanel();
            await wb.openFromExplorer('launch.playbook');
            await wb.runCommand('预览时间线');
            const frame = await wb.webviewFrame('#chart svg .phase');
            const headings = await frame.locator('h2').allTextContents();
            if (!headings.includes('阶段') || !headings.includes('逐日 SOP')) throw new Error(`preview headings: ${headings.join(', ')}`);
            const allDay = await frame.locator('li.event .time').allTextContents();
            if (!allDay.includes('全天')) throw new Error(`no 全天 in ${allDay.join(', ')}`);
        });

        // The README's screenshots come from a clean workspace (only the examples, which have no
        // problems), so the status bar does not show the test fixtures' errors; one of them in Chinese.
        const clean = `${paths.workspace}-clean`;
        mkdirSync(clean, { recursive: true });
        makeWorkspace(clean, { fixtures: false, extra: { examples: path.join(ROOT, 'examples') } });
        await endSession();
        await check('screenshots in a clean workspace: the timeline preview in Chinese, titles and a legend', async () => {
            wb = await session('zh-cn', 'zh-CN', clean);
            await wb.expandFolder('examples');
            await wb.openFromExplorer('double11.playbook');
            await wb.hideSideBar();
            await wb.runCommand('预览时间线');
            const frame = await wb.webviewFrame('#chart svg .phase');
            // The marks' glyphs, then the tints the chart draws (double11 keeps 10-31 clear: a blackout, 避让日).
            const legend = (await frame.locator('.legend .legend-item').allTextContents()).map(s => s.trim());
            if (legend.join(' ') !== '• SOP 动作 ◆ 里程碑 ■ 物料截止 ▲ 风险检查点 避让日') throw new Error(`legend: ${legend.join(' | ')}`);
            const details = (await frame.locator('li.event dl.details dd').allTextContents()).join('\n');
            if (!details.includes('视觉设计') || /\bdesign\b/.test(details)) throw new Error(`owners are not shown by title: ${details.slice(0, 300)}`);
            await wb.dismissNotifications();
            await page.waitForTimeout(500);
            await shot('preview-zh.png');
        });
        await endSession();
        await check('screenshots in a clean workspace: completion and computed dates, the preview (English)', async () => {
            wb = await session('en', 'en-US', clean);
            await wb.expandFolder('examples');
            await wb.openFromExplorer('double11.playbook');
            await wb.hideSideBar();
            await wb.runCommand('Preview Timeline');
            await wb.webviewFrame('#chart svg .phase');
            await wb.dismissNotifications();
            await page.waitForTimeout(500);
            await shot('preview.png');
            await wb.closeAllGroups();
            await wb.openFromExplorer('double11.playbook');
            await wb.goTo(lineNumberIn(path.join(clean, 'examples', 'double11.playbook'), 'step rules_push'));
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('step faq_post "常见问题汇总" day 9 at 12:00 on fans_group owner ', { delay: 15 });
            await page.keyboard.press('Escape');
            const rows = await wb.suggest();
            if (!rows.join('\n').includes('design')) throw new Error(`roles not suggested: ${rows.join(', ')}`);
            await page.waitForTimeout(300);
            await shot('completion.png');
            await page.keyboard.press('Escape');
        });
    } catch (err) {
        problems.push(`UI run failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        await shot('ui-error.png').catch(() => undefined);
    } finally {
        await context?.close().catch(() => undefined);
        await stopGroup(server?.child);
        if (problems.length || results.some(r => r.state === 'failed')) {
            for (const name of ['code-server-en.log', 'code-server-zh-cn.log']) {
                const logFile = path.join(paths.logs, name);
                if (existsSync(logFile)) problems.push(`${name} (tail):\n    ${readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n    ')}`);
            }
        }
        cleanup();
    }
    log(`UI checks done (${seconds(started)} s)`);
    return { results, problems };
}
