/**
 * Every use of Langium's private fields, in one place. The linker (references/linker.ts) keeps
 * resolved references across edits and the incremental parser (workspace/incremental-parser.ts)
 * moves CST nodes, for speed; both need fields Langium does not export. They reach them only
 * through these functions, and `langiumInternalsProblems` (run by
 * test/robustness/langium-internals.test.ts) says what no longer holds after a Langium upgrade,
 * before anything subtler breaks. (syntax/cst-node-builder.ts swaps the parser's private
 * `nodeBuilder` and checks it itself.)
 *
 * Relied on (Langium 4.4):
 * - `DefaultReference`: `_ref` (the target, a linking error or undefined), `_nodeDescription`;
 *   `DefaultMultiReference`: `_items`, `_linkingError`;
 * - `LeafCstNodeImpl`: `_offset`, `_startLine`, `_startColumn`, `_endLine`, `_endColumn` (its
 *   `offset` and `range` read them);
 * - `CompositeCstNodeImpl`: `_astNode` (its `astNode`), `_rangeCache` (its `range`, recomputed when
 *   undefined), a writable `content`; `RootCstNodeImpl`: `_text` (its `text`, `fullText`).
 */
import { type AstNode, type CompositeCstNode, type CstNode, type LangiumCoreServices, isAstNode, isCompositeCstNode, isLeafCstNode } from 'langium';

interface ReferenceFields { _ref?: unknown; _nodeDescription?: unknown }
interface MultiReferenceFields { _items?: unknown; _linkingError?: unknown }
interface LeafFields { _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number }
interface CompositeFields { _rangeCache: unknown; _astNode: AstNode | undefined; content: CstNode[] }
interface RootFields { _text: string }

// ---------------------------------------------------------------- references

/** Whether `ref` is a single reference (`DefaultReference`). */
export function isSingleReference(ref: object): boolean {
    return '_ref' in ref;
}

/** The node a single reference resolved to, without resolving it (undefined: unresolved, an error, or not tried). */
export function resolvedTarget(ref: object): AstNode | undefined {
    const target = (ref as ReferenceFields)._ref;
    return isAstNode(target) ? target : undefined;
}

/** Makes a single reference resolve again when next read. */
export function forgetTarget(ref: object): void {
    const r = ref as ReferenceFields;
    r._ref = undefined;
    delete r._nodeDescription;
}

/** Makes a multi-reference resolve again when next read. */
export function forgetMultiTarget(ref: object): void {
    const r = ref as MultiReferenceFields;
    r._items = undefined;
    delete r._linkingError;
}

// ---------------------------------------------------------------- CST

/** The full text a root CST node was parsed from. */
export function rootText(root: CstNode): string {
    return (root as unknown as RootFields)._text;
}

export function setRootText(root: CstNode, text: string): void {
    (root as unknown as RootFields)._text = text;
}

/** Sets the AST node a composite CST node stands for. */
export function setCstAstNode(node: CompositeCstNode, astNode: AstNode | undefined): void {
    (node as unknown as CompositeFields)._astNode = astNode;
}

/** Replaces the children of a composite CST node (their `container` is the caller's to set). */
export function setCstContent(node: CompositeCstNode, content: CstNode[]): void {
    (node as unknown as CompositeFields).content = content;
}

/** Makes a composite node compute its range again from its children (after they moved). */
export function resetRange(node: CstNode): void {
    if (isCompositeCstNode(node)) (node as unknown as CompositeFields)._rangeCache = undefined;
}

/** Moves a leaf after an edit: offset by `delta`, lines by `lineDelta`, columns on `oldLine` by `columnDelta`. */
export function shiftLeaf(leaf: CstNode, delta: number, lineDelta: number, oldLine: number, columnDelta: number): void {
    const f = leaf as unknown as LeafFields;
    f._offset += delta;
    if (f._startLine === oldLine) f._startColumn += columnDelta;
    if (f._endLine === oldLine) f._endColumn += columnDelta;
    f._startLine += lineDelta;
    f._endLine += lineDelta;
}

/** Moves a leaf of a fragment parsed from 0:0 to `offset`, `line`:`column`. */
export function placeLeaf(leaf: CstNode, offset: number, line: number, column: number): void {
    const f = leaf as unknown as LeafFields;
    f._offset += offset;
    if (f._startLine === 0) f._startColumn += column;
    if (f._endLine === 0) f._endColumn += column;
    f._startLine += line;
    f._endLine += line;
}

