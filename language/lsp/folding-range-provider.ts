/**
 * Folding: Langium's default (every declaration spanning three lines or more, which covers the
 * braces of playbook, phases, tracks, steps with blocks …, and block comments), plus block strings
 * `"""…"""` of three lines or more, so a long note or copy folds on its own.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

export class PlaybookFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return;
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.tokenType.name !== 'BLOCK_STRING') continue;
            const { start, end } = leaf.range;
            if (end.line - start.line >= 2) {
                // Keep the closing `"""` line visible, as with braces.
                acceptor({ startLine: start.line, endLine: end.line - 1, kind: FoldingRangeKind.Region });
            }
        }
    }
}
