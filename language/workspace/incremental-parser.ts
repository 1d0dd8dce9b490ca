/**
 * Incremental reparsing. Langium parses the whole text on every change; a 20,000-line playbook
 * takes the better part of a second. Most edits fall inside one top-level declaration (a step line
 * of a phase, an asset block), so this reparses only that declaration's text and splices the new
 * subtree into the old AST and CST, shifting the positions of everything after it.
 *
 * The result must be exactly what a full parse gives, so the fast path is taken only when that is
 * certain: the old tree had no syntax errors outside the declaration, the edit lies strictly
 * inside it (after its first token), the new text of the declaration parses as one declaration
 * with no error, and the token after it cannot be read as a continuation of it. Anything else
 * (half-typed text, edits between declarations or in the header, imports) takes a full parse.
 */
import {
    type AstNode, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumDocument, type Mutable, type ParseResult,
    isCompositeCstNode, isLeafCstNode,
} from 'langium';
import { isModel, type Library, type Playbook } from '../generated/ast.js';
import { firstLeaf, lastLeaf } from '../syntax/cst.js';
import { placeLeaf, resetRange, rootText, setCstAstNode, setCstContent, setRootText, shiftLeaf } from '../syntax/langium-internals.js';
import { RESERVED_DECLARATION_KEYWORDS } from '../vocabulary/declarations.js';

/** How often each path was taken (read by the benchmark and the tests). */
export const parseStats = { incremental: 0, full: 0 };

/**
 * Tokens that can follow a declaration and never continue it: a declaration keyword that is not
 * also a name (`budget`, `blackout`, `start` … can be names, e.g. a budget's currency), `owner`, or `}`.
 */
const SAFE_NEXT: ReadonlySet<string> = new Set([...RESERVED_DECLARATION_KEYWORDS, 'owner', '}']);

/**
 * The new parse result of `document` for `newText`, made by reparsing one declaration, or
 * undefined when that is not certain to equal a full parse (the caller then parses in full).
 * On success the old AST and CST are updated in place (a new root object keeps identity-based
 * caches of the old tree from answering for the new one).
 */
