/**
 * Loading one version of a playbook for `playbook diff` (CLI and language server): a file on disk,
 * a file at a git revision (its imports read at the same revision), or a text the editor holds.
 * One set of core services loads the versions one after the other; each version is reduced to a
 * `Snapshot` (plain data) and its documents are dropped before the next one loads.
 */
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { Diagnostic } from '../validation/diagnostic.js';
import { isModel } from '../generated/ast.js';
import { createPlaybookCoreServices } from '../playbook-module.js';
import { blockingErrors } from '../generators/generate.js';
import { ImportLoader } from '../workspace/import-loader.js';
import { type GitRevision, VersionFileSystem } from './git.js';
import { type Snapshot, snapshotOf } from './snapshot.js';

export interface VersionSource {
    /** Absolute path of the playbook file (in the work tree, for a revision). */
    path: string;
    /** Read the file and its imports at this revision; the disk when absent. */
    revision?: GitRevision;
    /** The playbook's text (an editor's unsaved buffer); its imports still come from disk or the revision. */
    text?: string;
}

export interface VersionErrors {
    /** The file (the playbook or a library it imports). */
    path: string;
    diagnostics: Diagnostic[];
}

export type LoadedVersion =
    | { kind: 'playbook'; snapshot: Snapshot }
    | { kind: 'errors'; errors: VersionErrors[] }
    | { kind: 'library' | 'empty' };

export class VersionLoader {
    private readonly fileSystem = new VersionFileSystem(new NodeFileSystemProvider());
    private readonly services = createPlaybookCoreServices({ fileSystemProvider: () => this.fileSystem });

    constructor(locale: string) {
        this.setLocale(locale);
        // The diff only asks whether a version has errors: the warning-only rules are not run.
        this.services.Playbook.playbook.Validator.errorsOnly = true;
    }

    /** The language of the diagnostics a version with errors is refused with. */
    setLocale(locale: string): void {
        this.services.Playbook.playbook.Locale.set(locale);
    }

    /** Builds the parser now (≈ 0.1 s: the grammar's analysis), e.g. while a worker waits for its version. */
    warm(): void {
        void this.services.shared.workspace.LangiumDocumentFactory;
        void this.services.Playbook.parser.LangiumParser;
    }

    async load(source: VersionSource): Promise<LoadedVersion> {
        const { shared, Playbook } = this.services;
        const documents = shared.workspace.LangiumDocuments;
        this.fileSystem.use(source.revision);
        const uri = URI.file(source.path);
        const text = source.text ?? await this.fileSystem.readFile(uri);
        const main = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        documents.addDocument(main);
        const all: LangiumDocument[] = [main];
        try {
            for (const doc of (await new ImportLoader(shared).loadMissing(all)).loaded) all.push(doc);
            await shared.workspace.DocumentBuilder.build(all, { validation: true });
            const root = main.parseResult.value;
            if (!isModel(root) || !root.playbook) return { kind: isModel(root) && root.library ? 'library' : 'empty' };
            // The same documents and errors that block generating (generators/generate.ts).
            const errors: VersionErrors[] = blockingErrors(main, documents).map(e => ({ path: e.document.uri.fsPath, diagnostics: e.errors }));
            if (errors.length) return { kind: 'errors', errors };
            const model = Playbook.playbook.Models.getModel(main);
            if (!model) return { kind: 'empty' };
            return { kind: 'playbook', snapshot: snapshotOf(model) };
        } finally {
            for (const doc of all) {
                documents.deleteDocument(doc.uri);
                shared.workspace.IndexManager.remove(doc.uri);
            }
            this.fileSystem.use(undefined);
        }
    }
}

