/**
 * *Playbook: Compare with Git Revision…* and *Playbook: Review with Actuals…*: ask for the revision
 * (`HEAD` proposed) or the actuals CSV, send `playbook.server.diff` / `playbook.server.review`, and
 * open the Markdown the server writes in VS Code's Markdown preview. The work is the server's
 * (language/lsp/review-commands.ts); this file only asks and shows.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { targetUri, unexpectedAnswer } from './commands.js';
import type { TimelinePreviews } from './preview.js';
import { DIFF_COMMAND, type DiffParams, type MarkdownResult, REVIEW_COMMAND, type ReviewParams, asMarkdownResult } from '../../language/protocol/contract.js';

export const REVIEW_COMMANDS = {
    compareWithRevision: 'playbook.compareWithRevision',
    reviewWithActuals: 'playbook.reviewWithActuals',
    previewComparison: 'playbook.previewTimelineComparison',
} as const;

/** Opens `markdown` as an untitled Markdown document and shows its preview. */
async function showMarkdown(markdown: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
}

async function ask(client: () => Promise<LanguageClient>, command: string, params: DiffParams | ReviewParams, title: string): Promise<MarkdownResult> {
    try {
        const c = await client();
        const raw = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title },
            () => c.sendRequest(ExecuteCommandRequest.type, { command, arguments: [params] }));
        return asMarkdownResult(raw, unexpectedAnswer);
    } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
}

function playbookOrSay(arg: unknown, previews?: TimelinePreviews): vscode.Uri | undefined {
    const uri = targetUri(arg, previews);
    if (!uri) void vscode.window.showErrorMessage(vscode.l10n.t('Open a playbook file (*.playbook) first.'));
    else if (uri.scheme !== 'file') void vscode.window.showErrorMessage(vscode.l10n.t('Save the playbook to a file first: outputs are written next to it.'));
    else return uri;
    return undefined;
}

/** The playbook to compare and the revision to compare it with (asked for when not given); undefined when either is missing. */
async function playbookAndRevision(arg: unknown, previews: TimelinePreviews | undefined, revision: string | undefined): Promise<{ uri: vscode.Uri; chosen: string } | undefined> {
    const uri = playbookOrSay(arg, previews);
    if (!uri) return undefined;
    const chosen = revision ?? await vscode.window.showInputBox({
        title: vscode.l10n.t('Compare with Git Revision'),
        prompt: vscode.l10n.t('The git revision to compare the playbook with (HEAD, HEAD~1, a branch or a commit)'),
        value: 'HEAD',
    });
    if (!chosen) return undefined;
    return { uri, chosen };
}

export async function compareWithRevision(arg: unknown, client: () => Promise<LanguageClient>, previews?: TimelinePreviews, revision?: string): Promise<MarkdownResult | undefined> {
    const target = await playbookAndRevision(arg, previews, revision);
    if (!target) return undefined;
    const { uri, chosen } = target;
    const result = await ask(client, DIFF_COMMAND, { uri: uri.toString(), revision: chosen }, vscode.l10n.t('Comparing with {0}…', chosen));
    if (result.ok) await showMarkdown(result.markdown);
    else void vscode.window.showErrorMessage(vscode.l10n.t('Could not compare the playbook: {0}', result.message));
    return result;
}

export async function reviewWithActuals(arg: unknown, client: () => Promise<LanguageClient>, previews?: TimelinePreviews, actuals?: vscode.Uri): Promise<MarkdownResult | undefined> {
    const uri = playbookOrSay(arg, previews);
    if (!uri) return undefined;
    const picked = actuals ?? (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Choose the actuals file (event-level CSV export)'),
        canSelectMany: false,
        filters: { CSV: ['csv'] },
        defaultUri: vscode.Uri.joinPath(uri, '..'),
    }))?.[0];
    if (!picked) return undefined;
    const result = await ask(client, REVIEW_COMMAND, { uri: uri.toString(), actuals: picked.fsPath }, vscode.l10n.t('Reviewing with the actuals…'));
    if (result.ok) await showMarkdown(result.markdown);
    else void vscode.window.showErrorMessage(vscode.l10n.t('Could not review the playbook: {0}', result.message));
    return result;
}

/** The timeline preview with the events that moved since a revision marked (the server marks them). */
export async function previewComparison(arg: unknown, previews: TimelinePreviews, revision?: string): Promise<unknown> {
    const target = await playbookAndRevision(arg, previews, revision);
    if (!target) return undefined;
    const { uri, chosen } = target;
    return previews.show(uri, chosen);
}

export function registerReviewCommands(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>, previews: TimelinePreviews): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(REVIEW_COMMANDS.compareWithRevision, (arg?: unknown, revision?: string) => compareWithRevision(arg, client, previews, revision)),
        vscode.commands.registerCommand(REVIEW_COMMANDS.reviewWithActuals, (arg?: unknown, actuals?: vscode.Uri) => reviewWithActuals(arg, client, previews, actuals)),
        vscode.commands.registerCommand(REVIEW_COMMANDS.previewComparison, (arg?: unknown, revision?: string) => previewComparison(arg, previews, revision)),
    );
}
