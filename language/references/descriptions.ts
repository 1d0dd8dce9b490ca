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
    /**
     * The description of an unchanged declaration is reused from the last build: an AST node
     * object stands for the same text as long as it lives (workspace/incremental-parser.ts), and
     * keeps its path; its position may move, so the segments are read from the tree when asked.
     */
    protected readonly known = new WeakMap<AstNode, AstNodeDescription>();

    /** As Langium's, with `path` computed on first use and the segments on every use. */
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        const known = this.known.get(node);
        if (known && known.name === name && known.documentUri.toString() === doc.uri.toString()) return known;
        const locator = this.astNodeLocator;
        const names = this.nameProvider;
        let path: string | undefined;
        const description: AstNodeDescription = {
            node,
            name,
            type: node.$type,
            documentUri: doc.uri,
            get path() {
                return path ??= locator.getAstNodePath(node);
            },
            get nameSegment(): DocumentSegment | undefined {
                return CstUtils.toDocumentSegment(names.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment(): DocumentSegment | undefined {
                return CstUtils.toDocumentSegment(node.$cstNode);
            },
        };
        this.known.set(node, description);
        return description;
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
