/**
 * CST lookups for code that visits every token of big files (outline, semantic tokens, the
 * duplicate-clause rule, incremental reparsing, the model's source offsets). Langium's
 * `findAssignment`/`getNameNode` walk the grammar upwards for every token; the grammar never
 * changes, so the answer per grammar element is cached here. No LSP types.
 */
import { type AstNode, AstUtils, type CstNode, GrammarAST, isCompositeCstNode } from 'langium';

/** Grammar element → the assignment containing it (null: none). */
const assignmentOf = new WeakMap<object, GrammarAST.Assignment | null>();

/** The assignment a grammar element belongs to (itself, or the nearest one containing it). */
export function containingAssignment(element: AstNode | undefined): GrammarAST.Assignment | undefined {
    if (!element) return undefined;
    let cached = assignmentOf.get(element);
    if (cached === undefined) {
        cached = AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ?? null;
        assignmentOf.set(element, cached);
    }
    return cached ?? undefined;
}

/** The assignment a CST node belongs to (as `GrammarUtils.findAssignment`). */
export function findAssignment(cst: CstNode): GrammarAST.Assignment | undefined {
    let node: CstNode | undefined = cst;
    const astNode = cst.astNode;
    while (node && astNode === node.container?.astNode) {
        const assignment = containingAssignment(node.grammarSource);
        if (assignment) return assignment;
        node = node.container;
    }
    return undefined;
}

/** The first CST node of `node` assigned to `property` (as `GrammarUtils.findNodeForProperty`). */
export function findNodeForProperty(node: AstNode, property: string): CstNode | undefined {
    const root = node.$cstNode;
    if (!root) return undefined;
    const search = (cst: CstNode): CstNode | undefined => {
        if (!isCompositeCstNode(cst)) return undefined;
        for (const child of cst.content) {
            if (containingAssignment(child.grammarSource)?.feature === property) return child;
            if (isCompositeCstNode(child) && child.astNode === node) {
                const found = search(child);
                if (found) return found;
            }
        }
        return undefined;
    };
    return search(root);
}

/**
 * The CST node of the value that counts of a clause written more than once (`at 09:00 … at 23:30`):
 * the last one assigned to `property` (syntax/clauses.ts `lastGiven` reads the same value). Ranges,
 * edits and hints about that value go here, never to the first one.
 */
export function lastNodeForProperty(node: AstNode, property: string): CstNode | undefined {
    const root = node.$cstNode;
    if (!root) return undefined;
    let last: CstNode | undefined;
    const search = (cst: CstNode): void => {
        if (!isCompositeCstNode(cst)) return;
        for (const child of cst.content) {
            if (containingAssignment(child.grammarSource)?.feature === property) last = child;
            else if (isCompositeCstNode(child) && child.astNode === node) search(child);
        }
    };
    search(root);
    return last;
}

/** The first token (non-hidden leaf) of a CST node, itself when it is a leaf. */
export function firstLeaf(node: CstNode): CstNode | undefined {
    let n: CstNode | undefined = node;
    while (n && isCompositeCstNode(n)) n = n.content.find(c => !c.hidden);
    return n;
}

/** The last token (non-hidden leaf) of a CST node, itself when it is a leaf. */
export function lastLeaf(node: CstNode): CstNode | undefined {
    let n: CstNode | undefined = node;
    while (n && isCompositeCstNode(n)) n = n.content.findLast(c => !c.hidden);
    return n;
}
