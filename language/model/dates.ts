/**
 * Calendar arithmetic for the schedule model. Every date and zone computation of the project goes
 * through this file, on top of Luxon (IANA zones from the platform's Intl data); nothing else
 * adds days or converts zones.
 */
import { DateTime, IANAZone, Info, type Zone } from 'luxon';

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

/**
 * Zoned times. A Luxon DateTime in a zone costs tens of microseconds (calls into Intl), and a big
 * playbook dates tens of thousands of events. So Luxon's zone is asked, once per (zone, local day),
 * for its offset around that day; when the offset is the same from an hour before the day's first
 * instant to an hour after its last, no transition falls in it, and any wall-clock time of the day
 * converts with that one offset. Days with a transition (DST changes, zone rule changes) or next
 * to one, and dates outside the years 1000–9998, go through a Luxon DateTime for every time.
 * test/robustness/dates-fast-path.test.ts checks both paths against Luxon on and around every
 * offset change of a year in every zone the platform knows.
 */
const MEMO_LIMIT = 200_000;
const MS_PER_MINUTE = 60_000;

interface ZoneDay {
    /** Epoch millis of 00:00 local. */
    readonly start: number;
    /** The offset in minutes, constant through the day. */
    readonly offset: number;
    /** Luxon's offset suffix for the day: `+08:00`, `-05:00`, `Z`. */
    readonly suffix: string;
}

/** Per zone, per date (no key string built per lookup: the model asks twice per timed event). */
const zoneDays = new Map<string, Map<LocalDate, ZoneDay | null>>();
let zoneDayCount = 0;

function zoneDay(date: LocalDate, zone: string): ZoneDay | undefined {
    let days = zoneDays.get(zone);
    if (!days) zoneDays.set(zone, days = new Map());
    let day = days.get(date);
    if (day === undefined) {
        if (zoneDayCount >= MEMO_LIMIT) {
            for (const d of zoneDays.values()) d.clear();
            zoneDayCount = 0;
        }
        day = computeZoneDay(date, zone);
        days.set(date, day);
        zoneDayCount++;
    }
    return day ?? undefined;
}

function computeZoneDay(date: LocalDate, zone: string): ZoneDay | null {
    const n = dayNumber(date);
    if (n === undefined || digits(date, 0, 4) < 1000 || digits(date, 0, 4) > 9998) return null;
    const z = zoneObject(zone);
    if (!z) return null;
    const local = n * MS_PER_DAY; // the day's midnight wall clock, written as if it were UTC
    // The day before is known constant (from an hour before it to an hour into this day): then one
    // question is enough, the offset an hour after this day ends.
    const previous = dateOfDayNumber(n - 1);
    const before = previous === undefined ? undefined : zoneDays.get(zone)?.get(previous);
    if (before) {
        const start = before.start + MS_PER_DAY;
        if (z.offset(start + MS_PER_DAY + 3_600_000) === before.offset) return { start, offset: before.offset, suffix: before.suffix };
    }
    // The offset in force at that midnight: most days share the day before's, else Luxon's offset at
    // a guess, then at the instant that guess gives.
    let offset = before?.offset ?? z.offset(local);
    if (z.offset(local - offset * MS_PER_MINUTE - 3_600_000) !== offset) {
        offset = z.offset(local - offset * MS_PER_MINUTE);
        if (z.offset(local - offset * MS_PER_MINUTE - 3_600_000) !== offset) return null;
    }
    const start = local - offset * MS_PER_MINUTE;
    // Constant through the day: the same offset from an hour before its first instant to an hour
    // after its last (so a day next to an ambiguous or skipped hour takes Luxon's own path).
    const constant = Number.isInteger(offset) && z.offset(start + MS_PER_DAY + 3_600_000) === offset;
    if (!constant) return null;
    return { start, offset, suffix: offsetSuffix(zone, offset, start) };
}

const zoneObjects = new Map<string, Zone | null>();

/** Luxon's zone object for a name, or null when the platform does not know the zone. */
function zoneObject(zone: string): Zone | null {
    let z = zoneObjects.get(zone);
    if (z === undefined) {
        if (zoneObjects.size > 1000) zoneObjects.clear();
        const normal = Info.normalizeZone(zone);
        zoneObjects.set(zone, z = normal && normal.isValid ? normal : null);
    }
    return z;
}

const suffixes = new Map<string, string>();

/** How Luxon writes `offset` in an ISO time of `zone`: `+08:00`, `-03:30`, `Z`. */
function offsetSuffix(zone: string, offset: number, at: number): string {
    const key = `${zone}\u0000${offset}`;
    let suffix = suffixes.get(key);
    if (suffix === undefined) {
        if (suffixes.size > 10_000) suffixes.clear();
        suffix = DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true, includeOffset: true })!.slice(19);
        suffixes.set(key, suffix);
    }
    return suffix;
}

/** `2026-10-12T02:00:00` of an epoch millis value taken as UTC (years 1000–9999). */
function isoSeconds(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19);
}

function zoned(dt: DateTime): ZonedTime {
    return {
        local: dt.toISO({ suppressMilliseconds: true, includeOffset: true })!,
        utc: dt.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\+00:00$/, 'Z'),
        epochMillis: dt.toMillis(),
    };
}

