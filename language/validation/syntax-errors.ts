/**
 * Parser errors where the user looks for them: an error a lexing error on the same line caused
 * is left out (`at 20：00` is one mistake, the full-width colon, not also "expected }"), and
 * `days 1,3,5` (or `day 1,3`) is reported at the comma with what to write instead of at `days`;
 * `for 1.5h`, `remind 1 h`, `at 9点` at the value, saying how a duration or a time is written.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from './diagnostic.js';
import { clauseValueMessage, daysListMessage, inDayList } from '../messages/syntax.js';
import type { Locale } from '../messages/locale.js';

const DAYS_LIST = /^days[ \t]+\d+(?:\.\d+)?[ \t]*([,，、])/;
/** `for 1.5h`, `remind 1 h`, `at 9点`: a clause keyword and a value that is no duration or time (a `for SEGMENT` starts with a letter and is left alone). */
const CLAUSE_VALUE = /^(for|remind|at)([ \t]+)([^\s{}]*)/;
const GLUED_DURATION = /(?:for|remind)[ \t]+\d+[mhdw]$/;
const GOOD_VALUE = { for: /^\d+[mhdw]$/, remind: /^\d+[mhdw]$/, at: /^\d{1,2}:\d{2}$/ } as const;

export function relocateSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    const code = (d: Diagnostic) => (d.data as { code?: string } | undefined)?.code ?? d.code;
    const lexingLines = new Set(diagnostics.filter(d => code(d) === 'lexing-error').map(d => d.range.start.line));
    const text = document.textDocument;
    const out: Diagnostic[] = [];
    for (const d of diagnostics) {
        if (code(d) !== 'parsing-error') {
            out.push(d);
            continue;
        }
        if (lexingLines.has(d.range.start.line)) continue;
        const start = text.offsetAt(d.range.start);
        const all = text.getText();
        const list = DAYS_LIST.exec(all.slice(start, start + 40));
        if (list) {
            const comma = start + list[0].length - 1;
            d.range = { start: text.positionAt(comma), end: text.positionAt(comma + 1) };
            d.message = daysListMessage(locale);
        } else if (all.charAt(start) === ',' && inDayList(all, start)) {
            d.message = daysListMessage(locale); // `day 1,3`: already at the comma
        } else {
            // `for 90min` lexes as `for 90m` then `in`: read the clause from its keyword.
            const glued = GLUED_DURATION.exec(all.slice(Math.max(0, start - 40), start));
            const from = glued ? start - glued[0].length : start;
            const clause = CLAUSE_VALUE.exec(all.slice(from, from + 60));
            const keyword = clause?.[1] as keyof typeof GOOD_VALUE | undefined;
            if (clause && keyword && !GOOD_VALUE[keyword].test(clause[3]) && (keyword !== 'for' || /^\d/.test(clause[3]))) {
                const value = from + clause[1].length + clause[2].length;
                if (clause[3]) d.range = { start: text.positionAt(value), end: text.positionAt(value + clause[3].length) };
                d.message = clauseValueMessage(keyword, locale);
            }
        }
        out.push(d);
    }
    return out;
}
