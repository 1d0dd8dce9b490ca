/**
 * The SOP calendar as a plain object: the `json` format, and the one shape every other calendar
 * format and the timeline preview read. Dates, times and ids come from the schedule model as is.
 */
import type { EventType, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { calendarEvents, isPlainDate } from './common.js';

export interface CalendarPhaseJson {
    name: string;
    title: string;
    kind: string | null;
    /** First day `YYYY-MM-DD`, null when the phase cannot be dated. */
    start: string | null;
    /** Last day (inclusive). */
    end: string | null;
    days: number | null;
}

export interface CalendarEventJson {
    /** Stable id: `playbook.step.YYYY-MM-DD`, `playbook.asset-due.asset`, `playbook.checkpoint.risk`. */
    id: string;
    type: EventType;
    phase: string | null;
    name: string;
    title: string;
    date: string;
    /** `HH:MM` local time; null for all-day events. */
    time: string | null;
    /** Local date-time with offset for timed events; the date for all-day ones. */
    start: string;
    /** Local date-time with offset; null for all-day events. */
    end: string | null;
    channels: string[];
    owner: string | null;
    assets: string[];
    segment: string | null;
    /** ISO 8601 durations before the start. */
    reminders: string[];
    note: string | null;
    /** For checkpoints: the KPI check, e.g. `new_members < 40%`; null otherwise. */
    check: string | null;
    /** The run (1-based, in D-day order) and its D-day; null without `dday` / `repeat`. */
    run: number | null;
    dday: string | null;
    /** Days from the run's D-day (`D-3` is -3); null without a D-day. */
    d: number | null;
    /** A day off: a statutory holiday, or a weekend that is no 调休 workday; null on a working day. */
    dayOff: 'weekend' | 'holiday' | null;
    /** The holiday's name (`国庆节`), or the note of a 调休 working weekend; else null. */
    dayNote: string | null;
}

export interface CalendarRunJson {
    run: number;
    dday: string;
    start: string | null;
    end: string | null;
}

export interface CalendarJson {
    playbook: string;
    title: string;
    timezone: string;
    start: string | null;
    end: string | null;
    phases: CalendarPhaseJson[];
    /** The runs of a playbook with `dday` (one) or `repeat`; empty with `start`. */
    runs: CalendarRunJson[];
    events: CalendarEventJson[];
}

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

/** The plain object of `playbook calendar --format json` (see schemas/calendar.schema.json). */
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
    };
}
