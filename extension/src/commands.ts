/**
 * The three user commands: generate the SOP calendar, generate the tracking spec, preview the
 * timeline. They work on a playbook given as an argument (a URI string from the code lens, a Uri
 * from the editor title menu or the explorer) or on the active playbook editor.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { formatFor, resolveOutputDirectory } from './output-settings.js';
import type { TimelinePreviews } from './preview.js';
import { GENERATE_COMMAND, type GenerateParams, type GenerateResult, type OutputKind, asGenerateResult } from '../../language/protocol/contract.js';

/** The message for an answer that breaks the contract (a server of another version), in the user's language. */
export function unexpectedAnswer(shown: string): string {
    return vscode.l10n.t('Unexpected answer from the language server: {0}', shown);
}

export const COMMANDS = {
    generateCalendar: 'playbook.generateCalendar',
    generateTracking: 'playbook.generateTracking',
    previewTimeline: 'playbook.previewTimeline',
} as const;

/** The playbook a command is about, or undefined when there is none. */
export function targetUri(arg: unknown, previews?: TimelinePreviews): vscode.Uri | undefined {
    if (typeof arg === 'string' && arg) {
        try { return vscode.Uri.parse(arg, true); } catch { return undefined; }
    }
    if (arg instanceof vscode.Uri) return arg;
    if (arg && typeof arg === 'object' && 'uri' in arg) return targetUri((arg as { uri: unknown }).uri, previews);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.languageId === 'playbook') return editor.document.uri;
    return previews?.activeUri();
}

function kindLabel(kind: OutputKind): string {
    return kind === 'calendar' ? vscode.l10n.t('SOP calendar') : vscode.l10n.t('tracking spec');
}

export async function generate(
    kind: OutputKind,
    arg: unknown,
    client: () => Promise<LanguageClient>,
    previews?: TimelinePreviews,
): Promise<GenerateResult> {
    const uri = targetUri(arg, previews);
    if (!uri) {
        const message = vscode.l10n.t('Open a playbook file (*.playbook) first.');
        void vscode.window.showErrorMessage(message);
        return { ok: false, message };
    }
    if (uri.scheme !== 'file') {
        const message = vscode.l10n.t('Save the playbook to a file first: outputs are written next to it.');
        void vscode.window.showErrorMessage(message);
        return { ok: false, message };
    }
    const config = vscode.workspace.getConfiguration('playbook', uri);
    const format = formatFor(kind, config.get<string>(kind === 'calendar' ? 'calendar.format' : 'tracking.format'));
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const outputDirectory = resolveOutputDirectory(config.get<string>('output.directory'), uri.fsPath, folder?.uri.fsPath);
    const params: GenerateParams = { uri: uri.toString(), kind, format, ...(outputDirectory ? { outputDirectory } : {}) };

    let result: GenerateResult;
    try {
        const c = await client();
        const raw = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Generating the {0}…', kindLabel(kind)) },
            () => c.sendRequest(ExecuteCommandRequest.type, { command: GENERATE_COMMAND, arguments: [params] }),
        );
        result = asGenerateResult(raw, unexpectedAnswer);
    } catch (err) {
        result = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }

    if (result.ok) {
        const written = vscode.Uri.file(result.path);
        const open = vscode.l10n.t('Open');
        // Not awaited: the command finishes when the file is written, not when the toast is closed.
        void vscode.window
            .showInformationMessage(vscode.l10n.t('Wrote the {0} to {1}', kindLabel(kind), vscode.workspace.asRelativePath(written)), open)
            .then(choice => (choice === open ? vscode.commands.executeCommand('vscode.open', written) : undefined));
    } else {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate the {0}: {1}', kindLabel(kind), result.message));
    }
    return result;
}

export function registerCommands(
    context: vscode.ExtensionContext,
    client: () => Promise<LanguageClient>,
    previews: TimelinePreviews,
): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(COMMANDS.generateCalendar, (arg?: unknown) => generate('calendar', arg, client, previews)),
        vscode.commands.registerCommand(COMMANDS.generateTracking, (arg?: unknown) => generate('tracking', arg, client, previews)),
        vscode.commands.registerCommand(COMMANDS.previewTimeline, (arg?: unknown) => {
            const uri = targetUri(arg, previews);
            if (!uri) {
                void vscode.window.showErrorMessage(vscode.l10n.t('Open a playbook file (*.playbook) first.'));
                return undefined;
            }
            return previews.show(uri);
        }),
    );
}
