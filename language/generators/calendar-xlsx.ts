/**
 * The SOP calendar as a workbook: an events sheet with the csv columns (the date column as real
 * date cells) and a phases sheet. Column titles follow the locale.
 */
import type { Locale } from '../messages/locale.js';
import { label } from '../messages/outputs.js';
import { utcMidnight } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { calendarHeader, calendarRow, phaseHeader } from './calendar-table.js';
import { calendarEvents, creationTime, isPlainDate } from './common.js';
import { type SheetColumn, addTable, newWorkbook, workbookBytes } from './xlsx.js';

const EVENT_WIDTHS = [12, 8, 8, 10, 12, 12, 22, 36, 24, 14, 24, 14, 48];
const PHASE_WIDTHS = [16, 28, 12, 12, 12, 8];
const DATE_FORMAT = 'yyyy-mm-dd';

export async function calendarXlsx(model: PlaybookModel, locale: Locale, sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime(model, sourceDateEpoch);
    const wb = await newWorkbook(created);
    wb.title = model.title || model.name;

    const eventColumns: SheetColumn[] = calendarHeader(locale).map((header, i) => ({
        header, width: EVENT_WIDTHS[i] ?? 14, numFmt: i === 0 ? DATE_FORMAT : undefined,
    }));
    const eventRows = calendarEvents(model).map(e => {
        const row: unknown[] = calendarRow(e, locale);
        row[0] = utcMidnight(e.date);
        return row;
    });
    const events = addTable(wb, label('sheetEvents', locale), eventColumns, eventRows);
    events.getColumn(eventColumns.length).alignment = { wrapText: true, vertical: 'top' };

    const phaseColumns: SheetColumn[] = phaseHeader(locale).map((header, i) => ({
        header, width: PHASE_WIDTHS[i] ?? 12, numFmt: i === 3 || i === 4 ? DATE_FORMAT : undefined,
    }));
    const phaseRows = model.phases.map(p => [
        p.name, p.title, p.kind ?? '', isPlainDate(p.start) ? utcMidnight(p.start) : '', isPlainDate(p.end) ? utcMidnight(p.end) : '', p.days ?? '',
    ]);
    addTable(wb, label('sheetPhases', locale), phaseColumns, phaseRows);
    return workbookBytes(wb, created);
}
