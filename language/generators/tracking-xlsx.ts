/** The tracking spec as a workbook: the 埋点方案 sheet (one row per property) and a KPI sheet. */
import type { Locale } from '../messages/locale.js';
import { label } from '../messages/outputs.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { creationTime } from './common.js';
import { trackingJson } from './tracking-json.js';
import { kpiHeader, kpiRows, trackingHeader, trackingRows } from './tracking-table.js';
import { addTable, newWorkbook, workbookBytes } from './xlsx.js';

const TRACKING_WIDTHS = [20, 18, 20, 20, 18, 24, 10, 10, 28];
const KPI_WIDTHS = [18, 18, 36, 12, 28, 20];

export async function trackingXlsx(model: PlaybookModel, locale: Locale, sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime(model, sourceDateEpoch);
    const json = trackingJson(model);
    const wb = await newWorkbook(created);
    wb.title = model.title || model.name;
    addTable(wb, label('sheetTracking', locale), trackingHeader(locale).map((header, i) => ({ header, width: TRACKING_WIDTHS[i] ?? 14 })), trackingRows(json, locale));
    addTable(wb, label('sheetKpis', locale), kpiHeader(locale).map((header, i) => ({ header, width: KPI_WIDTHS[i] ?? 14 })), kpiRows(json));
    return workbookBytes(wb, created);
}
