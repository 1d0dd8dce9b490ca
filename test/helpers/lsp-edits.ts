/**
 * Test helpers for the editor features that edit text (formatting, quick fixes, rename): build
 * documents with the language server's services in memory, apply LSP text edits, compare token streams.
 */
import { EmptyFileSystem, type LangiumDocument, TextDocument, URI } from 'langium';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import { createPlaybookServices, type PlaybookServices } from '../../language/lsp/playbook-lsp-module.js';

export interface LspWorkspace {
    services: PlaybookServices;
    /** Documents by relative path. */
    docs: Map<string, LangiumDocument<Model>>;
    main: LangiumDocument<Model>;
    dir: string;
    uriOf(path: string): string;
}

let counter = 0;

/**
 * Builds `files` (path → text) in a fresh in-memory workspace with the LSP services and validates
 * them; `main` names the document returned as `main` (default `main.playbook`).
 */
export async function buildWorkspace(files: Record<string, string>, options: { main?: string; locale?: string } = {}): Promise<LspWorkspace> {
    const { shared, Playbook } = createPlaybookServices(EmptyFileSystem);
    Playbook.playbook.Locale.set(options.locale ?? 'en');
    const dir = `/lspws${++counter}`;
    const docs = new Map<string, LangiumDocument<Model>>();
    for (const [path, content] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString<Model>(content, URI.file(`${dir}/${path}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.set(path, doc);
    }
    await shared.workspace.DocumentBuilder.build([...docs.values()], { validation: true });
    const mainPath = options.main ?? 'main.playbook';
    const main = docs.get(mainPath);
    if (!main) throw new Error(`no ${mainPath} among the files`);
    return { services: Playbook, docs, main, dir, uriOf: path => URI.file(`${dir}/${path}`).toString() };
}

/** Builds one text as `main.playbook` (plus optional other files). */
export async function buildOne(text: string, files: Record<string, string> = {}, locale = 'en'): Promise<LspWorkspace> {
    return buildWorkspace({ ...files, 'main.playbook': text }, { locale });
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'playbook', 1, text), edits as TextEdit[]);
}

/** Applies a workspace edit (`changes` form) to texts keyed by URI; returns the new texts. */
export function applyWorkspaceEdit(texts: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
    const out = { ...texts };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        if (!(uri in out)) throw new Error(`edit for an unknown document ${uri}`);
        out[uri] = applyTextEdits(out[uri], edits);
    }
    return out;
}

/**
 * The token stream of a text with comments, as `TYPE image` strings (whitespace is not a token; the
 * trailing blanks a `//` comment swallows are whitespace too).
 */
export function tokenStream(services: PlaybookServices, text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    if (lexed.errors.length) throw new Error(`lexing errors: ${JSON.stringify(lexed.errors.slice(0, 2))}`);
    return [...lexed.tokens, ...lexed.hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => `${t.tokenType.name} ${t.tokenType.name === 'SL_COMMENT' ? t.image.replace(/[\s\u3000\uFEFF]+$/, '') : t.image}`);
}

/** Formats a document with the language server's formatter and returns the new text. */
export async function formatText(text: string, locale = 'en'): Promise<{ text: string; ws: LspWorkspace }> {
    const ws = await buildOne(text, {}, locale);
    const edits = await ws.services.lsp.Formatter!.formatDocument(ws.main, {
        textDocument: { uri: ws.main.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    return { text: applyTextEdits(text, edits), ws };
}

export function codes(diagnostics: readonly Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(d => String(d.code));
}

export function syntaxErrors(doc: LangiumDocument): string[] {
    return [...doc.parseResult.lexerErrors.map(e => e.message), ...doc.parseResult.parserErrors.map(e => e.message)];
}
