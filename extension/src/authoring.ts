/**
 * *Playbook: New Playbook from Template…*: a quick pick of the server's templates, then a new
 * untitled playbook editor with the text the server renders. The templates and their texts live
 * in the server (language/authoring/templates.ts); this file only asks and shows.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { TEMPLATE_COMMAND, TEMPLATES_COMMAND, asTemplatesResult, asTextResult } from '../../language/protocol/contract.js';

export const AUTHORING_COMMANDS = {
    newFromTemplate: 'playbook.newFromTemplate',
} as const;

export async function newFromTemplate(client: () => Promise<LanguageClient>): Promise<vscode.TextEditor | undefined> {
    const c = await client();
    const list = asTemplatesResult(await c.sendRequest(ExecuteCommandRequest.type, { command: TEMPLATES_COMMAND, arguments: [] }));
    if (!list.ok) {
        void vscode.window.showErrorMessage(list.message);
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        list.templates.map(t => ({ label: t.label, description: t.name, detail: t.detail, name: t.name })),
        { placeHolder: vscode.l10n.t('Choose a campaign template') },
    );
    if (!picked) return undefined;
    const answer = asTextResult(await c.sendRequest(ExecuteCommandRequest.type, { command: TEMPLATE_COMMAND, arguments: [{ template: picked.name }] }));
    if (!answer.ok) {
        void vscode.window.showErrorMessage(answer.message);
        return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'playbook', content: answer.text });
    return vscode.window.showTextDocument(document);
}

export function registerAuthoringCommands(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(AUTHORING_COMMANDS.newFromTemplate, () => newFromTemplate(client)),
    );
}
