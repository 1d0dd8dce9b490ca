/**
 * Loads imported files the workspace has not loaded: for the CLI (every import of the files it was
 * given, language/cli/workspace-loader.ts) and the language server (a playbook opened without its
 * folder, or a library outside the workspace folders).
 *
 * In the server, the files a build's documents import are loaded before that build links anything, so the first
 * diagnostics of a file opened on its own already see its libraries (no burst of unresolved names
 * that a second build then takes back). An import typed into an open file is seen after the build
 * that parses it: the file and the library are then built again.
 */
import {
    type BuildOptions, type Cancellation, DefaultDocumentBuilder, DocumentState, type FileSystemProvider,
    type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices, type URI,
} from 'langium';
import { resolveImports } from '../references/imports.js';

export class ImportLoader {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    /** Import targets already looked for, found or not: each file is read from disk at most once. */
    private readonly tried = new Set<string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.fileSystem = shared.workspace.FileSystemProvider;
    }

    /**
     * Loads the files `docs` import (and those files' own imports) that are not loaded yet. Returns
     * the new documents (parsed) and, per new document, the URIs of the documents that import it.
     */
    async loadMissing(docs: readonly LangiumDocument[]): Promise<{ loaded: LangiumDocument[]; importers: URI[] }> {
        const loaded: LangiumDocument[] = [];
        const importers: URI[] = [];
        const queue = [...docs];
        for (let doc = queue.shift(); doc; doc = queue.shift()) {
            for (const { uri, document } of resolveImports(doc, this.documents)) {
                if (!uri || uri.scheme !== 'file' || document || this.documents.hasDocument(uri)) continue;
                const key = uri.toString();
                if (this.tried.has(key)) continue;
                this.tried.add(key);
                try {
                    const stat = await this.fileSystem.stat(uri);
                    if (!stat.isFile) continue;
                    const library = await this.documents.getOrCreateDocument(uri);
                    loaded.push(library);
                    importers.push(doc.uri);
                    queue.push(library);
                } catch {
                    // Not there (or unreadable): the import-not-found rule says so.
                }
            }
        }
        return { loaded, importers };
    }
}

/** Builds as Langium does, after adding the files the built documents import and nobody loaded. */
export class PlaybookDocumentBuilder extends DefaultDocumentBuilder {
    private readonly imports: ImportLoader;

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        this.imports = new ImportLoader(shared);
        const lock = shared.workspace.WorkspaceLock;
        // An import typed into an open file: load it once that file has been parsed, then rebuild both.
        this.onBuildPhase(DocumentState.Validated, async built => {
            const { loaded, importers } = await this.imports.loadMissing(built);
            if (loaded.length === 0) return;
            const changed = [...loaded.map(d => d.uri), ...importers];
            // After the current build, through the workspace lock as every update (run directly, it
            // would build the same documents as an editor change's build at the same time).
            void lock.write(token => this.update(changed, [], token));
        });
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // Parse first (Langium's first phase, which then has nothing left to do), to see the imports.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        const { loaded } = await this.imports.loadMissing(documents);
        await super.buildDocuments(loaded.length > 0 ? [...documents, ...loaded] : documents, options, cancelToken);
    }
}
