/** The rows of the calendar's csv and xlsx formats: one per event, the columns README "Outputs" lists. */
import type { Locale } from '../messages/locale.js';
import { CALENDAR_COLUMNS, CALENDAR_COLUMN_TITLES } from '../messages/outputs.js';
import { pick } from '../messages/locale.js';
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { calendarEvents, endCell } from './common.js';
import { dText, weekdayName } from '../model/date-text.js';
import { dayMarkText } from '../messages/calendar.js';

export const LIST_SEPARATOR = ', ';

export function calendarHeader(locale: Locale): string[] {
    return CALENDAR_COLUMNS.map(c => pick(CALENDAR_COLUMN_TITLES[c], locale));
}

/** The note cell: the event's note; for a checkpoint, its check followed by the planned response. */
export function noteCell(e: ScheduleEvent): string {
    if (e.type === 'checkpoint') return [e.check, e.note].filter(Boolean).join(' — ');
    return e.note ?? '';
}

export function calendarRow(e: ScheduleEvent, locale: Locale): string[] {
    return [
        e.date,
        weekdayName(e.date, locale),
        e.time ?? '',
        e.start ? endCell(e.date, e.end?.local) : '',
        e.phase?.name ?? '',
        e.type,
        e.name,
        e.title,
        e.channels.join(LIST_SEPARATOR),
        e.owner ?? '',
        e.assets.join(LIST_SEPARATOR),
        e.segment ?? '',
        noteCell(e),
        e.run ? String(e.run.index) : '',
        e.run?.dday ?? '',
        e.d !== undefined ? dText(e.d) : '',
        dayMarkText(e.dayOff, e.dayNote, locale),
    ];
}

export function calendarRows(model: PlaybookModel, locale: Locale): string[][] {
    return calendarEvents(model).map(e => calendarRow(e, locale));
}
