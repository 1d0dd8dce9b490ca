/**
 * Parser errors where the user looks for them: an error a lexing error on the same line caused
 * is left out (`at 20：00` is one mistake, the full-width colon, not also "expected }"), and
 * `days 1,3,5` (or `day 1,3`) is reported at the comma with what to write instead of at `days`;
 * `for 1.5h`, `remind 1 h`, `at 9点` (and `持续 2小时`, `提前 1 小时`, `于 9点`) at the value, saying how a
 * duration or a time is written; `第 1,3 天` at the comma; `第 D-3 天` saying to write `D-3`; `target 1万` at the
 * number, with its digits.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from './diagnostic.js';
import {
    chineseDaysListMessage, chineseDdayMessage, chineseNumberMessage, clauseValueMessage, daysListMessage, inDayList, isMismatchMessage, withExpectedKeywords,
} from '../messages/syntax.js';
import type { Locale } from '../messages/locale.js';
import { CONSTRUCTION, KEYWORD_EN, KEYWORD_ZH } from '../syntax/chinese-keywords.js';
import { keywordLanguageOf } from '../syntax/keyword-language.js';


const DAYS_LIST = /^days[ \t]+\d+(?:\.\d+)?[ \t]*([,，、])/;
/** `第 1,3 天`: `第` is no keyword there (it needs `N 天` or `A..B 天` after it), so the parser stops at it. */
const CHINESE_DAYS_LIST = /^第[ \t]*\d+[ \t]*([,，、])/;
/**
 * `for 1.5h`, `remind 1 h`, `at 9点`, `持续 2小时`: a clause keyword and a value that is no duration or
 * time (a `for SEGMENT` starts with a letter and is left alone). A Chinese keyword may touch its value.
 */
const CLAUSE_VALUE = /^(?:(for|remind|at)([ \t]+)|(持续|提前|于|每天)([ \t]*))([^\s{}]*)/;
const GLUED_DURATION = /(?:(?:for|remind)[ \t]+|(?:持续|提前)[ \t]*)\d+[mhdw]$/;
const GOOD_VALUE = { for: /^\d+[mhdw]$/, remind: /^\d+[mhdw]$/, at: /^\d{1,2}:\d{2}$/ } as const;
const CLAUSE_OF: Readonly<Record<string, keyof typeof GOOD_VALUE>> = { for: 'for', remind: 'remind', at: 'at', 持续: 'for', 提前: 'remind', 于: 'at', 每天: 'at' };
/** `第 D-3 天`, `第 D-3..D-1 天`: `第` takes plain numbers; a D-day offset stands alone. */
const CHINESE_DDAY = /^第[ \t]*(D[+-]?\d*(?:[ \t]*\.\.[ \t]*D[+-]?\d*)?)[ \t]*天/;
/** `1万`, `1.5万`, `3千`, `2亿`: a number with a Chinese magnitude, which the parser stops at. */
const MAGNITUDE = /(\d+(?:\.\d+)?)$/;
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 10_000, 千: 1_000, 亿: 100_000_000 };

export function relocateSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    const code = (d: Diagnostic) => (d.data as { code?: string } | undefined)?.code ?? d.code;
    const lexingLines = new Set(diagnostics.filter(d => code(d) === 'lexing-error').map(d => d.range.start.line));
    const text = document.textDocument;
    const out: Diagnostic[] = [];
    let language: 'en' | 'zh' | undefined;
    for (const d of diagnostics) {
        if (code(d) !== 'parsing-error') {
            out.push(d);
            continue;
        }
        if (lexingLines.has(d.range.start.line)) continue;
        // The keywords expected, as the file writes keywords (`计数`, `去重` in a file written with Chinese ones, `cn` in an English one).
        if (typeof d.message === 'string' && isMismatchMessage(d.message)) {
            language ??= keywordLanguageOf(document.parseResult.value, locale);
            const to = language === 'zh' ? KEYWORD_ZH : KEYWORD_EN;
            d.message = withExpectedKeywords(d.message, word => (Object.hasOwn(to, word) ? to[word] : undefined));
        }
        const start = text.offsetAt(d.range.start);
        const all = text.getText();
        const list = DAYS_LIST.exec(all.slice(start, start + 40)) ?? CHINESE_DAYS_LIST.exec(all.slice(start, start + 40));
        const magnitude = MAGNITUDES[all.charAt(start)] ? MAGNITUDE.exec(all.slice(Math.max(0, start - 20), start)) : null;
        const dday = CHINESE_DDAY.exec(all.slice(start, start + 40));
        if (dday) {
            d.range = { start: text.positionAt(start), end: text.positionAt(start + dday[0].length) };
            d.message = chineseDdayMessage(dday[1].replace(/[ \t]+/g, ''), locale);
        } else if (magnitude) {
            // `target 1万` lexes as `1` and the name `万`.
            const written = `${magnitude[1]}${all.charAt(start)}`;
            const digits = String(Math.round(Number(magnitude[1]) * MAGNITUDES[all.charAt(start)]));
            d.range = { start: text.positionAt(start - magnitude[1].length), end: text.positionAt(start + 1) };
            d.message = chineseNumberMessage(written, digits, locale);
        } else if (list) {
            const comma = start + list[0].length - 1;
            d.range = { start: text.positionAt(comma), end: text.positionAt(comma + 1) };
            d.message = list[0].startsWith(CONSTRUCTION.dayOpen) ? chineseDaysListMessage(locale) : daysListMessage(locale);
        } else if (all.charAt(start) === ',' && inDayList(all, start)) {
            d.message = daysListMessage(locale); // `day 1,3`: already at the comma
        } else {
            // `for 90min` lexes as `for 90m` then `in`: read the clause from its keyword.
            const glued = GLUED_DURATION.exec(all.slice(Math.max(0, start - 40), start));
            const from = glued ? start - glued[0].length : start;
            const clause = CLAUSE_VALUE.exec(all.slice(from, from + 60));
            const written = clause?.[1] ?? clause?.[3];
            const keyword = written ? CLAUSE_OF[written] : undefined;
            const given = clause?.[5] ?? '';
            // `for` may name a segment; `持续` is always a duration.
            if (clause && written && keyword && !GOOD_VALUE[keyword].test(given) && (written !== 'for' || /^\d/.test(given))) {
                const value = from + written.length + (clause[2] ?? clause[4]).length;
                if (given) d.range = { start: text.positionAt(value), end: text.positionAt(value + given.length) };
                d.message = clauseValueMessage(keyword, locale, written, given);
            }
        }
        out.push(d);
    }
    return out;
}
