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

// Fast paths. The schedule model dates tens of thousands of events per keystroke on big playbooks,
// and a Luxon DateTime costs tens of microseconds. Whole days between plain dates need no zone, so
// they use the platform's UTC Date arithmetic (proleptic Gregorian, a few hundred nanoseconds).
// Years 0000–0099 (which Date.UTC maps to 19xx) and anything past 9999 go through Luxon as before.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (years 0100–9999), or undefined. */
function dayNumber(date: LocalDate): number | undefined {
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 2);
    const d = digits(date, 8, 2);
    if (y < 100 || m < 1 || m > 12 || d < 1) return undefined;
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined; // 2026-02-30 rolls over
    return ms / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number, when its year is 0100–9999. */
function dateOfDayNumber(n: number): LocalDate | undefined {
    const dt = new Date(n * MS_PER_DAY);
    const y = dt.getUTCFullYear();
    if (!(y >= 100 && y <= 9999)) return undefined;
    return `${pad(y, 4)}-${pad(dt.getUTCMonth() + 1, 2)}-${pad(dt.getUTCDate(), 2)}`;
}

function digits(text: string, from: number, count: number): number {
    let n = 0;
    for (let i = from; i < from + count; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return -1;
        n = n * 10 + c;
    }
    return n;
}

function pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
}

/** The date if `text` is a real calendar date (`2026-02-30` is not), else undefined. */
export function parseLocalDate(text: string | undefined): LocalDate | undefined {
    if (!text || !DATE_RE.test(text)) return undefined;
    if (dayNumber(text) !== undefined) return text;
    const dt = utcDay(text);
    return dt.isValid ? text : undefined;
}

export function addDays(date: LocalDate, days: number): LocalDate {
    const n = Number.isInteger(days) ? dayNumber(date) : undefined;
    const fast = n !== undefined ? dateOfDayNumber(n + days) : undefined;
    return fast ?? utcDay(date).plus({ days }).toISODate()!;
}

/**
 * `date` plus `days`, or undefined when the result is not a plain date of the years 0000–9999
 * (Luxon writes `+010000-01-10` beyond them, and gives up further out).
 */
export function shiftDate(date: LocalDate | undefined, days: number): LocalDate | undefined {
    if (date === undefined || !Number.isSafeInteger(days)) return undefined;
    const n = dayNumber(date);
    const fast = n !== undefined ? dateOfDayNumber(n + days) : undefined;
    if (fast !== undefined) return fast;
    if (!parseLocalDate(date) || Math.abs(days) > 4_000_000) return undefined;
    const dt = utcDay(date).plus({ days });
    return dt.isValid && dt.year >= 0 && dt.year <= 9999 ? dt.toISODate()! : undefined;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
    const na = dayNumber(a);
    const nb = dayNumber(b);
    if (na !== undefined && nb !== undefined) return nb - na;
    return Math.round(utcDay(b).diff(utcDay(a), 'days').days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
    const n = dayNumber(date);
    // 1970-01-01 was a Thursday (4).
    if (n !== undefined) return ((((n + 3) % 7) + 7) % 7) + 1;
    return utcDay(date).weekday;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

const zoneValidity = new Map<string, boolean>();

/** Memoised: Luxon answers by constructing an Intl.DateTimeFormat every time. */
export function isValidZone(zone: string | undefined): boolean {
    if (!zone) return false;
    let valid = zoneValidity.get(zone);
    if (valid === undefined) {
        if (zoneValidity.size > 1000) zoneValidity.clear();
        zoneValidity.set(zone, valid = IANAZone.isValidZone(zone));
    }
    return valid;
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

/**
 * Zoned times are Luxon's, memoised: a big playbook has far fewer distinct (zone, date, time)
 * instants than events (a step on `days 1..30 at 20:00` repeats the same wall-clock time), and
 * the memo outlives one document version, so an edit re-dates only what it changed. Bounded.
 */
const MEMO_LIMIT = 200_000;
const wallClockMemo = new Map<string, ZonedTime>();
const instantMemo = new Map<string, ZonedTime>();

function remember(memo: Map<string, ZonedTime>, key: string, value: ZonedTime): ZonedTime {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
    return value;
}

/** Wall-clock `time` on `date` in `zone` (10:00 stays 10:00 across a DST change). */
export function atWallClock(date: LocalDate, time: TimeOfDay, zone: string): ZonedTime {
    const key = `${zone}\u0000${date}\u0000${time.hour}:${time.minute}`;
    const known = wallClockMemo.get(key);
    if (known) return known;
    const [y, mo, d] = date.split('-').map(Number);
    const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: time.hour, minute: time.minute }, { zone });
    return remember(wallClockMemo, key, zoned(dt));
}

/** An instant plus a number of minutes of elapsed time, shown in `zone`. */
export function plusMinutes(start: ZonedTime, minutes: number, zone: string): ZonedTime {
    const t = start.epochMillis + minutes * 60_000;
    const key = `${zone}\u0000${t}`;
    const known = instantMemo.get(key);
    if (known) return known;
    return remember(instantMemo, key, zoned(DateTime.fromMillis(t, { zone })));
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