/**
 * A zoned time on the fast path: its strings are written when first read (validation reads only
 * `epochMillis`; a big playbook has tens of thousands of them per build).
 */
class DayZonedTime implements ZonedTime {
    private localText?: string;
    private utcText?: string;

    constructor(readonly epochMillis: number, readonly offsetMinutes: number, private readonly suffix: string, readonly day?: ZoneDay) {}

    get local(): string {
        return this.localText ??= isoSeconds(this.epochMillis + this.offsetMinutes * MS_PER_MINUTE) + this.suffix;
    }

    get utc(): string {
        return this.utcText ??= isoSeconds(this.epochMillis) + 'Z';
    }

    toJSON(): { local: string; utc: string; epochMillis: number } {
        return { local: this.local, utc: this.utc, epochMillis: this.epochMillis };
    }
}

function fromDay(day: ZoneDay, offset: number, epochMillis: number): ZonedTime {
    // The day is kept when the instant lies in it (plusMinutes starts from it).
    return new DayZonedTime(epochMillis, offset, day.suffix, offset === day.offset && epochMillis >= day.start && epochMillis < day.start + MS_PER_DAY ? day : undefined);
}

/** `HH:MM` of a zoned time's wall clock (without writing its ISO text on the fast path). */
export function wallClockOf(time: ZonedTime): string {
    if (!(time instanceof DayZonedTime)) return time.local.slice(11, 16);
    const minutes = Math.floor((time.epochMillis + time.offsetMinutes * MS_PER_MINUTE) / MS_PER_MINUTE);
    const inDay = ((minutes % 1440) + 1440) % 1440;
    return `${pad(Math.floor(inDay / 60), 2)}:${pad(inDay % 60, 2)}`;
}

/** Wall-clock `time` on `date` in `zone` (10:00 stays 10:00 across a DST change). */
export function atWallClock(date: LocalDate, time: TimeOfDay, zone: string): ZonedTime {
    const day = zoneDay(date, zone);
    if (day) {
        return fromDay(day, day.offset, day.start + (time.hour * 60 + time.minute) * MS_PER_MINUTE);
    }
    const dt = DateTime.fromObject({ year: digits(date, 0, 4), month: digits(date, 5, 2), day: digits(date, 8, 2), hour: time.hour, minute: time.minute }, { zone });
    return zoned(dt);
}

/**
 * Loads what converting times in `zone` needs the first time (the platform's zone data, Luxon's
 * formatter): for the language server to do while idle at start-up rather than in the first build.
 */
export function prepareZone(zone: string): void {
    if (isValidZone(zone)) zoneDay(todayIn(zone), zone);
}

/** An instant plus a number of minutes of elapsed time, shown in `zone`. */
export function plusMinutes(start: ZonedTime, minutes: number, zone: string): ZonedTime {
    const t = start.epochMillis + minutes * MS_PER_MINUTE;
    // Most ends fall on the start's own day, whose offset is constant.
    const startDay = start instanceof DayZonedTime ? start.day : undefined;
    if (startDay && t >= startDay.start && t < startDay.start + MS_PER_DAY) return fromDay(startDay, startDay.offset, t);
    // The instant lies in a local day whose offset is constant: try the offsets of the start's day
    // and of the day it lands on under that offset.
    let guess = start instanceof DayZonedTime ? start.offsetMinutes : offsetMinutesOf(start.local);
    for (let i = 0; guess !== undefined && i < 2; i++) {
        const ms = t + guess * MS_PER_MINUTE;
        if (!(ms >= MIN_FAST && ms < MAX_FAST)) break;
        const day = zoneDay(new Date(ms).toISOString().slice(0, 10), zone);
        if (!day) break;
        if (day.offset === guess) return fromDay(day, guess, t);
        guess = day.offset;
    }
    return zoned(DateTime.fromMillis(t, { zone }));
}

/** Epoch millis of 1000-01-02 and 9999-12-30: the range the fast path formats. */
const MIN_FAST = Date.UTC(1000, 0, 2);
const MAX_FAST = Date.UTC(9999, 11, 30);

/** The offset in minutes of a `local` string (`…+08:00`, `…-03:30`, `…Z`). */
function offsetMinutesOf(local: string): number | undefined {
    const suffix = local.slice(19);
    if (suffix === 'Z') return 0;
    const m = /^([+-])(\d{2}):(\d{2})$/.exec(suffix);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/**
 * Midnight UTC at the start of a calendar date, as a JS Date. For file formats that store a
 * date as an instant (xlsx date cells, zip entry times, a deterministic DTSTAMP); not a zone conversion.
 */
export function utcMidnight(date: LocalDate): Date {
    const n = dayNumber(date);
    return n !== undefined ? new Date(n * MS_PER_DAY) : utcDay(date).toJSDate();
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

// Months (`repeat monthly`, month lengths): months.ts, re-exported so date arithmetic is still asked of this file.
export { daysInMonth, daysInYearMonth, nextMonth, parseYearMonth } from './months.js';
