// What a person sees in VS Code's workbench, through Playwright. These selectors are VS Code
// internals (the same in 1.100 and 1.139); keep every one of them in this file.
export class Workbench {
    constructor(page) {
        this.page = page;
    }

    async ready(timeout = 90_000) {
        await this.page.waitForSelector('.monaco-workbench', { timeout });
        await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
    }

    /** Opens a file by clicking it in the explorer (top-level files only). */
    async openFromExplorer(name) {
        await this.showSideBar();
        const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
        await row.waitFor({ timeout: 30_000 });
        await row.click();
        await this.page.waitForSelector(`.tab.active[aria-label^="${name}"], .tab.active[data-resource-name="${name}"]`, { timeout: 30_000 });
        await this.page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    }

    async closeAllGroups() {
        await this.runCommand('Close All Editor Groups');
        await this.page.waitForFunction(() => document.querySelectorAll('.tab').length === 0, undefined, { timeout: 10_000 }).catch(() => undefined);
    }

    /** Hides the primary and the secondary side bar (more room for editors, e.g. for screenshots). */
    async hideSideBar() {
        if (await this.page.locator('.part.sidebar:visible').count()) await this.runCommand('Close Primary Side Bar');
        if (await this.page.locator('.part.auxiliarybar:visible').count()) await this.runCommand('Toggle Secondary Side Bar Visibility');
    }

    async showSideBar() {
        if (await this.page.locator('.part.sidebar:visible').count()) return;
        await this.page.keyboard.press('Control+Shift+E');
        await this.page.waitForSelector('.part.sidebar', { state: 'visible', timeout: 10_000 });
    }

    /** Expands a top-level folder of the explorer. */
    async expandFolder(name) {
        await this.showSideBar();
        const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
        await row.waitFor({ timeout: 30_000 });
        if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }

    /** Opens a file through Quick Open (works for files in sub-folders). */
    async quickOpen(relativePath) {
        await this.page.keyboard.press('Control+P');
        await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await this.page.keyboard.type(relativePath);
        await this.page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15_000 });
        await this.page.keyboard.press('Enter');
        const name = relativePath.split('/').pop();
        await this.page.waitForSelector(`.tab.active[aria-label^="${name}"], .tab.active[data-resource-name="${name}"]`, { timeout: 30_000 });
    }

    async runCommand(title) {
        await this.page.keyboard.press('F1');
        await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await this.page.keyboard.type(title);
        await this.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 15_000 });
        await this.page.keyboard.press('Enter');
    }

    async squiggles(kind = 'error', timeout = 30_000) {
        await this.page.waitForSelector(`.monaco-editor .squiggly-${kind}`, { timeout });
        return this.page.locator(`.monaco-editor .squiggly-${kind}`).count();
    }

    async problemsStatus() {
        return this.page.locator('[id="status.problems"]').first().getAttribute('aria-label');
    }

    async openProblems() {
        await this.page.keyboard.press('Control+Shift+M');
        await this.page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
        return this.page.locator('.markers-panel .monaco-list-row').allTextContents();
    }

    async closePanel() {
        await this.page.keyboard.press('Control+J');
    }

    /** Puts the cursor at a 1-based line and column with Go to Line. */
    async goTo(line, column = 1) {
        await this.page.keyboard.press('Control+G');
        await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await this.page.keyboard.type(`${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.waitForTimeout(200);
    }

    async cursorLine() {
        const text = await this.page.locator('[id="status.editor.selection"]').first().textContent();
        const m = /Ln (\d+)/.exec(text ?? '');
        return m ? Number(m[1]) : undefined;
    }

    async suggest() {
        await this.page.keyboard.press('Control+Space');
        await this.page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 30_000 });
        return this.page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll(rows => rows.map(r => r.getAttribute('aria-label') ?? r.textContent ?? ''));
    }

    async inlayHints() {
        return this.page.locator('.monaco-editor [class*="dyn-rule"], .monaco-editor .inlay-hint, .monaco-editor span[class*="inlay"]').allTextContents();
    }

    /** Waits for a notification toast containing `text`; returns its locator. */
    async notification(text, timeout = 30_000) {
        const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
        await toast.waitFor({ state: 'visible', timeout });
        return toast;
    }

    async clickNotificationButton(toast, label) {
        await toast.locator('.notification-list-item-buttons-container .monaco-button', { hasText: label }).first().click();
    }

    async activeTabLabel() {
        return this.page.locator('.tab.active').first().getAttribute('aria-label');
    }

    async dismissNotifications() {
        await this.page.evaluate(() => {
            for (const b of document.querySelectorAll('.notifications-toasts .codicon-notifications-clear, .notification-toast .codicon-close')) b.click();
        }).catch(() => undefined);
    }

    /** The frame of a webview whose document has `selector` (webviews are nested iframes). */
    async webviewFrame(selector, timeout = 30_000) {
        const deadline = Date.now() + timeout;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                try {
                    if (await frame.$(selector)) return frame;
                } catch { /* detached */ }
            }
            await this.page.waitForTimeout(250);
        }
        throw new Error(`no webview with ${selector}`);
    }
}
