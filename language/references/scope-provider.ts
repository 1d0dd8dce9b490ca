import {
    type AstNodeDescription, AstUtils, DefaultScopeProvider, DocumentState, EMPTY_SCOPE, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments,
    MultiMapScope, type ReferenceInfo, type Scope, WorkspaceCache,
} from 'langium';
import { Property, isFilter, isSumFormula, isCountFormula, isUniqueFormula, type Track } from '../generated/ast.js';
import { importedDocuments, importedLibraryUris } from './imports.js';

/**
 * File-based scoping: a file sees its own declarations and those of the libraries it imports
 * (imports are not transitive). Properties are looked up in the track a formula names.
 * Scopes are hash maps built once per workspace change, so linking stays linear in file size.
 *
 * A scope is cached only once what it is made of exists: the file's own symbols (computed in the
 * build's ComputedScopes phase) and the exports of every library it imports (IndexedContent). A
 * reference read earlier (an editor request served while the build has only parsed the file) gets
 * a scope made for that one lookup; cached, it had none of the file's own names, and the build's
 * linking then reported `linking-error` for them (seen after rapid edits in the real editor).
 */
export class PlaybookScopeProvider extends DefaultScopeProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly scopeCache: WorkspaceCache<string, Scope>;
    protected readonly symbolsByType: WorkspaceCache<string, Map<string, AstNodeDescription[]>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.scopeCache = new WorkspaceCache(services.shared);
        this.symbolsByType = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Property.$type) {
            return this.propertyScope(context);
        }
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\u0000${referenceType}`;
        // Cached scopes were complete when made (the cache is emptied when a build starts).
        const cached = this.scopeCache.get(key);
        if (cached) return cached;
        if (!this.complete(document)) return this.fileScope(document, referenceType, false);
        return this.scopeCache.get(key, () => this.fileScope(document, referenceType, true));
    }

    /** Whether the file's own symbols and the exports of the libraries it imports are all there. */
    protected complete(document: LangiumDocument): boolean {
        if (!document.localSymbols || document.state < DocumentState.ComputedScopes) return false;
        return importedDocuments(document, this.documents).every(imported => imported.state >= DocumentState.IndexedContent);
    }

    /** The file's own declarations of `referenceType`, then those of the libraries it imports. */
    protected fileScope(document: LangiumDocument, referenceType: string, cache: boolean): Scope {
        // The file's symbols grouped by type once (not one pass over them per reference type).
        const group = () => {
            const groups = new Map<string, AstNodeDescription[]>();
            for (const desc of document.localSymbols?.getStream(document.parseResult.value) ?? []) {
                let list = groups.get(desc.type);
                if (!list) groups.set(desc.type, list = []);
                list.push(desc);
            }
            return groups;
        };
        const byType = cache ? this.symbolsByType.get(document.uri.toString(), group) : group();
        const types = [...byType.keys()].filter(type => this.reflection.isSubtype(type, referenceType));
        // One matching type (the usual case: reference types here have no subtypes) is one list;
        // several are merged in the file's order, as a single filtering pass would give them.
        const local: AstNodeDescription[] = types.length === 1 ? byType.get(types[0])! : [];
        if (types.length > 1) {
            for (const desc of document.localSymbols?.getStream(document.parseResult.value) ?? []) if (types.includes(desc.type)) local.push(desc);
        }
        const imported = importedLibraryUris(document, this.documents);
        // Shared by every file importing the same libraries (a folder of playbooks and one library).
        const libraries = () => new MultiMapScope(this.indexManager.allElements(referenceType, imported));
        const outer = imported.size === 0 ? undefined
            : cache ? this.scopeCache.get(`${[...imported].join('\u0001')}\u0000${referenceType}\u0000imported`, libraries)
                : libraries();
        return new MultiMapScope(local, outer);
    }

    protected propertyScope(context: ReferenceInfo): Scope {
        let formula = context.container;
        if (isFilter(formula)) formula = formula.$container;
        let track: Track | undefined;
        if (isSumFormula(formula) || isCountFormula(formula) || isUniqueFormula(formula)) {
            track = formula.track?.ref;
        }
        if (!track) return EMPTY_SCOPE;
        return this.createScopeForNodes(track.properties);
    }
}

export { importedLibraryUris };
