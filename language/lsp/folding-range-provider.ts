/**
 * Folding: as Langium's default, every declaration spanning three lines or more (which covers the
 * braces of playbook, phases, tracks, steps with blocks …) and block comments, plus block strings
 * `"""…"""` of three lines or more, so a long note or copy folds on its own. Only declarations are
 * visited, not the clauses inside them.
 */
import { type AstNode, CstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { DECLARATION_CONTAINERS, isDeclarationType } from '../vocabulary/declarations.js';

export class PlaybookFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return isDeclarationType(node.$type); // declarations; clauses and formulas inside them are not visited
    }

    protected override shouldProcessContent(node: AstNode): boolean {
        return DECLARATION_CONTAINERS.has(node.$type);
    }

    /** Comments and block strings in one pass over the tokens. */
    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const root = node.$cstNode;
        if (!root) return;
        for (const leaf of CstUtils.flattenCst(root)) {
            const name = leaf.tokenType.name;
            if (this.commentNames.includes(name)) {
                const range = this.toFoldingRange(document, leaf, FoldingRangeKind.Comment);
                if (range) acceptor(range);
            } else if (name === 'BLOCK_STRING') {
                const { start, end } = leaf.range;
                // Keep the closing `"""` line visible, as with braces.
                if (end.line - start.line >= 2) acceptor({ startLine: start.line, endLine: end.line - 1, kind: FoldingRangeKind.Region });
            }
        }
    }
}
