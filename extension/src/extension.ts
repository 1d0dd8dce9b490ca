/**
 * The VS Code client: starts the bundled language server (dist/server.cjs) over IPC for
 * `playbook` documents, and adds the commands and the timeline preview. The server does the work;
 * VS Code's display language reaches it as InitializeParams.locale (vscode-languageclient sends
 * vscode.env.language), so its messages and hovers follow the UI language.
 */
import * as vscode from 'vscode';
import {
    LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands.js';
import { registerAuthoringCommands } from './authoring.js';
import { registerReviewCommands } from './review.js';
import { type PreviewState, TimelinePreviews } from './preview.js';

/** What activate() returns: used by the extension-host tests. */
export interface PlaybookExtensionApi {
    /** Resolves when the language server has started (rejects when it could not). */
    ready(): Promise<LanguageClient>;
    previewState(uri: string): PreviewState | undefined;
    /** Delivers a message as if the preview of `uri` had posted it (e.g. `{ type: 'reveal', line }`). */
    previewMessage(uri: string, message: unknown): Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PlaybookExtensionApi {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--enable-source-maps'] } },
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.playbook');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'playbook' }],
        synchronize: { fileEvents: watcher },
        outputChannelName: 'Campaign Playbook',
    };
    // The id `playbook` makes the client honour the `playbook.trace.server` setting.
    client = new LanguageClient('playbook', vscode.l10n.t('Campaign Playbook language server'), serverOptions, clientOptions);
    const c = client;
    // Not awaited: activation returns at once; commands wait for the server when they need it.
    const started = c.start().then(() => c);
    started.catch(err => {
        void vscode.window.showErrorMessage(vscode.l10n.t('The playbook language server did not start: {0}', err instanceof Error ? err.message : String(err)));
    });
    const ready = () => started;

    const previews = new TimelinePreviews(context.extensionUri, ready);
    context.subscriptions.push(previews);
    registerCommands(context, ready, previews);
    registerAuthoringCommands(context, ready);
    registerReviewCommands(context, ready, previews);

    return {
        ready,
        previewState: uri => previews.state(uri),
        previewMessage: (uri, message) => previews.receive(uri, message),
    };
}

export async function deactivate(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) await c.stop();
}
