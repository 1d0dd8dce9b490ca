/**
 * Symbol and completion-item kinds of the declarations, so the outline, workspace symbols and
 * completion lists show a distinct icon per category.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

interface Kinds { symbol: SymbolKind; completion: CompletionItemKind }

/** AST type → kinds. Chosen for the icons editors draw, not for programming-language meaning. */
export const DECLARATION_KINDS: Readonly<Record<string, Kinds>> = {
    Playbook: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module },
    Library: { symbol: SymbolKind.Package, completion: CompletionItemKind.Module },
    Role: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    Channel: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    Segment: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct },
    Asset: { symbol: SymbolKind.File, completion: CompletionItemKind.File },
    Goal: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant },
    Phase: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module },
    Step: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function },
    Milestone: { symbol: SymbolKind.Key, completion: CompletionItemKind.Event },
    Track: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    Property: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property },
    Kpi: { symbol: SymbolKind.Variable, completion: CompletionItemKind.Variable },
    Risk: { symbol: SymbolKind.Object, completion: CompletionItemKind.Reference },
    Budget: { symbol: SymbolKind.Array, completion: CompletionItemKind.Value },
    BudgetLine: { symbol: SymbolKind.Number, completion: CompletionItemKind.Value },
    Blackout: { symbol: SymbolKind.Null, completion: CompletionItemKind.Value },
};

/** The nodes that hold declarations (outline and folding descend into these only, not into clauses). */
export const DECLARATION_CONTAINERS: ReadonlySet<string> = new Set(['Model', 'Playbook', 'Library', 'Phase', 'Track', 'Budget']);

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

export class PlaybookNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return DECLARATION_KINDS[typeOf(node)]?.symbol ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return DECLARATION_KINDS[typeOf(node)]?.completion ?? CompletionItemKind.Reference;
    }
}
