/**
 * Spreadsheets (ExcelJS) with byte-identical output for the same input: fixed document
 * properties and zip entry times (ExcelJS stamps both with the clock otherwise).
 */
import type ExcelJSNamespace from 'exceljs';

export type Workbook = ExcelJSNamespace.Workbook;
export type Worksheet = ExcelJSNamespace.Worksheet;

/** What a streaming workbook's archive is written into (see `newWorkbook`). */
const sinks = new WeakMap<Workbook, Uint8Array[]>();

/**
 * ExcelJS is large; it is loaded the first time a workbook is written, not at CLI start-up.
 *
 * `streaming`: rows go into the archive as they are added (ExcelJS's WorkbookWriter, native zlib)
 * instead of a document model written at the end (which holds every cell, then its XML, then
 * deflates in JavaScript: on 12,000 events three times the time). Rows cannot be changed once
 * added then; the calendar writes them once.
 */
export async function newWorkbook(created: Date, options: { streaming?: boolean } = {}): Promise<Workbook> {
    const mod = await import('exceljs');
    const ExcelJS = ((mod as unknown as { default?: typeof ExcelJSNamespace }).default ?? mod) as typeof ExcelJSNamespace;
    let wb: Workbook;
    if (options.streaming) {
        const chunks: Uint8Array[] = [];
        const { Writable } = await import('node:stream');
        const stream = new Writable({
            write(chunk: Uint8Array, _encoding, done) {
                chunks.push(chunk);
                done();
            },
        });
        wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
        sinks.set(wb, chunks);
    } else {
        wb = new ExcelJS.Workbook();
    }
    wb.creator = 'playbook';
    wb.lastModifiedBy = 'playbook';
    wb.created = created;
    wb.modified = created;
    return wb;
}

/** Excel's limit of characters in a cell; a longer text makes Excel "repair" (drop) the cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * A cell value within Excel's limit: a longer text is cut, ending with a visible marker that
 * says how many characters are missing (the full text stays in the playbook, csv and json).
 */
export function cellValue(value: unknown): unknown {
    if (typeof value !== 'string' || value.length <= MAX_CELL_CHARS) return value;
    const marker = (cut: number) => `… [+${cut}]`;
    let keep = MAX_CELL_CHARS - marker(value.length).length;
    // Never split a surrogate pair.
    if (keep > 0 && /[\uD800-\uDBFF]/.test(value[keep - 1])) keep--;
    return value.slice(0, keep) + marker(value.length - keep);
}

export interface SheetColumn {
    header: string;
    width: number;
    /** Excel number format, e.g. `yyyy-mm-dd` for date cells. */
    numFmt?: string;
}

/** A sheet with a bold, frozen header row and an auto-filter over the data. */
export function addTable(wb: Workbook, name: string, columns: readonly SheetColumn[], rows: readonly (readonly unknown[])[]): Worksheet {
    const ws = wb.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map(c => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    const header = ws.getRow(1);
    header.values = columns.map(c => c.header);
    header.font = { bold: true };
    header.commit();
    addRows(ws, columns.map(c => (c.numFmt ? { numFmt: c.numFmt } : {})), rows);
    if (columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
    return ws;
}

export interface PrintOptions {
    /** A title row above the header (merged across the columns, bold, larger). */
    title?: string;
    /** Columns whose cells wrap (long notes, copy texts). */
    wrap?: readonly number[];
}

/**
 * A sheet people print and work from: an optional title row, then a bold header row that is
 * frozen, filtered and repeated on every printed page; landscape A4 fitted to the page width
 * (as many pages tall as needed).
 */
export function addPrintableTable(wb: Workbook, name: string, columns: readonly SheetColumn[], rows: readonly (readonly unknown[])[], options: PrintOptions = {}): Worksheet {
    const headerRow = options.title ? 2 : 1;
    const ws = wb.addWorksheet(sheetName(name), {
        views: [{ state: 'frozen', ySplit: headerRow }],
        pageSetup: {
            orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
            printTitlesRow: `${headerRow}:${headerRow}`,
            margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        },
    });
    ws.columns = columns.map(c => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    if (options.title) {
        const title = ws.getRow(1);
        title.getCell(1).value = cellValue(options.title) as string;
        title.font = { bold: true, size: 14 };
        title.height = 24;
        if (columns.length > 1) ws.mergeCells(1, 1, 1, columns.length);
        title.commit();
    }
    const header = ws.getRow(headerRow);
    header.values = columns.map(c => c.header);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    const wrap = new Set(options.wrap ?? []);
    addRows(ws, columns.map((c, i) => ({
        ...(c.numFmt ? { numFmt: c.numFmt } : {}),
        ...(wrap.has(i + 1) ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
    } satisfies Partial<ExcelJSNamespace.Style>)), rows);
    if (columns.length) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(0, rows.length), column: columns.length } };
    return ws;
}

/**
 * Data rows, every cell of a column sharing one style object (per kind of value: ExcelJS picks a
 * number format by the value's type when the style names none). ExcelJS gives each new cell its
 * own copy and registers every copy at write time; shared, a style is registered once per column
 * (52 runs of a 200-line playbook: 200,000 cells).
 */
function addRows(ws: Worksheet, styles: readonly Partial<ExcelJSNamespace.Style>[], rows: readonly (readonly unknown[])[]): void {
    const shared = styles.map(() => new Map<string, Partial<ExcelJSNamespace.Style>>());
    for (const values of rows) {
        const row = ws.addRow(values.map(cellValue));
        for (let i = 0; i < values.length && i < styles.length; i++) {
            const kind = values[i] instanceof Date ? 'date' : typeof values[i];
            let style = shared[i].get(kind);
            if (!style) shared[i].set(kind, style = { ...styles[i] });
            row.getCell(i + 1).style = style;
        }
        row.commit(); // written out in a streaming workbook; nothing in a document
    }
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
    return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export async function workbookBytes(wb: Workbook, created: Date): Promise<Uint8Array> {
    // Deflate level 1: the archive's parts are repetitive XML, level 1 leaves them a third larger
    // than the default 6 in a third less time (JSZip deflates in JavaScript).
    const chunks = sinks.get(wb);
    let bytes: Uint8Array;
    if (chunks) {
        await (wb as ExcelJSNamespace.stream.xlsx.WorkbookWriter).commit();
        bytes = Buffer.concat(chunks);
    } else {
        bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }) as ArrayBuffer);
    }
    setZipTimes(bytes, created);
    return bytes;
}

/**
 * Sets the modification time of every entry of a zip archive (local headers and central
 * directory) in place. Times are not covered by the CRC, so the archive stays valid.
 */
export function setZipTimes(zip: Uint8Array, when: Date): void {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const year = Math.min(2107, Math.max(1980, when.getUTCFullYear()));
    const dosDate = ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
    const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
    // End of central directory: the last 0x06054b50 signature (a comment may follow it).
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (view.getUint32(i, true) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) throw new Error('not a zip archive');
    const entries = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let n = 0; n < entries; n++) {
        if (view.getUint32(p, true) !== 0x02014b50) throw new Error('corrupt zip central directory');
        view.setUint16(p + 12, dosTime, true);
        view.setUint16(p + 14, dosDate, true);
        const local = view.getUint32(p + 42, true);
        if (view.getUint32(local, true) === 0x04034b50) {
            view.setUint16(local + 10, dosTime, true);
            view.setUint16(local + 12, dosDate, true);
        }
        p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
}
