import { type AstNodeDescription, AstUtils, DefaultScopeProvider, EMPTY_SCOPE, type LangiumCoreServices, type LangiumDocuments, MultiMapScope, type ReferenceInfo, type Scope, WorkspaceCache } from 'langium';
import { Property, isFilter, isSumFormula, isCountFormula, isUniqueFormula, type Track } from '../generated/ast.js';
import { importedLibraryUris } from './imports.js';

/**
 * File-based scoping: a file sees its own declarations and those of the libraries it imports
 * (imports are not transitive). Properties are looked up in the track a formula names.
 * Scopes are hash maps built once per workspace change, so linking stays linear in file size.
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
        return this.scopeCache.get(key, () => {
            // The file's symbols grouped by type once (not one pass over them per reference type).
            const byType = this.symbolsByType.get(document.uri.toString(), () => {
                const groups = new Map<string, AstNodeDescription[]>();
                for (const desc of document.localSymbols?.getStream(document.parseResult.value) ?? []) {
                    let list = groups.get(desc.type);
                    if (!list) groups.set(desc.type, list = []);
                    list.push(desc);
                }
                return groups;
            });
            const types = [...byType.keys()].filter(type => this.reflection.isSubtype(type, referenceType));
            // One matching type (the usual case: reference types here have no subtypes) is one list;
            // several are merged in the file's order, as a single filtering pass would give them.
            const local: AstNodeDescription[] = types.length === 1 ? byType.get(types[0])! : [];
            if (types.length > 1) {
                for (const desc of document.localSymbols?.getStream(document.parseResult.value) ?? []) if (types.includes(desc.type)) local.push(desc);
            }
            const imported = importedLibraryUris(document, this.documents);
            // Shared by every file importing the same libraries (a folder of playbooks and one library).
            const outer = imported.size > 0
                ? this.scopeCache.get(`${[...imported].join('\u0001')}\u0000${referenceType}\u0000imported`,
                    () => new MultiMapScope(this.indexManager.allElements(referenceType, imported)))
                : undefined;
            return new MultiMapScope(local, outer);
        });
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
