/**
 * The SOP calendar as a plain object: the `json` format, what the timeline preview gets (with
 * lines and display texts) and what the diff's snapshot reads; the other calendar formats read the
 * model's events directly (the Markdown takes only its header's dates and count from here).
 * Dates, times and ids come from the schedule model as is.
 */
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import type { CalendarEventJson, CalendarJson } from '../shapes/calendar.js';
import { calendarEvents, isPlainDate } from './common.js';

/** The types are those of the one definition (shapes/calendar.ts). */
export type { CalendarEventJson, CalendarJson, CalendarPhaseJson, CalendarRunJson } from '../shapes/calendar.js';

export function calendarEventJson(e: ScheduleEvent): CalendarEventJson {
    return {
        id: e.id,
        type: e.type,
        phase: e.phase?.name ?? null,
        name: e.name,
        title: e.title,
        date: e.date,
        time: e.time ?? null,
        start: e.start?.local ?? e.date,
        end: e.start ? (e.end?.local ?? null) : null,
        channels: [...e.channels],
        owner: e.owner ?? null,
        assets: [...e.assets],
        segment: e.segment ?? null,
        reminders: [...e.reminders],
        note: e.note ?? null,
        check: e.check ?? null,
        run: e.run?.index ?? null,
        dday: e.run?.dday ?? null,
        d: e.d ?? null,
        dayOff: e.dayOff ?? null,
        dayNote: e.dayNote ?? null,
    };
}

/** The plain object of `playbook calendar --format json` (shapes/calendar.ts; shipped as schemas/calendar.schema.json). */
export function calendarJson(model: PlaybookModel): CalendarJson {
    return {
        playbook: model.name,
        title: model.title,
        timezone: model.timezone,
        start: isPlainDate(model.start) ? model.start : null,
        end: isPlainDate(model.end) ? model.end : null,
        phases: model.phases.map(p => ({
            name: p.name,
            title: p.title,
            kind: p.kind ?? null,
            start: isPlainDate(p.start) ? p.start : null,
            end: isPlainDate(p.end) ? p.end : null,
            days: p.days ?? null,
        })),
        runs: model.runs.map(r => ({
            run: r.index, dday: r.dday, start: isPlainDate(r.start) ? r.start : null, end: isPlainDate(r.end) ? r.end : null,
        })),
        events: calendarEvents(model).map(calendarEventJson),
        blackouts: model.blackouts.map(b => ({ from: b.from, to: b.to, title: b.title || null })),
    };
}
