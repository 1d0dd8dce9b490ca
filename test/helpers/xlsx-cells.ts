/**
 * An xlsx reader independent of the library that writes the workbooks (ExcelJS): the zip opened
 * with fflate, the OOXML parts read with fast-xml-parser. Each cell as Excel would show it: its
 * value (shared or inline string, number, boolean) and the number format its style gives it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export interface XlsxCell {
    value: string | number | boolean | null;
    /** The cell's number format code (`0.0%`, `yyyy-mm-dd`), `General` when none. */
    format: string;
}

/** Built-in number formats Excel does not write into styles.xml (ECMA-376 §18.8.30), the ones that matter here. */
const BUILT_IN: Record<number, string> = { 0: 'General', 9: '0%', 10: '0.00%', 14: 'mm-dd-yy' };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false, trimValues: false });

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function text(node: unknown): string {
    if (node === undefined || node === null) return '';
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    const n = node as Record<string, unknown>;
    if ('#text' in n) return String(n['#text']);
    // A rich-text string: its runs' texts.
    return list(n.r as unknown).map(r => text((r as Record<string, unknown>).t)).join('') + (n.t !== undefined ? text(n.t) : '');
}

/** Column letters and row number of an `A1` reference, 0-based. */
function position(ref: string): { row: number; col: number } {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad cell reference ${ref}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Every sheet of the workbook, by name, as rows of cells (missing cells are null values). */
export function readXlsx(bytes: Uint8Array): Map<string, XlsxCell[][]> {
    const files = unzipSync(bytes);
    const xml = (path: string) => (files[path] ? parser.parse(strFromU8(files[path])) : undefined);
    const shared = list(xml('xl/sharedStrings.xml')?.sst?.si).map(text);
    const styles = xml('xl/styles.xml')?.styleSheet;
    const custom = new Map<number, string>(list(styles?.numFmts?.numFmt).map((f: { numFmtId: string; formatCode: string }) => [Number(f.numFmtId), f.formatCode]));
    const xfs = list(styles?.cellXfs?.xf).map((x: { numFmtId?: string }) => Number(x.numFmtId ?? 0));
    const formatOf = (style: string | undefined) => {
        const id = xfs[Number(style ?? 0)] ?? 0;
        return custom.get(id) ?? BUILT_IN[id] ?? `#${id}`;
    };
    const rels = new Map<string, string>(list(xml('xl/_rels/workbook.xml.rels')?.Relationships?.Relationship)
        .map((r: { Id: string; Target: string }) => [r.Id, r.Target.replace(/^\/?(xl\/)?/, 'xl/')]));
    const out = new Map<string, XlsxCell[][]>();
    for (const sheet of list(xml('xl/workbook.xml')?.workbook?.sheets?.sheet) as Record<string, string>[]) {
        const target = rels.get(sheet['r:id']);
        const data = target ? xml(target)?.worksheet?.sheetData : undefined;
        const rows: XlsxCell[][] = [];
        for (const row of list(data?.row) as Record<string, unknown>[]) {
            for (const c of list(row.c) as Record<string, unknown>[]) {
                const { row: r, col } = position(String(c.r));
                const raw = c.v === undefined ? undefined : text(c.v);
                let value: XlsxCell['value'] = null;
                if (c.t === 's') value = shared[Number(raw)];
                else if (c.t === 'inlineStr') value = text((c.is as Record<string, unknown>)?.t ?? c.is);
                else if (c.t === 'str') value = raw ?? '';
                else if (c.t === 'b') value = raw === '1';
                else if (raw !== undefined) value = Number(raw);
                while (rows.length <= r) rows.push([]);
                while (rows[r].length < col) rows[r].push({ value: null, format: 'General' });
                rows[r][col] = { value, format: formatOf(c.s as string | undefined) };
            }
        }
        out.set(sheet.name, rows);
    }
    return out;
}

/** An Excel date serial (1900 date system) as `YYYY-MM-DD`. */
export function serialDate(serial: number): string {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}
