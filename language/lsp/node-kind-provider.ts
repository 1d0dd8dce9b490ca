/**
 * Symbol and completion-item kinds of the declarations, so the outline, workspace symbols and
 * completion lists show a distinct icon per category. The kinds are named in the vocabulary's rows
 * (language/vocabulary/declarations.ts).
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { declarationRow } from '../vocabulary/declarations.js';

/** The kinds of a declaration type, from its vocabulary row (chosen for the icons editors draw, not for programming-language meaning). */
function kindsOf(type: string): { symbol: SymbolKind; completion: CompletionItemKind } | undefined {
    const row = declarationRow(type);
    return row ? { symbol: SymbolKind[row.symbol], completion: CompletionItemKind[row.completion] } : undefined;
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

export class PlaybookNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kindsOf(typeOf(node))?.symbol ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kindsOf(typeOf(node))?.completion ?? CompletionItemKind.Reference;
    }
}
