/**
 * The formatter: one canonical layout for playbooks. It only ever rewrites the whitespace *between*
 * tokens (comments count as tokens), so it cannot drop, add or reorder a comment or any other
 * non-whitespace character, and it never touches the inside of a string, block string or comment.
 *
 * The canonical layout:
 * - indentation is 2 spaces per open `{`; a line that continues a declaration or clause from the
 *   line before (e.g. a step's clauses spread over several lines) gets one more level;
 * - a comment on its own line is indented like the code that follows it (inside the block when a
 *   `}` follows);
 * - line breaks are kept as written, at most one blank line in a row, none right after `{` or
 *   right before `}`, no blank lines at the start of the file, exactly one line break at its end;
 * - a block `{ … }` written on one line stays on one line (`{ tag "x" }`); in a block that spans
 *   several lines the first item after `{` and the closing `}` start their own lines, and every
 *   declaration (role, step, property, budget line …) starts its own line; clauses stay where written;
 * - within a line: single spaces between tokens; none around `..` and `.`, none before `,`, none
 *   inside `enum( … )`; the spacing before a trailing comment is kept (so aligned comments stay
 *   aligned), at least one space;
 * - no trailing blanks, not even at the end of a `//` comment;
 * - the line-break style (LF or CRLF) of the file is kept; a byte-order mark is kept.
 *
 * Documents with syntax errors are not formatted. No LSP types here: the CLI (`playbook fmt`) and the
 * editor's formatter (language/lsp/formatter.ts) both use this module.
 */
import { type AstNode, AstUtils, type CompositeCstNode, type CstNode, GrammarAST, GrammarUtils, isLeafCstNode, type LeafCstNode } from 'langium';
import { DECLARATION_TYPES, declarationRow } from '../vocabulary/declarations.js';
import { CONSTRUCTION } from './chinese-keywords.js';
import { KIND_VALUES } from '../vocabulary/kinds.js';

const INDENT = '  ';

/** AST node types that are declarations (language/vocabulary/), and imports: each starts its own line in a multi-line block. */
const STATEMENT_TYPES: ReadonlySet<string> = new Set(['Import', ...DECLARATION_TYPES]);

/**
 * Keywords that open a clause of a node; inside that node's own `{ … }` they start a line item (the
 * vocabulary's `block` clauses, and the Chinese constructions of step and milestone clauses).
 */
const CLAUSE_KEYWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(DECLARATION_TYPES.map(type => [
    type, new Set([
        ...declarationRow(type)!.clauses.filter(c => c.block && c.keyword).map(c => c.keyword!),
        ...(type === 'Step' ? [CONSTRUCTION.dayOpen, CONSTRUCTION.forDuration, CONSTRUCTION.forSegment] : type === 'Milestone' ? [CONSTRUCTION.dayOpen] : []),
    ]),
]));

/** One token of the text (comments included). */
interface Tok {
    readonly offset: number;
    readonly end: number;
    readonly image: string;
    readonly comment: boolean;
    /** Line of the first and last character. */
    readonly line: number;
    readonly endLine: number;
}

export interface FormatInput {
    readonly text: string;
    /** Significant tokens and comments, in any order (the lexer's `tokens` and `hidden`). */
    readonly tokens: readonly { startOffset: number; image: string; tokenType: { name: string } }[];
    /** The parsed root (error-free). */
    readonly root: AstNode;
}

/** A replacement of the whitespace between two tokens. */
export interface GapEdit {
    readonly offset: number;
    readonly end: number;
    readonly newText: string;
}

