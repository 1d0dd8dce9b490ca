/**
 * Descriptions of declarations (for scopes and the index) and of references (for find-references
 * and rename), computed lazily: a 20,000-line playbook has tens of thousands of both, rebuilt on
 * every keystroke, and most of their text positions and paths are never read.
 */
import {
    type AstNode, type AstNodeDescription, AstUtils, type DocumentSegment, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider,
    type LangiumDocument, type ReferenceDescription, CstUtils,
} from 'langium';

export class PlaybookAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    /** As Langium's, with `path` and the segments computed on first use. */
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        const locator = this.astNodeLocator;
        const names = this.nameProvider;
        let path: string | undefined;
        let nameSegment: DocumentSegment | undefined;
        let selectionSegment: DocumentSegment | undefined;
        return {
            node,
            name,
            type: node.$type,
            documentUri: doc.uri,
            get path() {
                return path ??= locator.getAstNodePath(node);
            },
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(names.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode);
            },
        };
    }
}

export class PlaybookReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    /** The reference descriptions of a linked document, synchronously (for the lazy reference index). */
    createDescriptionsNow(document: LangiumDocument): ReferenceDescription[] {
        const out: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const info of AstUtils.streamReferences(node)) {
                if (!info.reference.error) for (const d of this.createInfoDescriptions(info)) out.push(d);
            }
        }
        return out;
    }
}
