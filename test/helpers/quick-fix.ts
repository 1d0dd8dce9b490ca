/** Runs quick fixes in memory: ask for the code actions of one diagnostic, apply one, rebuild. */
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { applyWorkspaceEdit, buildWorkspace, type LspWorkspace, syntaxErrors } from './lsp-edits.js';

export interface FixRun {
    before: LspWorkspace;
    after: LspWorkspace;
    /** The main file's text after the fix. */
    text: string;
    actions: CodeAction[];
    action: CodeAction;
    diagnostic: Diagnostic;
}

export async function codeActionsFor(ws: LspWorkspace, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.main, {
        textDocument: { uri: ws.main.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
    return (result ?? []) as CodeAction[];
}

export interface FixOptions {
    files?: Record<string, string>;
    locale?: string;
    /** Which diagnostic of the code (default: the first). */
    which?: (d: Diagnostic) => boolean;
    /** Which action (default: the preferred one, else the first). */
    pick?: (a: CodeAction) => boolean;
}

/**
 * Applies the chosen fix for a diagnostic of `code` in `text` (main.playbook) and rebuilds; asserts
 * the result parses, the diagnostic is gone (one fewer of that code at least) and no new error appeared.
 */
export async function applyFix(text: string, code: string, options: FixOptions = {}): Promise<FixRun> {
    const files = { ...(options.files ?? {}), 'main.playbook': text };
    const before = await buildWorkspace(files, { locale: options.locale });
    const diagnostics = (before.main.diagnostics ?? []).filter(d => d.code === code);
    const diagnostic = options.which ? diagnostics.find(options.which) : diagnostics[0];
    assert.ok(diagnostic, `no ${code} diagnostic in:\n${text}\n${JSON.stringify(before.main.diagnostics?.map(d => [d.code, d.message]))}`);
    const actions = await codeActionsFor(before, diagnostic);
    assert.ok(actions.length > 0, `no code action for ${code}`);
    for (const a of actions) {
        assert.equal(a.kind, 'quickfix');
        assert.deepEqual(a.diagnostics, [diagnostic]);
    }
    const action = options.pick ? actions.find(options.pick) : (actions.find(a => a.isPreferred) ?? actions[0]);
    assert.ok(action, `no matching action among ${actions.map(a => a.title).join(' | ')}`);
    const texts: Record<string, string> = {};
    for (const doc of before.docs.values()) texts[doc.uri.toString()] = doc.textDocument.getText();
    const changed = applyWorkspaceEdit(texts, action.edit!);
    const newFiles: Record<string, string> = {};
    for (const [path, doc] of before.docs) newFiles[path] = changed[doc.uri.toString()];
    const after = await buildWorkspace(newFiles, { locale: options.locale });
    for (const doc of after.docs.values()) {
        assert.deepEqual(syntaxErrors(doc), [], `the fix "${action.title}" broke the syntax:\n${doc.textDocument.getText()}`);
    }
    const count = (ws: LspWorkspace, c: string, severity?: number) =>
        [...ws.docs.values()].flatMap(d => d.diagnostics ?? []).filter(d => d.code === c && (severity === undefined || d.severity === severity)).length;
    assert.ok(count(after, code) < count(before, code), `"${action.title}" did not remove the ${code} diagnostic:\n${newFiles['main.playbook']}`);
    const errorCodes = new Set([...after.docs.values()].flatMap(d => d.diagnostics ?? []).filter(d => d.severity === 1).map(d => String(d.code)));
    for (const c of errorCodes) {
        assert.ok(count(after, c, 1) <= count(before, c, 1), `"${action.title}" introduced a new ${c} error:\n${newFiles['main.playbook']}`);
    }
    return { before, after, text: newFiles['main.playbook'], actions, action, diagnostic };
}
