/**
 * Parser errors where the user looks for them: an error a lexing error on the same line caused
 * is left out (`at 20：00` is one mistake, the full-width colon, not also "expected }"), and
 * `days 1,3,5` (or `day 1,3`) is reported at the comma with what to write instead of at `days`.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from './diagnostic.js';
import { daysListMessage, inDayList } from '../messages/syntax.js';
import type { Locale } from '../messages/locale.js';

const DAYS_LIST = /^days[ \t]+\d+(?:\.\d+)?[ \t]*([,，、])/;

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
        }
        out.push(d);
    }
    return out;
}