/** Computes the whitespace edits that bring `text` into the canonical layout. */
export function formatEdits(input: FormatInput): GapEdit[] {
    const { text } = input;
    const lineStarts = computeLineStarts(text);
    const lineOf = (offset: number) => lineAt(lineStarts, offset);
    const toks: Tok[] = input.tokens
        .map(t => {
            const offset = t.startOffset;
            const end = offset + t.image.length;
            return {
                offset, end, image: t.image,
                comment: t.tokenType.name === 'SL_COMMENT' || t.tokenType.name === 'ML_COMMENT',
                line: lineOf(offset), endLine: lineOf(Math.max(offset, end - 1)),
            };
        })
        .sort((a, b) => a.offset - b.offset);
    if (toks.length === 0) return [];
    const eol = detectEol(text);
    const structure = analyse(input.root, toks);

    // Brace depth before each token, and matching braces.
    const depth: number[] = new Array(toks.length);
    const match = new Map<number, number>();
    const stack: number[] = [];
    for (let i = 0; i < toks.length; i++) {
        depth[i] = stack.length;
        const t = toks[i];
        if (t.comment) continue;
        if (t.image === '{') stack.push(i);
        else if (t.image === '}' && stack.length) {
            const open = stack.pop()!;
            match.set(open, i);
            match.set(i, open);
        }
    }
    if (stack.length) return []; // unbalanced: leave the text alone
    /** Index of the `{` of the innermost block around token i (-1: top level). */
    const enclosing: number[] = new Array(toks.length);
    {
        const open: number[] = [];
        for (let i = 0; i < toks.length; i++) {
            const t = toks[i];
            if (!t.comment && t.image === '}') open.pop();
            enclosing[i] = open.length ? open[open.length - 1] : -1;
            if (!t.comment && t.image === '{') open.push(i);
        }
    }
    const multiLine = (openIndex: number) => openIndex < 0 || toks[match.get(openIndex)!].line !== toks[openIndex].line;
    const isOpen = (i: number) => !toks[i].comment && toks[i].image === '{';
    const isClose = (i: number) => !toks[i].comment && toks[i].image === '}';

    // Nearest non-comment token before / after each token (-1: none).
    const prevSig: number[] = new Array(toks.length);
    const nextSig: number[] = new Array(toks.length);
    for (let i = 0, last = -1; i < toks.length; i++) {
        prevSig[i] = last;
        if (!toks[i].comment) last = i;
    }
    for (let i = toks.length - 1, next = -1; i >= 0; i--) {
        nextSig[i] = next;
        if (!toks[i].comment) next = i;
    }
    const previousSignificant = (i: number): number => prevSig[i];
    const nextSignificant = (i: number): number => nextSig[i];
    /** Does token i start a line item (declaration or clause in its owner's block)? */
    const startsItem = (i: number) => structure.lineStarters.has(toks[i].offset);

    /** Indentation (in levels) of token i when it starts a line. */
    const indentLevels = (i: number): number => {
        const t = toks[i];
        if (t.comment) {
            const n = nextSignificant(i);
            if (n < 0) return depth[i];
            if (isClose(n)) return depth[n];
            return indentLevels(n);
        }
        if (isClose(i)) return depth[i] - 1;
        if (startsItem(i)) return depth[i];
        // The first item of a block always sits at the block's level (even if we cannot name it).
        const p = previousSignificant(i);
        if (p >= 0 && isOpen(p)) return depth[i];
        if (p < 0) return depth[i];
        return depth[i] + 1;
    };

    /** Must token i start a new line even if written on the line of the token before? */
    const mustBreak = (i: number): boolean => {
        const t = toks[i];
        if (t.comment) return false;
        if (isClose(i)) return multiLine(match.get(i)!);
        const p = previousSignificant(i);
        if (p >= 0 && isOpen(p) && multiLine(p)) return true;
        if (structure.statementStarts.has(t.offset) && multiLine(enclosing[i])) {
            const prev = toks[i - 1];
            // A comment written on its own line right before the declaration stays on that line.
            if (prev.comment && isOwnLine(text, prev.offset)) return false;
            return true;
        }
        return false;
    };

    const edits: GapEdit[] = [];
    const push = (offset: number, end: number, newText: string) => {
        if (text.slice(offset, end) !== newText) edits.push({ offset, end, newText });
    };

    // Before the first token: nothing but a byte-order mark.
    const first = toks[0];
    const lead = text.slice(0, first.offset);
    if (/^[\s\u3000\uFEFF]*$/.test(lead)) push(0, first.offset, text.startsWith('\uFEFF') ? '\uFEFF' : '');

    for (let i = 1; i < toks.length; i++) {
        const a = toks[i - 1];
        const b = toks[i];
        const gap = text.slice(a.end, b.offset);
        if (!/^[\s\u3000\uFEFF]*$/.test(gap)) continue; // never touch anything but whitespace
        const breaks = countLineBreaks(gap);
        let newText: string;
        if (breaks > 0 || mustBreak(i)) {
            let lines = Math.max(1, Math.min(breaks, 2));
            if ((!a.comment && a.image === '{') || isClose(i)) lines = 1;
            newText = eol.repeat(lines) + INDENT.repeat(Math.max(0, indentLevels(i)));
        } else {
            newText = inlineSpace(a, b, gap);
        }
        push(a.end, b.offset, newText);
    }

    // Trailing blanks of a line comment are part of its token; they go too (nothing else inside a comment changes).
    for (const t of toks) {
        if (!t.comment || !t.image.startsWith('//')) continue;
        const kept = lengthWithoutTrailingBlanks(t.image);
        if (kept < t.image.length) edits.push({ offset: t.offset + kept, end: t.end, newText: '' });
    }
    edits.sort((x, y) => x.offset - y.offset);

    // After the last token: exactly one line break.
    const last = toks[toks.length - 1];
    const tail = text.slice(last.end);
    if (/^[\s\u3000\uFEFF]*$/.test(tail)) push(last.end, text.length, eol);
    return edits;
}

