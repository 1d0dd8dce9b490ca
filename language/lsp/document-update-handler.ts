/**
 * Langium keeps a document after the editor closes it, so every distinct URI an editor ever
 * opened (diff views, previews, `git:` and `untitled:` documents) stayed in memory: the server
 * died of heap exhaustion after ~475 documents with a 128 MB heap. On close, a file that a
 * workspace folder holds goes back to its text on disk; any other document is removed (a library
 * that an open file still imports is loaded again from disk by the document builder).
 */
import { existsSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';

export class PlaybookDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (this.heldByWorkspace(uri)) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    /** A `file:` document inside a workspace folder that still exists on disk. */
    protected heldByWorkspace(uri: URI): boolean {
        if (uri.scheme !== 'file' || !existsSync(uri.fsPath)) return false;
        for (const folder of this.workspaceManager.workspaceFolders ?? []) {
            const root = URI.parse(folder.uri);
            if (root.scheme !== 'file') continue;
            const rel = relative(root.fsPath, uri.fsPath);
            if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return true;
        }
        return false;
    }
}
