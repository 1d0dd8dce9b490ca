/**
 * The SOP calendar as the workbook an ops team prints and executes from (README "Outputs", xlsx):
 * a title row (title, dates, zone), then one row per event written for people — phase, channel,
 * owner (person and role title) and asset titles, the type label, reminders, the assets'
 * reviewer and copy text — with the event id in one column for reference and real date cells;
 * a row per blackout (避让日: its reason, `全天，至 …`) before the events of its first day.
 * Header frozen, filtered and repeated on every printed page; landscape, fitted to the page width.
 * A phases sheet: titles and kind labels in the user's language, the id last, printable the same way.
 *
 * Columns are declared once in `eventColumns` (key → width and cell): a new column (the day
 * marks or D offsets of SCHEDULE.md) is one more entry there and in XLSX_CALENDAR_COLUMNS.
 */
import { dayMarkText, runText } from '../messages/calendar.js';
import { dText } from '../model/date-text.js';
import type { Locale } from '../messages/locale.js';
import { pick } from '../messages/locale.js';
import { PHASE_KINDS } from '../messages/kinds.js';
import { XLSX_CALENDAR_COLUMNS, XLSX_CALENDAR_COLUMN_TITLES, type XlsxCalendarColumn, label, outputText } from '../messages/outputs.js';
import { utcMidnight } from '../model/dates.js';
import type { BlackoutSpan, PhaseSchedule, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { blackoutId, calendarEntries, dayMarkForPeople } from './blackouts.js';
import { XLSX_PHASE_COLUMNS, XLSX_PHASE_COLUMN_TITLES, XLSX_PHASE_RUN_TITLE, type XlsxPhaseColumn, sheetColumnTitle, sheetTitleText } from '../messages/sheets.js';
import { creationTime, isPlainDate } from './common.js';
import { weekdayName } from '../model/date-text.js';
import { type Names, namesOf } from './names.js';
import { checkpointCondition, copyText, listSeparator, noteText, remindersText, reviewersText, timeText, typeLabel } from './people.js';
import { type SheetColumn, type Workbook, addPrintableTable, newWorkbook, workbookBytes } from './xlsx.js';

const DATE_FORMAT = 'yyyy-mm-dd';

interface EventColumn {
    width: number;
    numFmt?: string;
    wrap?: boolean;
    cell(e: ScheduleEvent, names: Names, locale: Locale, model: PlaybookModel): unknown;
}

const eventColumns: Readonly<Record<XlsxCalendarColumn, EventColumn>> = {
    date: { width: 11, numFmt: DATE_FORMAT, cell: e => utcMidnight(e.date) },
    weekday: { width: 6, cell: (e, _n, locale) => weekdayName(e.date, locale) },
    time: { width: 12, cell: (e, _n, locale) => timeText(e, locale) },
    phase: { width: 10, cell: e => e.phase ? e.phase.title || e.phase.name : '' },
    type: { width: 10, cell: (e, _n, locale) => typeLabel(e, locale) },
    title: { width: 26, wrap: true, cell: e => e.title },
    channels: { width: 16, wrap: true, cell: (e, names, locale) => e.channels.map(names.channel).join(listSeparator(locale)) },
    owner: { width: 18, wrap: true, cell: (e, names, locale) => e.owner ? names.role(e.owner, locale) : '' },
    assets: { width: 16, wrap: true, cell: (e, names, locale) => e.assets.map(names.assetTitle).join(listSeparator(locale)) },
    segment: { width: 12, wrap: true, cell: (e, names) => e.segment ? names.segment(e.segment) : '' },
    reminders: { width: 14, wrap: true, cell: (e, _n, locale) => remindersText(e, locale) },
    reviewer: { width: 16, wrap: true, cell: (e, names, locale) => reviewersText(e, names, locale) },
    copy: { width: 36, wrap: true, cell: (e, names, locale) => copyText(e, names, locale) },
    note: {
        width: 32, wrap: true,
        cell: (e, _n, locale) => e.type === 'checkpoint' ? [checkpointCondition(e, locale), e.note].filter(Boolean).join(' — ') : noteText(e),
    },
    id: { width: 30, cell: e => e.id },
    // The real calendar (SCHEDULE.md): the day mark, the offset from D, the run of a repeating playbook.
    dayOff: { width: 14, wrap: true, cell: (e, _n, locale, model) => dayMarkForPeople(model, e, locale) },
    d: { width: 7, cell: e => e.d !== undefined ? dText(e.d) : '' },
    run: { width: 22, cell: (e, _n, locale) => e.run ? runText(e.run.index, e.run.dday, locale) : '' },
};

/** A blackout's cells: its first day, `全天，至 …` over several days, the type 避让日, its reason, its day mark and id. */
function blackoutCell(key: XlsxCalendarColumn, model: PlaybookModel, b: BlackoutSpan, locale: Locale): unknown {
    switch (key) {
        case 'date': return utcMidnight(b.from);
        case 'weekday': return weekdayName(b.from, locale);
        case 'time': return b.to === b.from ? label('allDay', locale) : outputText('allDayUntil', locale, b.to);
        case 'type': return label('blackout', locale);
        case 'title': return b.title || label('blackout', locale);
        case 'dayOff': { const mark = model.calendar.mark(b.from); return dayMarkText(mark.off, mark.note, locale); }
        case 'id': return blackoutId(model, b);
        default: return '';
    }
}

/** The title row: `春茶上市 · 私域首发 — SOP 日历 · 2026-03-02 – 2026-04-01 · Asia/Shanghai`. */
export function sheetTitle(model: PlaybookModel, locale: Locale): string {
    const start = isPlainDate(model.start) ? model.start : '?';
    const end = isPlainDate(model.end) ? model.end : '?';
    return outputText('sheetTitle', locale, model.title || model.name, start, end, model.timezone);
}

const phaseColumns: Readonly<Record<XlsxPhaseColumn, { width: number; numFmt?: string; cell(p: PhaseSchedule, locale: Locale): unknown }>> = {
    title: { width: 24, cell: p => p.title || p.name },
    kind: { width: 12, cell: (p, locale) => p.kind ? (PHASE_KINDS[p.kind] ? pick(PHASE_KINDS[p.kind], locale) : p.kind) : '' },
    start: { width: 12, numFmt: DATE_FORMAT, cell: p => isPlainDate(p.start) ? utcMidnight(p.start) : '' },
    end: { width: 12, numFmt: DATE_FORMAT, cell: p => isPlainDate(p.end) ? utcMidnight(p.end) : '' },
    days: { width: 8, cell: p => p.days ?? '' },
    id: { width: 16, cell: p => p.name },
};

/**
 * The phases sheet: titles and kind labels in the user's language, the id last; printable as the
 * events sheet. A repeating playbook has a row per phase and run, the run first (第 2 期 · D 日 …):
 * the sheet's title spans every run, so run 1's dates alone would read as the whole plan.
 */
function addPhasesSheet(wb: Workbook, model: PlaybookModel, locale: Locale): void {
    const columns = XLSX_PHASE_COLUMNS.map(key => ({ key, ...phaseColumns[key] }));
    const start = isPlainDate(model.start) ? model.start : '?';
    const end = isPlainDate(model.end) ? model.end : '?';
    const byRun = model.repeating && model.runs.length > 0;
    const headers: SheetColumn[] = columns.map(c => ({ header: sheetColumnTitle(XLSX_PHASE_COLUMN_TITLES, c.key, locale), width: c.width, numFmt: c.numFmt }));
    const rows = byRun
        ? model.runs.flatMap(run => run.phases.map(p => [runText(run.index, run.dday, locale), ...columns.map(c => c.cell(p, locale))]))
        : model.phases.map(p => columns.map(c => c.cell(p, locale)));
    addPrintableTable(wb, label('sheetPhases', locale),
        byRun ? [{ header: pick(XLSX_PHASE_RUN_TITLE, locale), width: 22 }, ...headers] : headers,
        rows,
        { title: sheetTitleText('phases', locale, model.title || model.name, start, end) });
}

export async function calendarXlsx(model: PlaybookModel, locale: Locale, sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime(model, sourceDateEpoch);
    const wb = await newWorkbook(created, { streaming: true });
    wb.title = model.title || model.name;
    const names = namesOf(model);

    const columns = XLSX_CALENDAR_COLUMNS.map(key => ({ key, ...eventColumns[key] }));
    const sheetColumns: SheetColumn[] = columns.map(c => ({ header: pick(XLSX_CALENDAR_COLUMN_TITLES[c.key], locale), width: c.width, numFmt: c.numFmt }));
    const rows = calendarEntries(model).map(x => columns.map(c => (x.event ? c.cell(x.event, names, locale, model) : blackoutCell(c.key, model, x.blackout, locale))));
    const wrap = columns.flatMap((c, i) => (c.wrap ? [i + 1] : []));
    addPrintableTable(wb, label('sheetEvents', locale), sheetColumns, rows, { title: sheetTitle(model, locale), wrap });

    addPhasesSheet(wb, model, locale);
    return workbookBytes(wb, created);
}
