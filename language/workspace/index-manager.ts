/**
 * The workspace index with a lazy reference index. Langium describes every reference of every
 * document after linking (for find-references, rename, and to know which documents to relink when
 * another changes); on a big playbook that is a pass over tens of thousands of references per
 * keystroke whose result is rarely read. Here the descriptions are made when first asked for, and
 * "does this document depend on the changed ones?" is answered from the linked references directly.
 */
import { DefaultIndexManager, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import { PlaybookReferenceDescriptionProvider } from '../references/descriptions.js';

export class PlaybookIndexManager extends DefaultIndexManager {
    /** Linked documents whose reference descriptions have not been made yet. */
    protected readonly pendingReferences = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pendingReferences.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.pendingReferences.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.flushReferences();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const pending = this.pendingReferences.get(document.uri.toString());
        if (!pending) return super.isAffected(document, changedUris);
        const self = document.uri.toString();
        for (const ref of pending.references) {
            if (ref.error) continue;
            const targets = 'items' in ref ? ref.items.map(i => i.$nodeDescription) : [ref.$nodeDescription];
            for (const d of targets) {
                const target = d?.documentUri.toString();
                if (target && target !== self && changedUris.has(target)) return true;
            }
        }
        return false;
    }

    /** Makes the reference descriptions of every document that has none yet. */
    protected flushReferences(): void {
        for (const [uri, document] of this.pendingReferences) {
            const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
            if (provider instanceof PlaybookReferenceDescriptionProvider) {
                this.referenceIndex.set(uri, provider.createDescriptionsNow(document));
            }
        }
        this.pendingReferences.clear();
    }
}
