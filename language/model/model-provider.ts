import { DocumentState, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments, WorkspaceCache } from 'langium';
import { isModel, type Library } from '../generated/ast.js';
import { importedLibraries } from '../references/imports.js';
import { type PlaybookModel, buildPlaybookModel } from './playbook-model.js';

/**
 * Hands out the one schedule-and-metrics model of a document. It is built on first request after
 * linking and kept until the workspace changes, so validation, hovers, inlay hints, code lenses and
 * generators of the same document version share it.
 *
 * A document whose references are not linked yet (a build under way has only parsed it) has no
 * model: building one would resolve its names before the build has computed the scopes, and keep
 * the answer (an editor's outline request once made the following link report the file's own
 * phase and asset unknown).
 */
export class PlaybookModelProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly cache: WorkspaceCache<string, PlaybookModel | undefined>;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
        // A removed document (closed in the editor, deleted on disk) lends nothing any more.
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.previous.delete(uri.toString());
        });
    }

    /** The last model built per document, kept across changes: unchanged phases lend it their events. */
    protected readonly previous = new Map<string, PlaybookModel>();

    getModel(document: LangiumDocument): PlaybookModel | undefined {
        if (document.state < DocumentState.Linked) return undefined;
        return this.cache.get(`${document.uri.toString()}@${document.textDocument.version}`, () => {
            const root = document.parseResult.value;
            if (!isModel(root) || !root.playbook) return undefined;
            const uri = document.uri.toString();
            const model = buildPlaybookModel(root.playbook, this.importedLibraries(document), this.previous.get(uri));
            if (this.previous.size > 100) this.previous.clear();
            this.previous.set(uri, model);
            return model;
        });
    }

    importedLibraries(document: LangiumDocument): Library[] {
        return [...importedLibraries(document, this.documents).values()];
    }
}
