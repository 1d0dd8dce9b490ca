/**
 * The tracking spec as a workbook people print and work from: the 埋点方案 sheet (one row per
 * property) and a KPI sheet, each with a title row, a header frozen, filtered and repeated on
 * every printed page, landscape and fitted to the page width (as the calendar workbook).
 * Unlike the csv (the machine table), channels, KPIs and goals show their titles; the ids
 * engineers implement against stay ids: wire names, property names, the KPI ids formulas use.
 */
import type { Locale } from '../messages/locale.js';
import { KPI_COLUMNS, TRACKING_COLUMNS, label } from '../messages/outputs.js';
import { XLSX_KPI_COLUMN_TITLES, XLSX_TRACKING_COLUMN_TITLES, sheetColumnTitle, sheetTitleText } from '../messages/sheets.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { creationTime } from './common.js';
import { namesOf } from './names.js';
import { listSeparator } from './people.js';
import { type TrackingJson, targetForPeople, trackingJson } from './tracking-json.js';
import { typeText } from './tracking-table.js';
import { addPrintableTable, newWorkbook, workbookBytes } from './xlsx.js';

const TRACKING_WIDTHS = [20, 18, 20, 20, 18, 24, 10, 10, 28];
const KPI_WIDTHS = [18, 18, 36, 12, 28, 20];
const TRACKING_WRAP = [3, 6, 9];
const KPI_WRAP = [3, 5, 6];

function trackingSheetRows(json: TrackingJson, model: PlaybookModel, locale: Locale): string[][] {
    const names = namesOf(model);
    const sep = listSeparator(locale);
    const kpiTitle = new Map(json.kpis.map(k => [k.name, k.title || k.name]));
    const yes = label('yes', locale);
    const no = label('no', locale);
    const rows: string[][] = [];
    for (const e of json.events) {
        const head = [e.name, e.title, e.channels.map(names.channel).join(sep)];
        const kpis = e.kpis.map(k => kpiTitle.get(k) ?? k).join(sep);
        if (!e.properties.length) rows.push([...head, '', '', '', '', '', kpis]);
        for (const p of e.properties) rows.push([...head, p.name, p.title ?? '', typeText(p), p.required ? yes : no, p.pii ? yes : no, kpis]);
    }
    return rows;
}

function kpiSheetRows(json: TrackingJson, locale: Locale): string[][] {
    const sep = listSeparator(locale);
    const goalTitle = new Map(json.goals.map(g => [g.name, g.title || g.name]));
    return json.kpis.map(k => [
        k.name, k.title, k.formula ?? label('notMeasurable', locale), targetForPeople(k.target), k.events.join(sep),
        k.goals.map(g => goalTitle.get(g) ?? g).join(sep),
    ]);
}

export async function trackingXlsx(model: PlaybookModel, locale: Locale, sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime(model, sourceDateEpoch);
    const json = trackingJson(model);
    const wb = await newWorkbook(created);
    wb.title = model.title || model.name;
    const title = sheetTitleText('tracking', locale, model.title || model.name, json.events.length, json.kpis.length);
    addPrintableTable(wb, label('sheetTracking', locale),
        TRACKING_COLUMNS.map((c, i) => ({ header: sheetColumnTitle(XLSX_TRACKING_COLUMN_TITLES, c, locale), width: TRACKING_WIDTHS[i] ?? 14 })),
        trackingSheetRows(json, model, locale), { title, wrap: TRACKING_WRAP });
    addPrintableTable(wb, label('sheetKpis', locale),
        KPI_COLUMNS.map((c, i) => ({ header: sheetColumnTitle(XLSX_KPI_COLUMN_TITLES, c, locale), width: KPI_WIDTHS[i] ?? 14 })),
        kpiSheetRows(json, locale), { title, wrap: KPI_WRAP });
    return workbookBytes(wb, created);
}
