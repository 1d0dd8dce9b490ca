/** Helpers for the language-server tests: LSP services per locale and small in-memory workspaces. */
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import type { CompletionItem } from 'vscode-languageserver';
import { createPlaybookServices, type PlaybookServices } from '../../language/lsp/playbook-lsp-module.js';

const cache = new Map<string, PlaybookServices>();

/** LSP services (one instance per locale) for Langium's `expect…` helpers. */
export function lspServices(locale = 'en'): PlaybookServices {
    let services = cache.get(locale);
    if (!services) {
        services = createPlaybookServices(EmptyFileSystem).Playbook;
        services.playbook.Locale.set(locale);
        cache.set(locale, services);
    }
    return services;
}

let counter = 0;

/**
 * Builds files (path → text) into a fresh folder of the workspace of `services` and returns the
 * documents by path.
 */
export async function workspace(services: PlaybookServices, files: Record<string, string>): Promise<Record<string, LangiumDocument>> {
    const shared = services.shared;
    const dir = `/lsp-ws${++counter}`;
    const docs: Record<string, LangiumDocument> = {};
    for (const [path, text] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${dir}/${path}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs[path] = doc;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(docs), { validation: true });
    return docs;
}

/** Removes documents again so later tests see a clean workspace. */
export async function dispose(services: PlaybookServices, docs: Record<string, LangiumDocument>): Promise<void> {
    // `update` removes them from the documents and the index.
    await services.shared.workspace.DocumentBuilder.update([], Object.values(docs).map(d => d.uri));
}

/** Completion items at the `<|>` marker of `text`, in a workspace with `files` beside it. */
export async function completeAt(services: PlaybookServices, text: string, files: Record<string, string> = {}): Promise<CompletionItem[]> {
    const offset = text.indexOf('<|>');
    if (offset < 0) throw new Error('no <|> marker');
    const docs = await workspace(services, { ...files, 'main.playbook': text.replace('<|>', '') });
    const doc = docs['main.playbook'];
    try {
        const list = await services.lsp.CompletionProvider!.getCompletion(doc, {
            textDocument: { uri: doc.uri.toString() },
            position: doc.textDocument.positionAt(offset),
        });
        return list?.items ?? [];
    } finally {
        await dispose(services, docs);
    }
}

/** The hover text (Markdown) at the first `needle` of `text` (plus `shift` characters), '' when there is none. */
export async function hoverAt(services: PlaybookServices, text: string, needle: string, shift = 0): Promise<string> {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' is not in the text`);
    const docs = await workspace(services, { 'main.playbook': text });
    try {
        const doc = docs['main.playbook'];
        const hover = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset + shift) });
        return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    } finally {
        await dispose(services, docs);
    }
}

export function labels(items: readonly CompletionItem[]): string[] {
    return items.map(i => i.label);
}
