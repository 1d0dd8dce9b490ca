/**
 * The region of a document that completion parses: only the declaration around the cursor (so the
 * cost does not grow with the file), never starting after a syntax error.
 */
import { type AstNode, type CstNode, GrammarUtils, type LangiumDocument } from 'langium';
import { isLibrary, isModel, isPhase } from '../generated/ast.js';

/**
 * A stretch of text around the cursor that starts where the parser is in a known state (the body
 * of the playbook, library or a phase) and ends on a token boundary, with the header text that
 * brings a fresh parser into that state.
 */
export interface Region {
    start: number;
    end: number;
    header: string;
}

/** Below this many characters before the cursor the whole prefix is parsed as Langium does. */
const SMALL_PREFIX = 2000;

export function findRegion(document: LangiumDocument, offset: number): Region | undefined {
    if (offset < SMALL_PREFIX) return undefined;
    const root = document.parseResult?.value;
    if (!isModel(root)) return undefined;
    const body = root.playbook ?? root.library;
    if (!body?.$cstNode) return undefined;
    const open = openBrace(body.$cstNode);
    const hasError = errorFinder(document);
    if (open === undefined || offset <= open || hasError(0, open)) return undefined;
    const outerHeader = isLibrary(body) ? 'library _ {\n' : 'playbook _ {\n';
    const decls = body.declarations as AstNode[];
    const index = settle(decls, lastStartingBefore(decls, offset), open, hasError);
    if (index === undefined) return undefined;
    const region = regionAround(decls, index, offset, open, body.$cstNode.end, outerHeader);
    // Inside a phase body: narrow down to its items.
    const phase = decls[index];
    if (phase && isPhase(phase) && phase.$cstNode && offset <= phase.$cstNode.end) {
        const phaseOpen = openBrace(phase.$cstNode);
        if (phaseOpen !== undefined && offset >= phaseOpen && !hasError(phase.$cstNode.offset, phaseOpen)) {
            const items = phase.items as AstNode[];
            const i = settle(items, lastStartingBefore(items, offset), phaseOpen, hasError);
            if (i !== undefined) return regionAround(items, i, offset, phaseOpen, phase.$cstNode.end, `${outerHeader}phase _ {\n`);
        }
    }
    return region;
}

/** How far back a region may move past declarations touched by syntax errors before giving up. */
const MAX_SETTLE_STEPS = 20;

/**
 * A node whose start follows a syntax error may be an artefact of error recovery (the parser
 * was somewhere else when it met that token). Steps back from node `index` until the node before
 * it, and its own start, are free of errors; -1 means the opening brace.
 */
function settle(nodes: readonly AstNode[], index: number, open: number, hasError: (from: number, to: number) => boolean): number | undefined {
    for (let steps = 0; steps < MAX_SETTLE_STEPS; steps++) {
        if (index < 0) return -1;
        const start = nodes[index].$cstNode?.offset;
        const previous = index > 0 ? (nodes[index - 1].$cstNode?.offset ?? open) : open;
        if (start !== undefined && !hasError(previous, start)) return index;
        index--;
    }
    return undefined;
}

/** `hasError(a, b)`: whether a lexing or parsing error starts at an offset in [a, b]. */
function errorFinder(document: LangiumDocument): (from: number, to: number) => boolean {
    const result = document.parseResult;
    const end = document.textDocument.getText().length;
    const offsets = [
        ...result.lexerErrors.map(e => e.offset),
        ...result.parserErrors.map(e => (Number.isFinite(e.token?.startOffset) ? e.token.startOffset : end)),
    ].sort((x, y) => x - y);
    return (from, to) => {
        // First error at or after `from`.
        let lo = 0;
        let hi = offsets.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (offsets[mid] < from) lo = mid + 1;
            else hi = mid;
        }
        return lo < offsets.length && offsets[lo] <= to;
    };
}

/** End offset of the first `{` of a declaration (not of one nested in it), if any. */
function openBrace(cst: CstNode): number | undefined {
    return GrammarUtils.findNodeForKeyword(cst, '{')?.end;
}

/** Index of the last node (in text order) that starts before `offset`, or -1. */
function lastStartingBefore(nodes: readonly AstNode[], offset: number): number {
    let lo = 0;
    let hi = nodes.length - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const cst = nodes[mid].$cstNode;
        if (cst && cst.offset < offset) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return found;
}

/**
 * From the start of node `index` (or the opening brace) to the start of the next node (or the
 * container's end): every token the cursor can touch lies in between.
 */
function regionAround(nodes: readonly AstNode[], index: number, offset: number, open: number, containerEnd: number, header: string): Region {
    const start = index >= 0 && nodes[index].$cstNode ? nodes[index].$cstNode!.offset : open;
    const after = nodes[index + 1]?.$cstNode;
    const end = after ? after.offset : containerEnd;
    return { start, end: Math.max(end, offset), header };
}
