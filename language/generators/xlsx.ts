/**
 * Spreadsheets (ExcelJS) with byte-identical output for the same input: fixed document
 * properties and zip entry times (ExcelJS stamps both with the clock otherwise).
 */
import type ExcelJSNamespace from 'exceljs';

export type Workbook = ExcelJSNamespace.Workbook;
export type Worksheet = ExcelJSNamespace.Worksheet;

/** ExcelJS is large; it is loaded the first time a workbook is written, not at CLI start-up. */
export async function newWorkbook(created: Date): Promise<Workbook> {
    const mod = await import('exceljs');
    const ExcelJS = ((mod as unknown as { default?: typeof ExcelJSNamespace }).default ?? mod) as typeof ExcelJSNamespace;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'playbook';
    wb.lastModifiedBy = 'playbook';
    wb.created = created;
    wb.modified = created;
    return wb;
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
    ws.columns = columns.map(c => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    ws.getRow(1).font = { bold: true };
    for (const row of rows) ws.addRow([...row]);
    if (columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
    return ws;
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
    return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export async function workbookBytes(wb: Workbook, created: Date): Promise<Uint8Array> {
    const buffer = await wb.xlsx.writeBuffer();
    const bytes = new Uint8Array(buffer as ArrayBuffer);
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
