/**
 * CSV as spreadsheet software expects it: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM (so
 * Excel shows Chinese), and formula injection neutralised — csv-stringify's `escape_formulas`
 * prefixes a `'` to cells starting with `=`, `+`, `-`, `@`, tab or carriage return, and to their
 * full-width forms `＝`, `＋`, `－`, `＠` (checked in test/generators).
 */
import { stringify } from 'csv-stringify/sync';
import { utf8 } from './common.js';

export function csvBytes(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
    const text = stringify([[...header], ...rows.map(r => [...r])], {
        bom: true,
        escape_formulas: true,
        record_delimiter: 'windows',
        quoted_match: /^\s|\s$/,
    });
    return utf8(text);
}
