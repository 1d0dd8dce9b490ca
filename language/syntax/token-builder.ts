/**
 * Token types from the grammar, with linear-time matchers for the two delimited terminals.
 *
 * The grammar's regexes for `/* … *\/` and `""" … """` scan to the end of the text when the closer
 * is missing, and the lexer retries them at every later opener: 20,000 unclosed `/*` took seconds
 * (quadratic). These matchers find the same tokens with `indexOf` and remember the last search, so
 * a text with many unclosed openers is scanned once. The same holds for `"…"` strings: the
 * grammar's `/"(\\.|[^"\\\r\n])*"/` scanned to the line end at every `"` of an unclosed
 * `"\"\"\"…` (80,000 of them: 10 s); `quotedString` remembers where a failed scan ended.
 */
import type { CustomPatternMatcherFunc, TokenType, TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, type Grammar, type GrammarAST, type TokenBuilderOptions } from 'langium';
import { NAME_KEYWORDS } from '../vocabulary/keywords.js';
import { CHINESE_KEYWORDS, KEYWORD_EN, chineseKeywordPattern } from './chinese-keywords.js';

const DELIMITED: Record<string, { open: string; close: string }> = {
    ML_COMMENT: { open: '/*', close: '*/' },
    BLOCK_STRING: { open: '"""', close: '"""' },
};

export class PlaybookTokenBuilder extends DefaultTokenBuilder {
    /**
     * Besides the grammar's tokens, one token per Chinese form of a keyword (chinese-keywords.ts):
     * it belongs to the category of its English keyword, so the parser takes it wherever it takes
     * that keyword (same syntax tree), and to the ID category, so a Chinese identifier that happens
     * to be spelled like a keyword (`负责人`, `标签`) stays a name where a name is expected.
     */
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const byName = new Map(tokens.map(t => [t.name, t]));
        const id = byName.get('ID');
        const aliases: TokenType[] = [];
        for (const [zh, en] of Object.entries(KEYWORD_EN)) {
            const keyword = byName.get(en);
            if (!keyword) continue;
            aliases.push({
                name: zh,
                PATTERN: sticky(chineseKeywordPattern(zh)),
                START_CHARS_HINT: [zh.codePointAt(0)!],
                LINE_BREAKS: false,
                CATEGORIES: id ? [keyword, id] : [keyword],
            } as TokenType);
        }
        return [...aliases, ...tokens];
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') return { ...token, PATTERN: quotedString(), START_CHARS_HINT: ['"'], LINE_BREAKS: false };
        // `-3` / `+2` only right after a `D` (`day D-3`): elsewhere a sign stays the lexing error it was (`days 2-4`).
        if (terminal.name === 'OFFSET') return { ...token, PATTERN: dayOffset, START_CHARS_HINT: ['-', '+'], LINE_BREAKS: false };
        const d = DELIMITED[terminal.name];
        if (!d) return token;
        return { ...token, PATTERN: delimited(d.open, d.close), START_CHARS_HINT: [d.open[0]], LINE_BREAKS: true };
    }

    /** The keywords that may be names are IDs too (token category): `Name: ID` takes them. */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        // The Chinese constructions (`第 … 天`, `为期`, `持续`, `面向`) have their own word boundaries.
        if (CHINESE_KEYWORDS.has(keyword.value)) {
            return { name: keyword.value, PATTERN: sticky(chineseKeywordPattern(keyword.value)), START_CHARS_HINT: [keyword.value.codePointAt(0)!], LINE_BREAKS: false } as TokenType;
        }
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        if (!NAME_KEYWORDS.has(keyword.value)) return token;
        const id = terminalTokens.find(t => t.name === 'ID');
        return id ? { ...token, CATEGORIES: [id] } : token;
    }

    /** A keyword that begins like a delimited token (`/` and `/*`) must yield to it, as it did to the regex. */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alts = super.findLongerAlt(keyword, terminalTokens);
        for (const token of terminalTokens) {
            const d = DELIMITED[token.name];
            if (d && d.open.startsWith(keyword.value) && !alts.includes(token)) alts.push(token);
        }
        return alts;
    }
}

/** A custom matcher for a regex (lookbehind needs the whole text: a sticky search from the offset). */
function sticky(regex: RegExp): CustomPatternMatcherFunc {
    const re = new RegExp(regex.source, `${regex.flags.replace('y', '')}y`);
    return (text, offset) => {
        re.lastIndex = offset;
        return re.exec(text);
    };
}

/**
 * Which lexer run a call belongs to: Chevrotain passes each run's fresh token array. Comparing
 * the text instead (`text === memoText`) compares two equal strings character by character when
 * the same text is lexed again from another string object: quadratic once more.
 */
function runOf(text: string, tokens: unknown): unknown {
    return tokens ?? text;
}

/** Matches `open`, anything, and the first `close` after it (like `/open[\s\S]*?close/`). */
export function delimited(open: string, close: string): CustomPatternMatcherFunc {
    // The first `close` at or after `memoFrom` in the run `memoRun` is at `memoAt` (-1: there is none).
    let memoRun: unknown;
    let memoFrom = -1;
    let memoAt = -1;
    return (text, offset, tokens) => {
        if (!text.startsWith(open, offset)) return null;
        const from = offset + open.length;
        const run = runOf(text, tokens);
        let at: number;
        if (run === memoRun && from >= memoFrom && (memoAt < 0 || memoAt >= from)) {
            at = memoAt;
        } else {
            at = text.indexOf(close, from);
            memoRun = run;
            memoFrom = from;
            memoAt = at;
        }
        if (at < 0) return null;
        const match = [text.substring(offset, at + close.length)] as unknown as RegExpExecArray;
        match.index = offset;
        match.input = text;
        return match;
    };
}

/**
 * Matches what `/"(\\.|[^"\\\r\n])*"/` matches, in time linear in the text over all calls: a
 * scan from `o` that fails at `e` (line break, `\` before a line break, or end of text) also
 * fails from every `"` between them (such a `"` was escaped, so the scan from it reads the same
 * characters after it), and is not repeated.
 */
export function quotedString(): CustomPatternMatcherFunc {
    let memoRun: unknown;
    let failFrom = -1;
    let failAt = -1;
    return (text, offset, tokens) => {
        if (text.charCodeAt(offset) !== 34 /* " */) return null;
        const run = runOf(text, tokens);
        if (offset > failFrom && offset < failAt && run === memoRun) return null;
        let i = offset + 1;
        for (;;) {
            if (i >= text.length) break;
            const c = text.charCodeAt(i);
            if (c === 34) {
                const match = [text.substring(offset, i + 1)] as unknown as RegExpExecArray;
                match.index = offset;
                match.input = text;
                return match;
            }
            if (c === 10 || c === 13) break;
            if (c === 92 /* \ */) {
                // `\.`: any character but a line terminator.
                const next = text.charCodeAt(i + 1);
                if (i + 1 >= text.length || next === 10 || next === 13 || next === 0x2028 || next === 0x2029) break;
                i += 2;
                continue;
            }
            i++;
        }
        memoRun = run;
        failFrom = offset;
        failAt = i;
        return null;
    };
}

const OFFSET_RE = /[+-][0-9]+/y;

/** A day's offset from D (`-3`, `+2`), when the character before it is the `D`. */
function dayOffset(text: string, offset: number): RegExpExecArray | null {
    if (offset === 0 || text.charCodeAt(offset - 1) !== 68 /* D */) return null;
    OFFSET_RE.lastIndex = offset;
    return OFFSET_RE.exec(text);
}
