/**
 * *Playbook: New Playbook from Template…*: a quick pick of the server's templates, then a new
 * untitled playbook editor with the text the server renders. *Playbook: Convert Keywords to
 * Chinese / English*: the server rewrites the document's keywords, the editor replaces its text
 * (one undoable edit). The templates and the conversion live in the server; this file only asks and shows.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { unexpectedAnswer } from './commands.js';
import { CONVERT_KEYWORDS_COMMAND, TEMPLATE_COMMAND, TEMPLATES_COMMAND, asTemplatesResult, asTextResult } from '../../language/protocol/contract.js';

export const AUTHORING_COMMANDS = {
    newFromTemplate: 'playbook.newFromTemplate',
    toChinese: 'playbook.convertKeywordsToChinese',
    toEnglish: 'playbook.convertKeywordsToEnglish',
} as const;

/** Rewrites the active playbook's keywords in `to`; false when there is nothing to do or it failed. */
export async function convertKeywords(to: 'en' | 'zh', client: () => Promise<LanguageClient>): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'playbook') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a playbook file (*.playbook) first.'));
        return false;
    }
    const document = editor.document;
    const version = document.version;
    const c = await client();
    const answer = asTextResult(await c.sendRequest(ExecuteCommandRequest.type, {
        command: CONVERT_KEYWORDS_COMMAND,
        arguments: [{ uri: c.code2ProtocolConverter.asUri(document.uri), to }],
    }), unexpectedAnswer);
    if (!answer.ok) {
        void vscode.window.showErrorMessage(answer.message);
        return false;
    }
    if (document.version !== version || answer.text === document.getText()) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), answer.text);
    return vscode.workspace.applyEdit(edit);
}

export async function newFromTemplate(client: () => Promise<LanguageClient>): Promise<vscode.TextEditor | undefined> {
    const c = await client();
    const list = asTemplatesResult(await c.sendRequest(ExecuteCommandRequest.type, { command: TEMPLATES_COMMAND, arguments: [] }), unexpectedAnswer);
    if (!list.ok) {
        void vscode.window.showErrorMessage(list.message);
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        list.templates.map(t => ({ label: t.label, description: t.name, detail: t.detail, name: t.name })),
        { placeHolder: vscode.l10n.t('Choose a campaign template') },
    );
    if (!picked) return undefined;
    const answer = asTextResult(await c.sendRequest(ExecuteCommandRequest.type, { command: TEMPLATE_COMMAND, arguments: [{ template: picked.name }] }), unexpectedAnswer);
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
        vscode.commands.registerCommand(AUTHORING_COMMANDS.toChinese, () => convertKeywords('zh', client)),
        vscode.commands.registerCommand(AUTHORING_COMMANDS.toEnglish, () => convertKeywords('en', client)),
    );
}
