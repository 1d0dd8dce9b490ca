/**
 * Calendar arithmetic for the schedule model. Every date and zone computation of the project goes
 * through this file, on top of Luxon (IANA zones from the platform's Intl data); nothing else
 * adds days or converts zones.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar date `YYYY-MM-DD` without a zone. */
export type LocalDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;
const DURATION_RE = /^(\d+)([mhdw])$/;

function utcDay(date: LocalDate): DateTime {
    return DateTime.fromISO(date, { zone: 'utc' });
}

/** The date if `text` is a real calendar date (`2026-02-30` is not), else undefined. */
export function parseLocalDate(text: string | undefined): LocalDate | undefined {
    if (!text || !DATE_RE.test(text)) return undefined;
    const dt = utcDay(text);
    return dt.isValid ? text : undefined;
}

export function addDays(date: LocalDate, days: number): LocalDate {
    return utcDay(date).plus({ days }).toISODate()!;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
    return Math.round(utcDay(b).diff(utcDay(a), 'days').days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
    return utcDay(date).weekday;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export function isValidZone(zone: string | undefined): boolean {
    return !!zone && IANAZone.isValidZone(zone);
}

export interface TimeOfDay { hour: number; minute: number; text: string }

/** `09:00` → 9:00; `24:10`, `9:60` → undefined. Normalises to two-digit hours. */
export function parseTimeOfDay(text: string | undefined): TimeOfDay | undefined {
    const m = text ? TIME_RE.exec(text) : null;
    if (!m) return undefined;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) return undefined;
    return { hour, minute, text: `${String(hour).padStart(2, '0')}:${m[2]}` };
}

/** `30m`, `2h`, `1d`, `1w` → minutes. */
export function parseDurationMinutes(text: string | undefined): number | undefined {
    const m = text ? DURATION_RE.exec(text) : null;
    if (!m) return undefined;
    const n = Number(m[1]);
    const unit = { m: 1, h: 60, d: 1440, w: 10080 }[m[2] as 'm' | 'h' | 'd' | 'w'];
    const minutes = n * unit;
    return Number.isSafeInteger(minutes) ? minutes : undefined;
}

/** Minutes as an ISO 8601 duration: 90 → `PT1H30M`, 1440 → `P1D`. */
export function isoDuration(minutes: number): string {
    const days = Math.floor(minutes / 1440);
    const rest = minutes - days * 1440;
    const hours = Math.floor(rest / 60);
    const mins = rest % 60;
    let out = 'P';
    if (days) out += `${days}D`;
    if (hours || mins) {
        out += 'T';
        if (hours) out += `${hours}H`;
        if (mins) out += `${mins}M`;
    }
    return out === 'P' ? 'PT0M' : out;
}

export interface ZonedTime {
    /** Local wall-clock time with the zone's offset, e.g. `2026-10-12T10:00:00+08:00`. */
    readonly local: string;
    /** The same instant in UTC, e.g. `2026-10-12T02:00:00Z`. */
    readonly utc: string;
    readonly epochMillis: number;
}

function zoned(dt: DateTime): ZonedTime {
    return {
        local: dt.toISO({ suppressMilliseconds: true, includeOffset: true })!,
        utc: dt.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\+00:00$/, 'Z'),
        epochMillis: dt.toMillis(),
    };
}

/** Wall-clock `time` on `date` in `zone` (10:00 stays 10:00 across a DST change). */
export function atWallClock(date: LocalDate, time: TimeOfDay, zone: string): ZonedTime {
    const [y, mo, d] = date.split('-').map(Number);
    const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: time.hour, minute: time.minute }, { zone });
    return zoned(dt);
}

/** An instant plus a number of minutes of elapsed time, shown in `zone`. */
export function plusMinutes(start: ZonedTime, minutes: number, zone: string): ZonedTime {
    return zoned(DateTime.fromMillis(start.epochMillis + minutes * 60_000, { zone }));
}

/**
 * Midnight UTC at the start of a calendar date, as a JS Date. For file formats that store a
 * date as an instant (xlsx date cells, zip entry times, a deterministic DTSTAMP); not a zone conversion.
 */
export function utcMidnight(date: LocalDate): Date {
    return utcDay(date).toJSDate();
}

/** Today's date in a zone (for "n days from now" in hovers). */
export function todayIn(zone: string, now: Date = new Date()): LocalDate {
    return DateTime.fromJSDate(now, { zone: isValidZone(zone) ? zone : 'utc' }).toISODate()!;
}

/** The first date strictly after `date` that falls on ISO weekday `weekday` (1 = Monday … 7 = Sunday). */
export function nextWeekdayAfter(date: LocalDate, weekday: number): LocalDate {
    const d = utcDay(date);
    const ahead = ((weekday - d.weekday + 6) % 7) + 1;
    return d.plus({ days: ahead }).toISODate()!;
}

/** Next Monday (strictly after today) in `zone`: the start date a new playbook suggests. */
export function nextMonday(zone: string, now: Date = new Date()): LocalDate {
    return nextWeekdayAfter(todayIn(zone, now), 1);
}