export function reparseIncrementally(services: LangiumCoreServices, document: LangiumDocument, newText: string): ParseResult | undefined {
    const old = document.parseResult;
    const root = old.value;
    const rootCst = root.$cstNode as CompositeCstNode | undefined;
    if (!isModel(root) || !rootCst) return undefined;
    const container: Playbook | Library | undefined = root.playbook ?? root.library;
    if (!container || container.declarations.length === 0) return undefined;
    const oldText = rootText(rootCst);
    if (typeof oldText !== 'string' || oldText === newText) return undefined;

    // The changed region: [prefix, oldText.length - suffix) in the old text.
    const max = Math.min(oldText.length, newText.length);
    let prefix = 0;
    while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldChangeEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;

    // The declaration that strictly contains the change (after its first token, before its end).
    const decls = container.declarations as AstNode[];
    const index = declarationAt(decls, prefix);
    if (index < 0) return undefined;
    const decl = decls[index];
    const outer = decl.$cstNode as CompositeCstNode | undefined;
    if (!outer || !isCompositeCstNode(outer) || outer.container === undefined) return undefined;
    const first = firstLeaf(outer);
    const last = lastLeaf(outer);
    if (!first || !last) return undefined;
    const start = first.offset;
    const end = last.end;
    if (prefix < first.end || oldChangeEnd > end - 1) return undefined;

    // Old syntax errors must all lie inside the declaration (the new one will have none).
    for (const e of old.lexerErrors) if (!(e.offset >= start && e.offset < end)) return undefined;
    for (const d of old.lexerReport?.diagnostics ?? []) if (!(d.offset >= start && d.offset < end)) return undefined;
    for (const e of old.parserErrors) {
        const offset = e.token?.startOffset;
        if (!(Number.isFinite(offset) && offset >= start && offset < end)) return undefined;
    }

    // The token after the declaration must not be one that could continue it.
    const next = nextToken(outer);
    if (next && !SAFE_NEXT.has(next.text)) return undefined;

    // Parse the new text of the declaration alone.
    const fragment = newText.substring(start, end + delta);
    const rule = root.playbook ? 'Declaration' : 'LibraryDeclaration';
    let parsed: ParseResult;
    try {
        parsed = services.parser.LangiumParser.parse(fragment, { rule });
    } catch {
        return undefined;
    }
    if (parsed.lexerErrors.length || parsed.parserErrors.length || parsed.lexerReport?.diagnostics.length) return undefined;
    const node = parsed.value as Mutable<AstNode>;
    const fragmentRoot = node.$cstNode as CompositeCstNode | undefined;
    if (!fragmentRoot || !isCompositeCstNode(fragmentRoot) || node.$type !== decl.$type) return undefined;
    const newLast = lastLeaf(fragmentRoot);
    if (!newLast || newLast.end !== fragment.length || firstLeaf(fragmentRoot)?.offset !== 0) return undefined;

    // Positions: the fragment starts where the declaration did; what follows moves by the change.
    const baseLine = first.range.start.line;
    const baseColumn = first.range.start.character;
    const oldEnd = last.range.end;
    const relEnd = newLast.range.end;
    const newEndLine = baseLine + relEnd.line;
    const newEndColumn = relEnd.line === 0 ? baseColumn + relEnd.character : relEnd.character;
    const lineDelta = newEndLine - oldEnd.line;
    const columnDelta = newEndColumn - oldEnd.character;

    // 1. Shift everything after the declaration (later siblings of it and of its ancestors).
    for (let child: CstNode = outer, parent: CompositeCstNode | undefined = outer.container; parent; child = parent, parent = parent.container) {
        resetRange(parent);
        const siblings = parent.content;
        for (let i = siblings.indexOf(child) + 1; i < siblings.length; i++) {
            shiftSubtree(siblings[i], delta, lineDelta, oldEnd.line, columnDelta);
        }
    }
    // 2. Place the fragment's nodes at the declaration's position.
    for (const child of fragmentRoot.content) placeSubtree(child, start, baseLine, baseColumn);
    // 3. Splice: the old outer CST node keeps its place and grammar source, with the new content.
    setCstContent(outer, [...fragmentRoot.content]);
    for (const child of fragmentRoot.content) (child as Mutable<CstNode>).container = outer;
    setCstAstNode(outer, node);
    resetRange(outer);
    node.$cstNode = outer;
    node.$container = container;
    node.$containerProperty = 'declarations';
    node.$containerIndex = index;
    (container.declarations as AstNode[])[index] = node;
    // The old declaration leaves the tree (so nothing takes it for a live node any more).
    (decl as Mutable<AstNode>).$container = undefined;
    // 4. A new root object for the new text.
    setRootText(rootCst, newText);
    const newRoot = { ...root } as Mutable<AstNode> & { imports: AstNode[]; playbook?: AstNode; library?: AstNode };
    for (const imp of newRoot.imports) (imp as Mutable<AstNode>).$container = newRoot;
    if (newRoot.playbook) (newRoot.playbook as Mutable<AstNode>).$container = newRoot;
    if (newRoot.library) (newRoot.library as Mutable<AstNode>).$container = newRoot;
    setCstAstNode(rootCst, newRoot);
    newRoot.$cstNode = rootCst;
    return { value: newRoot, lexerErrors: [], parserErrors: [], lexerReport: { diagnostics: [] } };
}

/** Index of the declaration whose text contains `offset` (binary search; -1 if none). */
function declarationAt(decls: readonly AstNode[], offset: number): number {
    let lo = 0;
    let hi = decls.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const cst = decls[mid].$cstNode;
        if (!cst) return -1;
        if (offset < cst.offset) hi = mid - 1;
        else if (offset >= cst.end) lo = mid + 1;
        else return mid;
    }
    return -1;
}

/** The first non-hidden leaf after `node` in the tree. */
function nextToken(node: CstNode): CstNode | undefined {
    for (let child: CstNode = node, parent: CompositeCstNode | undefined = node.container; parent; child = parent, parent = parent.container) {
        const siblings = parent.content;
        for (let i = siblings.indexOf(child) + 1; i < siblings.length; i++) {
            const leaf = firstLeaf(siblings[i]);
            if (leaf && !leaf.hidden) return leaf;
        }
    }
    return undefined;
}


/** Moves a subtree after the edit: offsets by `delta`, lines by `lineDelta`, columns on `oldLine` by `columnDelta`. */
function shiftSubtree(node: CstNode, delta: number, lineDelta: number, oldLine: number, columnDelta: number): void {
    if (isLeafCstNode(node)) {
        shiftLeaf(node, delta, lineDelta, oldLine, columnDelta);
    } else if (isCompositeCstNode(node)) {
        resetRange(node);
        for (const child of node.content) shiftSubtree(child, delta, lineDelta, oldLine, columnDelta);
    }
}

/** Moves a subtree of the fragment (positions from 0:0) to `offset`, `line`:`column`. */
function placeSubtree(node: CstNode, offset: number, line: number, column: number): void {
    if (isLeafCstNode(node)) {
        placeLeaf(node, offset, line, column);
    } else if (isCompositeCstNode(node)) {
        resetRange(node);
        for (const child of node.content) placeSubtree(child, offset, line, column);
    }
}