/** The spacing between two tokens on one line. */
function inlineSpace(a: Tok, b: Tok, gap: string): string {
    if (b.comment) return /^ +$/.test(gap) ? gap : ' ';
    if (a.comment) return ' ';
    const x = a.image;
    const y = b.image;
    if (x === '..' || y === '..' || x === '.' || y === '.') return '';
    if (x === 'D' && /^[+-]\d+$/.test(y)) return ''; // `D-3`, `D+2`: a day counted from the D-day
    if (y === ',') return '';
    if (x === '(' || y === ')') return '';
    if (y === '(' && (x === 'enum' || x === KIND_VALUES.propertyType.enum.zh)) return '';
    return ' ';
}

/** Where declarations and clause items begin, from the parse tree. */
function analyse(root: AstNode, toks: readonly Tok[]): { statementStarts: Set<number>; lineStarters: Set<number> } {
    const statementStarts = new Set<number>();
    const lineStarters = new Set<number>();
    const rootCst = root.$cstNode;
    if (!rootCst) return { statementStarts, lineStarters };
    const significant = new Set<number>();
    for (const t of toks) if (!t.comment) significant.add(t.offset);
    const braces = new Map<AstNode, { open?: number; close?: number }>();
    const keywordLeaves: LeafCstNode[] = [];
    const started = new Set<AstNode>();
    const nameKeyword = new Map<unknown, boolean>();
    for (const leaf of leavesOf(rootCst)) {
        if (leaf.hidden || !significant.has(leaf.offset)) continue;
        const node = leaf.astNode;
        // Leaves come in text order: the first one under a node is where the node starts.
        for (let n: AstNode | undefined = node; n && !started.has(n); n = n.$container) {
            started.add(n);
            if (STATEMENT_TYPES.has(n.$type)) {
                statementStarts.add(leaf.offset);
                lineStarters.add(leaf.offset);
            }
        }
        const source = leaf.grammarSource;
        if (!GrammarAST.isKeyword(source)) continue;
        // A keyword used as a name (a phase called `review`) is a name, not a clause.
        let isName = nameKeyword.get(source);
        if (isName === undefined) {
            const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
            isName = !!rule && GrammarUtils.isDataTypeRule(rule);
            nameKeyword.set(source, isName);
        }
        if (isName) continue;
        if (leaf.text === '{' || leaf.text === '}') {
            let b = braces.get(node);
            if (!b) braces.set(node, b = {});
            if (leaf.text === '{' && b.open === undefined) b.open = leaf.offset;
            if (leaf.text === '}') b.close = leaf.offset;
        } else {
            keywordLeaves.push(leaf);
        }
    }
    for (const leaf of keywordLeaves) {
        const node = leaf.astNode;
        // The grammar's keyword: a Chinese form (`负责人`) is a token of its English keyword (`owner`).
        if (!CLAUSE_KEYWORDS.get(node.$type)?.has((leaf.grammarSource as GrammarAST.Keyword).value)) continue;
        const b = braces.get(node);
        if (b?.open !== undefined && b.close !== undefined && leaf.offset > b.open && leaf.offset < b.close) lineStarters.add(leaf.offset);
    }
    return { statementStarts, lineStarters };
}

/** The leaves of a CST in text order (an explicit stack: no recursion, no stream overhead). */
function leavesOf(root: CstNode): LeafCstNode[] {
    const out: LeafCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length) {
        const node = stack.pop()!;
        if (isLeafCstNode(node)) {
            out.push(node);
            continue;
        }
        const content = (node as CompositeCstNode).content;
        for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
    }
    return out;
}

function isOwnLine(text: string, offset: number): boolean {
    for (let k = offset - 1; k >= 0; k--) {
        const c = text[k];
        if (c === '\n' || c === '\r') return true;
        if (!/[\s\u3000\uFEFF]/.test(c)) return false;
    }
    return true;
}

function countLineBreaks(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function detectEol(text: string): string {
    const m = /\r\n|\r|\n/.exec(text);
    return m ? m[0] : '\n';
}

/**
 * The length of `text` without its trailing whitespace, scanning back from the end. (The regex
 * `/[\s\u3000\uFEFF]+$/` retried at every blank of a run that a non-blank ends: a comment with
 * 160,000 spaces before its last word took 9 s.)
 */
export function lengthWithoutTrailingBlanks(text: string): number {
    let end = text.length;
    while (end > 0 && /[\s\u3000\uFEFF]/.test(text[end - 1])) end--;
    return end;
}

export function computeLineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
        } else if (c === 10) {
            starts.push(i + 1);
        }
    }
    return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}


