/**
 * Blackouts (days to keep clear: holidays, competitors' big days) in the calendar outputs. They
 * are not events of the schedule (nothing happens on them), so the json lists them apart; the
 * tables (csv, xlsx) give each one row of type `blackout`, placed before the events of its first
 * day; ics an all-day event over its days; md a section and red bars in the gantt.
 */
import { daysBetween } from '../model/dates.js';
import type { BlackoutSpan, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { calendarEvents } from './common.js';
import { dayMarkText } from '../messages/calendar.js';
import { colon, listSeparator } from '../messages/fragments.js';
import type { Locale } from '../messages/locale.js';
import { label } from '../messages/outputs.js';

export type CalendarEntry = { event: ScheduleEvent; blackout?: undefined } | { blackout: BlackoutSpan; event?: undefined };

/** The events and the blackouts in date order: a blackout before the events of its first day. */
export function calendarEntries(model: PlaybookModel): CalendarEntry[] {
    const out: CalendarEntry[] = [];
    const spans = model.blackouts;
    let next = 0;
    for (const event of calendarEvents(model)) {
        while (next < spans.length && spans[next].from <= event.date) out.push({ blackout: spans[next++] });
        out.push({ event });
    }
    while (next < spans.length) out.push({ blackout: spans[next++] });
    return out;
}

/** Stable id of a blackout (iCalendar UID, the xlsx id column): `PLAYBOOK.blackout.FROM[..TO]`. */
export function blackoutId(model: PlaybookModel, b: BlackoutSpan): string {
    return `${model.name}.blackout.${b.from}${b.to !== b.from ? `..${b.to}` : ''}`;
}

/** How many days it covers. */
export function blackoutDays(b: BlackoutSpan): number {
    return (daysBetween(b.from, b.to) ?? 0) + 1;
}

/** The steps of the schedule that fall on its days (what `blackout-conflict` warns about). */
export function stepsOn(model: PlaybookModel, b: BlackoutSpan): ScheduleEvent[] {
    return calendarEvents(model).filter(e => e.type === 'step' && e.date >= b.from && e.date <= b.to);
}

/**
 * The day mark people read next to an event (md, xlsx, ics): `周末` or the holiday's name as
 * SCHEDULE.md says, and on a blackout day also `避让日：竞品品牌日` — the day the plan meant to keep clear.
 */
export function dayMarkForPeople(model: PlaybookModel, e: ScheduleEvent, locale: Locale): string {
    const base = dayMarkText(e.dayOff, e.dayNote, locale);
    const b = model.blackoutDays.get(e.date);
    if (!b) return base;
    const mark = b.title ? `${label('blackout', locale)}${colon(locale)}${b.title}` : label('blackout', locale);
    return base ? `${base}${listSeparator(locale)}${mark}` : mark;
}
