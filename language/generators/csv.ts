/**
 * CSV as spreadsheet software expects it: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM (so
 * Excel shows Chinese), and formula injection neutralised — csv-stringify's `escape_formulas`
 * prefixes a `'` to cells starting with `=`, `+`, `-`, `@`, tab or carriage return, and to their
 * full-width forms `＝`, `＋`, `－`, `＠` (checked in test/generators).
 *
 * A cell holding any line break is quoted. csv-stringify quotes only cells holding the record
 * delimiter (CRLF), but spreadsheets (Excel, LibreOffice, Python's csv) end a row at a bare LF or
 * CR too: an unquoted `"S\r=cmd|' /C calc'!A0"` would start a row with an unescaped formula. The
 * Unicode line breaks are quoted as well, for readers that split lines the way `splitlines` does.
 */
import { stringify } from 'csv-stringify/sync';
import { utf8 } from './common.js';

/** Every character some csv reader takes for the end of a row. */
export const LINE_BREAK = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

export function csvBytes(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
    const text = stringify([[...header], ...rows.map(r => [...r])], {
        bom: true,
        escape_formulas: true,
        record_delimiter: 'windows',
        quoted_match: [/^\s|\s$/, LINE_BREAK],
    });
    return utf8(text);
}
