/**
 * Token types from the grammar, with linear-time matchers for the two delimited terminals.
 *
 * The grammar's regexes for `/* … *\/` and `""" … """` scan to the end of the text when the closer
 * is missing, and the lexer retries them at every later opener: 20,000 unclosed `/*` took seconds
 * (quadratic). These matchers find the same tokens with `indexOf` and remember the last search, so
 * a text with many unclosed openers is scanned once.
 */
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { NAME_KEYWORDS } from '../vocabulary/keywords.js';

const DELIMITED: Record<string, { open: string; close: string }> = {
    ML_COMMENT: { open: '/*', close: '*/' },
    BLOCK_STRING: { open: '"""', close: '"""' },
};

export class PlaybookTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const d = DELIMITED[terminal.name];
        if (!d) return token;
        return { ...token, PATTERN: delimited(d.open, d.close), START_CHARS_HINT: [d.open[0]], LINE_BREAKS: true };
    }

    /** The keywords that may be names are IDs too (token category): `Name: ID` takes them. */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
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

/** Matches `open`, anything, and the first `close` after it (like `/open[\s\S]*?close/`). */
export function delimited(open: string, close: string): CustomPatternMatcherFunc {
    // The first `close` at or after `memoFrom` in `memoText` is at `memoAt` (-1: there is none).
    let memoText: string | undefined;
    let memoFrom = -1;
    let memoAt = -1;
    return (text, offset) => {
        if (!text.startsWith(open, offset)) return null;
        const from = offset + open.length;
        let at: number;
        if (text === memoText && from >= memoFrom && (memoAt < 0 || memoAt >= from)) {
            at = memoAt;
        } else {
            at = text.indexOf(close, from);
            memoText = text;
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
