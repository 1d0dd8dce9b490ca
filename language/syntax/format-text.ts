/**
 * Formatting a whole text without an editor: parse, check for syntax errors, apply the canonical
 * layout of layout.ts (and, for `playbook fmt --keywords`, a keyword conversion first). No LSP types.
 */
import type { AstNode, LangiumCoreServices } from 'langium';
import { type KeywordLanguage, keywordEdits } from './keyword-conversion.js';
import { computeLineStarts, formatEdits, type GapEdit } from './layout.js';

/** A syntax error of a text that is therefore not formatted (1-based line and column). */
export interface SyntaxProblem {
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

/** What formatting a whole text gives: the new text, or the syntax errors that stop it. */
export type LayoutResult = { readonly text: string; readonly errors?: undefined } | { readonly text?: undefined; readonly errors: readonly SyntaxProblem[] };

/** Applies non-overlapping edits (sorted or not) to a text. */
export function applyGapEdits(text: string, edits: readonly GapEdit[]): string {
    const sorted = [...edits].sort((a, b) => a.offset - b.offset);
    let out = '';
    let at = 0;
    for (const e of sorted) {
        out += text.slice(at, e.offset) + e.newText;
        at = e.end;
    }
    return out + text.slice(at);
}

/**
 * Parses `text` with the language's parser and returns it in the canonical layout, or its syntax
 * errors (lexer and parser; references are not resolved: formatting needs none).
 * `extraEdits` adds edits of tokens (keyword conversion) computed from the same parse.
 */
export function layoutText(
    services: LangiumCoreServices,
    text: string,
    extraEdits?: (root: AstNode) => readonly GapEdit[],
): LayoutResult {
    const lexed = services.parser.Lexer.tokenize(text);
    const parsed = services.parser.LangiumParser.parse(text);
    const errors: SyntaxProblem[] = [];
    for (const e of lexed.errors) errors.push({ line: e.line ?? 1, column: e.column ?? 1, message: e.message });
    for (const e of parsed.parserErrors) {
        const t = e.token;
        const line = Number.isFinite(t.startLine) ? t.startLine! : lastLine(text);
        const column = Number.isFinite(t.startColumn) ? t.startColumn! : 1;
        errors.push({ line, column, message: e.message });
    }
    if (errors.length) return { errors };
    const root = parsed.value;
    // Keyword edits change tokens, not the gaps between them: the converted text is laid out afresh.
    if (extraEdits) return layoutText(services, applyGapEdits(text, extraEdits(root)));
    return { text: applyGapEdits(text, formatEdits({ text, tokens: [...lexed.tokens, ...lexed.hidden], root })) };
}

function lastLine(text: string): number {
    return computeLineStarts(text).length;
}

/** `text` with every keyword and kind value in `to`, in the canonical layout (or its syntax errors). */
export function convertKeywords(services: LangiumCoreServices, text: string, to: KeywordLanguage): LayoutResult {
    return layoutText(services, text, root => keywordEdits(root, to));
}
