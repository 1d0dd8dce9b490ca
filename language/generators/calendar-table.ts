/** The rows of the calendar's csv: one per event and one per blackout, the columns README "Outputs" lists. */
import type { Locale } from '../messages/locale.js';
import { CALENDAR_COLUMNS, CALENDAR_COLUMN_TITLES } from '../messages/outputs.js';
import { pick } from '../messages/locale.js';
import type { BlackoutSpan, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { calendarEntries } from './blackouts.js';
import { endCell } from './common.js';
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

/** A blackout's row: type `blackout`, its first day in `date`, its last in `end` when it spans several. */
export function blackoutRow(model: PlaybookModel, b: BlackoutSpan, locale: Locale): string[] {
    const mark = model.calendar.mark(b.from);
    return [
        b.from, weekdayName(b.from, locale), '', b.to !== b.from ? b.to : '', '', 'blackout', '', b.title,
        '', '', '', '', '', '', '', '', dayMarkText(mark.off, mark.note, locale),
    ];
}

export function calendarRows(model: PlaybookModel, locale: Locale): string[][] {
    return calendarEntries(model).map(x => (x.event ? calendarRow(x.event, locale) : blackoutRow(model, x.blackout, locale)));
}
