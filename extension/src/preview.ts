/**
 * The timeline preview: a webview beside the editor that shows what the server's
 * `playbook.server.timeline` command answers, refreshed (debounced) as the playbook is edited.
 * Clicking an item in the webview reveals its line in the editor.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { buildPreviewHtml, makeNonce } from './preview-html.js';
import { previewLabels } from './preview-labels.js';
import { unexpectedAnswer } from './commands.js';
import { TIMELINE_COMMAND, type TimelineResult, asTimelineResult } from '../../language/protocol/contract.js';

/** Lines in the server's timeline are 0-based, as in LSP (language/lsp/commands.ts). */
export const TIMELINE_LINE_BASE = 0;
const REFRESH_DELAY_MS = 300;
export const VIEW_TYPE = 'playbook.timelinePreview';

/** What a preview last showed (for the tests and the status of the panel). */
export interface PreviewState {
    uri: string;
    /** Answers received from the server and sent to the webview. */
    updates: number;
    /** Renders the webview reported back (proves its script ran under the CSP). */
    rendered: number;
    phases: number;
    events: number;
    /** The message of the last failed update, or undefined after a good one. */
    error: string | undefined;
    /** The line (0-based) last revealed from a click. */
    revealedLine: number | undefined;
    visible: boolean;
}

function labels() {
    return previewLabels({ t: (message, ...args) => vscode.l10n.t(message, ...args) });
}

class PreviewPanel implements vscode.Disposable {
    readonly state: PreviewState;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requested = 0;
    private applied = 0;
    private disposed = false;
    private readonly disposables: vscode.Disposable[] = [];
    /** A git revision to compare with (moved and new events are marked by the server), or none. */
    compareWith: string | undefined;

    constructor(
        readonly uri: vscode.Uri,
        readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly client: () => Promise<LanguageClient>,
        private readonly onDispose: () => void,
    ) {
        this.state = { uri: uri.toString(), updates: 0, rendered: 0, phases: 0, events: 0, error: undefined, revealedLine: undefined, visible: true };
        const webview = panel.webview;
        webview.options = {
            enableScripts: true,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'extension', 'media')],
        };
        webview.html = buildPreviewHtml({
            cspSource: webview.cspSource,
            nonce: makeNonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'extension', 'media', 'preview.css')).toString(),
            lang: vscode.env.language,
            title: panel.title,
            loadingText: vscode.l10n.t('Loading the timeline…'),
        });
        this.disposables.push(
            webview.onDidReceiveMessage(message => this.onMessage(message)),
            panel.onDidChangeViewState(() => { this.state.visible = panel.visible; }),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    /** Asks the server again after a short pause (coalesces keystrokes). */
    scheduleRefresh(delay = REFRESH_DELAY_MS): void {
        if (this.disposed) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    async refresh(): Promise<void> {
        if (this.disposed) return;
        const ticket = ++this.requested;
        let result: TimelineResult;
        try {
            const client = await this.client();
            const raw = await client.sendRequest(ExecuteCommandRequest.type, {
                command: TIMELINE_COMMAND,
                arguments: [{ uri: this.uri.toString(), ...(this.compareWith ? { compareWith: this.compareWith } : {}) }],
            });
            result = asTimelineResult(raw, unexpectedAnswer);
        } catch (err) {
            result = { ok: false, message: err instanceof Error ? err.message : String(err) };
        }
        // A slower, older answer never overwrites a newer one.
        if (this.disposed || ticket < this.applied) return;
        this.applied = ticket;
        this.state.updates++;
        if (result.ok) {
            this.state.error = undefined;
            this.state.phases = result.timeline.phases.length;
            this.state.events = result.timeline.events.length;
            await this.panel.webview.postMessage({ type: 'timeline', timeline: result.timeline, labels: labels(), lang: vscode.env.language });
        } else {
            this.state.error = result.message;
            await this.panel.webview.postMessage({ type: 'error', message: result.message, labels: labels() });
        }
    }

    async onMessage(message: unknown): Promise<void> {
        if (!message || typeof message !== 'object') return;
        const m = message as { type?: unknown; line?: unknown };
        if (m.type === 'ready') {
            await this.refresh();
        } else if (m.type === 'rendered') {
            this.state.rendered++;
        } else if (m.type === 'reveal' && typeof m.line === 'number' && Number.isFinite(m.line)) {
            await this.reveal(Math.max(0, Math.floor(m.line) - TIMELINE_LINE_BASE));
        }
    }

    /** Shows the playbook with the cursor at the start of `line` (0-based). */
    async reveal(line: number): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.uri);
        const target = Math.min(line, Math.max(document.lineCount - 1, 0));
        const existing = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        const column = existing?.viewColumn
            ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        const text = document.lineAt(target);
        const position = new vscode.Position(target, text.firstNonWhitespaceCharacterIndex);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        this.state.revealedLine = target;
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
        this.panel.dispose();
        this.onDispose();
    }
}

export class TimelinePreviews implements vscode.Disposable {
    private readonly panels = new Map<string, PreviewPanel>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => Promise<LanguageClient>) {
        this.subscriptions.push(
            // Any playbook can be imported by the previewed one: refresh on every playbook edit.
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId !== 'playbook' || event.contentChanges.length === 0) return;
                for (const panel of this.panels.values()) panel.scheduleRefresh();
            }),
            vscode.workspace.onDidSaveTextDocument(document => {
                if (document.languageId !== 'playbook') return;
                for (const panel of this.panels.values()) panel.scheduleRefresh();
            }),
        );
    }

    /**
     * Opens (or brings forward) the preview of a playbook, beside the editor; with `compareWith` (a git
     * revision, from *Preview Timeline Compared with Git HEAD…*) its events say what moved since then.
     */
    show(uri: vscode.Uri, compareWith?: string): PreviewState {
        const key = uri.toString();
        const name = uri.path.split('/').pop() ?? key;
        const title = compareWith ? vscode.l10n.t('Timeline: {0} compared with {1}', name, compareWith) : vscode.l10n.t('Timeline: {0}', name);
        const existing = this.panels.get(key);
        if (existing) {
            existing.compareWith = compareWith;
            existing.panel.title = title;
            existing.panel.reveal(vscode.ViewColumn.Beside, true);
            existing.scheduleRefresh(0);
            return existing.state;
        }
        const panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            title,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, enableFindWidget: true },
        );
        panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'extension', 'media', 'timeline.svg');
        const preview = new PreviewPanel(uri, panel, this.extensionUri, this.client, () => this.panels.delete(key));
        preview.compareWith = compareWith;
        this.panels.set(key, preview);
        return preview.state;
    }

    /** The preview whose panel is active, for commands run from the preview's own title bar. */
    activeUri(): vscode.Uri | undefined {
        for (const preview of this.panels.values()) if (preview.panel.active) return preview.uri;
        return undefined;
    }

    state(uri: string): PreviewState | undefined {
        return this.panels.get(uri)?.state;
    }

    /** Acts as if the webview of `uri` had sent `message` (tests drive clicks this way). */
    async receive(uri: string, message: unknown): Promise<void> {
        await this.panels.get(uri)?.onMessage(message);
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) panel.dispose();
        for (const s of this.subscriptions) s.dispose();
    }
}
