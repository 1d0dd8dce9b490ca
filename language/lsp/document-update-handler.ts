/**
 * Files open in the editor: their text is the editor's, whatever the disk holds. The file
 * watcher's events for them (the save of the file itself, a `git checkout` that rewrites or deletes
 * it while it is open) are left out: Langium would build the file again for nothing after every
 * save, and on a deletion drop the document the editor still shows (its diagnostics cleared, every
 * request on it refused until the next keystroke). Closing such a file then follows the disk (below).
 *
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
import { type DidChangeWatchedFilesParams, FileChangeType, type TextDocument, type TextDocumentChangeEvent } from 'vscode-languageserver';

export class PlaybookDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        this.onWatchedFilesChangeEmitter.fire(params);
        const changed = new Map<string, URI>();
        const deleted = new Map<string, URI>();
        for (const change of params.changes) {
            if (this.textDocuments.get(change.uri)) continue;
            (change.type === FileChangeType.Deleted ? deleted : changed).set(change.uri, URI.parse(change.uri));
        }
        if (changed.size > 0 || deleted.size > 0) this.fireDocumentUpdate([...changed.values()], [...deleted.values()]);
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
