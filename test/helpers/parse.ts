/** Test helpers: build playbook texts with the core services and collect diagnostics. */
import { type LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPlaybookCoreServices, type PlaybookCoreServices } from '../../language/playbook-module.js';
import type { Model } from '../../language/generated/ast.js';

export interface Built {
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
    services: PlaybookCoreServices;
}

let counter = 0;

/**
 * Builds `text` as `main.playbook` in a fresh in-memory workspace, alongside `files` (path → text),
 * and returns the main document with its diagnostics.
 */
export async function build(text: string, files: Record<string, string> = {}, locale = 'en'): Promise<Built> {
    return buildFile('main.playbook', text, files, locale);
}

/** Like build(), with the main document's file name given (`errorsOnly`: the validation `playbook diff` runs). */
export async function buildFile(name: string, text: string, files: Record<string, string> = {}, locale = 'en', errorsOnly = false): Promise<Built> {
    const { shared, Playbook } = createPlaybookCoreServices();
    Playbook.playbook.Locale.set(locale);
    Playbook.playbook.Validator.errorsOnly = errorsOnly;
    const dir = `/ws${++counter}`;
    const docs: LangiumDocument[] = [];
    for (const [path, content] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(content, URI.file(`${dir}/${path}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    const main = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`${dir}/${name}`));
    shared.workspace.LangiumDocuments.addDocument(main);
    docs.push(main);
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    return { document: main, diagnostics: main.diagnostics ?? [], services: Playbook };
}
