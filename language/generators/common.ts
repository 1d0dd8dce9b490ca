/** Small helpers the generators share: UTF-8 bytes, the deterministic creation time, the events every format can show. */
import { type LocalDate, utcMidnight } from '../model/dates.js';
import { endClock } from '../model/date-text.js';
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
    return encoder.encode(text);
}

/** Fallback creation time when the model has no start either: the DOS/zip epoch, 1980-01-01. */
const FALLBACK_CREATED = '1980-01-01';

/**
 * The instant a format records as its creation time (iCalendar DTSTAMP, xlsx properties, zip
 * entries). Outputs must be byte-identical for the same input, so it is never the clock:
 * `SOURCE_DATE_EPOCH` (seconds) when given, else midnight UTC of the playbook's start date.
 */
export function creationTime(model: PlaybookModel, sourceDateEpoch?: number): Date {
    if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) return new Date(Math.trunc(sourceDateEpoch) * 1000);
    return utcMidnight(model.start ?? FALLBACK_CREATED);
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` date of the years 0000–9999 (what the model gives every event it can date). */
export function isPlainDate(date: unknown): date is LocalDate {
    return typeof date === 'string' && PLAIN_DATE.test(date);
}

/**
 * The model's events that every format can represent. On a valid playbook that is all of them;
 * on a broken one (the CLI refuses it, but the editor and the robustness tests may still call the
 * generators) an event whose date or instant is out of range is left out instead of throwing.
 */
export function calendarEvents(model: PlaybookModel): readonly ScheduleEvent[] {
    const ok = (e: ScheduleEvent) => isPlainDate(e.date)
        && (!e.start || (Number.isFinite(e.start.epochMillis) && typeof e.start.local === 'string'))
        && (!e.end || (Number.isFinite(e.end.epochMillis) && typeof e.end.local === 'string'));
    return model.events.every(ok) ? model.events : model.events.filter(ok);
}

/** The end of a timed event for a cell: `HH:MM`, or `YYYY-MM-DD HH:MM` when it ends on a later date. */
export function endCell(date: LocalDate, endLocal: string | undefined | null): string {
    if (!endLocal) return '';
    const end = endClock(date, endLocal);
    return end.date ? `${end.date} ${end.clock}` : end.clock;
}

/** A JSON document as bytes: two-space indentation and a final newline. */
export function jsonBytes(value: unknown): Uint8Array {
    return utf8(JSON.stringify(value, null, 2) + '\n');
}