// ---------------------------------------------------------------- the check

/**
 * What of the above no longer holds for this Langium (empty when all does): parses a small text
 * and checks each field is there, means what it is taken to mean, and that writing it moves what
 * Langium's public getters answer.
 */
export function langiumInternalsProblems(services: LangiumCoreServices): string[] {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
    const text = 'playbook p "t" {\n  role r "R"\n}\n';
    const parsed = services.parser.LangiumParser.parse(text).value as AstNode & { playbook?: { declarations: AstNode[] } };
    const root = parsed.$cstNode?.root;
    const role = parsed.playbook?.declarations[0];
    if (!root || !role?.$cstNode || !isCompositeCstNode(role.$cstNode)) return ['the parser gave no CST'];
    check(rootText(root) === text && root.fullText === text, 'RootCstNodeImpl._text is the parsed text');
    setRootText(root, text + ' ');
    check(root.fullText === text + ' ', 'RootCstNodeImpl.fullText reads _text');
    setRootText(root, text);

    const leaves: CstNode[] = [];
    const composites: CompositeCstNode[] = [];
    const walk = (n: CstNode) => {
        if (isLeafCstNode(n)) leaves.push(n);
        else if (isCompositeCstNode(n)) { composites.push(n); n.content.forEach(walk); }
    };
    walk(root);
    const leaf = leaves.find(l => l.text === 'role');
    if (!leaf) return [...problems, 'no leaf for `role`'];
    const f = leaf as unknown as Partial<LeafFields>;
    check(f._offset === leaf.offset, 'LeafCstNodeImpl._offset is its offset');
    check(f._startLine === leaf.range.start.line && f._startColumn === leaf.range.start.character, 'LeafCstNodeImpl._startLine/_startColumn are its range start');
    check(f._endLine === leaf.range.end.line && f._endColumn === leaf.range.end.character, 'LeafCstNodeImpl._endLine/_endColumn are its range end');
    shiftLeaf(leaf, 10, 2, 1, 3);
    check(leaf.offset === 29 && leaf.range.start.line === 3 && leaf.range.start.character === 5 && leaf.range.end.character === 9,
        'LeafCstNodeImpl.offset/range read the fields shiftLeaf writes');
    placeLeaf(leaf, -10, -2, 0);
    check(leaf.offset === 19, 'LeafCstNodeImpl.offset reads the field placeLeaf writes');

    const owner = role.$cstNode;
    if (!composites.includes(owner)) return [...problems, 'the role\'s CST node is not in the tree'];
    const c = owner as unknown as Partial<CompositeFields>;
    check('_astNode' in owner && c._astNode === role && owner.astNode === role, 'CompositeCstNodeImpl._astNode is its astNode');
    const parent = leaf.container!;
    const range = parent.range;
    check('_rangeCache' in parent && (parent as unknown as CompositeFields)._rangeCache !== undefined, 'CompositeCstNodeImpl._rangeCache caches its range');
    shiftLeaf(leaf, 0, 5, -1, 0);
    check(parent.range === range, 'CompositeCstNodeImpl.range is cached');
    resetRange(parent);
    check(parent.range.start.line === range.start.line + 5, 'resetRange makes CompositeCstNodeImpl.range recompute');
    shiftLeaf(leaf, 0, -5, -1, 0);
    resetRange(parent);
    const ast = owner.astNode;
    setCstAstNode(owner, undefined);
    check(owner.astNode !== ast, 'CompositeCstNodeImpl.astNode reads _astNode');
    setCstAstNode(owner, ast);
    const children = owner.content;
    setCstContent(owner, children.slice(1));
    check(owner.content.length === children.length - 1, 'CompositeCstNodeImpl.content is writable');
    setCstContent(owner, [...children]);
    return problems;
}

/** The reference fields, checked on a linked reference (`ref.ref` has been read). */
export function referenceInternalsProblems(ref: object & { ref?: AstNode }): string[] {
    const problems: string[] = [];
    const target = ref.ref;
    if (!isSingleReference(ref)) return ['DefaultReference has no _ref'];
    if (resolvedTarget(ref) !== target || !target) problems.push('DefaultReference._ref is the resolved target');
    if (!('_nodeDescription' in ref)) problems.push('DefaultReference._nodeDescription is kept');
    forgetTarget(ref);
    if ((ref as ReferenceFields)._ref !== undefined || '_nodeDescription' in ref) problems.push('forgetTarget clears _ref and _nodeDescription');
    return problems;
}
