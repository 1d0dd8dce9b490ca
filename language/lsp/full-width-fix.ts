/**
 * Two small text fixes. The quick fix of a lexing error on a full-width character typed by habit (`：` `“` `”` `，` `（`
 * …): replace it with its half-width twin (messages/syntax.ts `FULL_WIDTH`); a dash or tilde in a day
 * range (`days 1-3`): `..`. And `days 5..2`
 * (day-out-of-range with `data.fix` `swap-range`, offered only when the swap is valid): `days 2..5`.
 */
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../messages/locale.js';
import { quickFixTitle } from '../messages/quick-fixes.js';
import { FULL_WIDTH, RANGE_DASHES, inDayList, inDayRange } from '../messages/syntax.js';
import type { SyntaxForms } from '../syntax/keyword-language.js';

export function halfWidthFix(document: LangiumDocument, diagnostic: Diagnostic, locale: Locale, forms?: SyntaxForms): CodeAction[] {
    const text = document.textDocument;
    const start = text.offsetAt(diagnostic.range.start);
    const char = text.getText().charAt(start);
    if (text.offsetAt(diagnostic.range.end) !== start + 1) return [];
    // `days 1-3` (or `1~3`, `1－3` …): the range is written `1..3`.
    if (RANGE_DASHES.includes(char) && inDayRange(text.getText(), start)) return [fix(quickFixTitle('day-range', locale, { from: char }, forms), '..')];
    const entry = FULL_WIDTH[char];
    if (!entry) return [];
    // `days 1，3`: a half-width comma would be wrong too (the message says what to write).
    if (entry.to === ',' && inDayList(text.getText(), start)) return [];
    return [fix(quickFixTitle('half-width', locale, { from: char, to: entry.to }, forms), entry.to)];

    function fix(title: string, newText: string): CodeAction {
        return { title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [text.uri]: [{ range: diagnostic.range, newText }] } } };
    }
}

export function swapRangeFix(document: LangiumDocument, diagnostic: Diagnostic, locale: Locale, forms?: SyntaxForms): CodeAction[] {
    const text = document.textDocument;
    const m = /^(\d+)(\s*\.\.\s*)(\d+)$/.exec(text.getText(diagnostic.range));
    if (!m) return [];
    const newText = `${m[3]}${m[2]}${m[1]}`;
    return [{
        title: quickFixTitle('swap-range', locale, { first: m[3], last: m[1] }, forms),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [text.uri]: [{ range: diagnostic.range, newText }] } },
    }];
}
