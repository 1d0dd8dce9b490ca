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
// and a Luxon DateTime costs tens of microseconds; plain proleptic-Gregorian day numbers (the
// algorithm of H. Hinnant's `days_from_civil`) give the same results for years 0000–9999 in a
// fraction of that. Anything outside that range goes through Luxon as before.

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (years 0000–9999), or undefined. */
function dayNumber(date: LocalDate): number | undefined {
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 2);
    const d = digits(date, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` of a day number, when its year is 0000–9999. */
function dateOfDayNumber(n: number): LocalDate | undefined {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 0 || y > 9999) return undefined;
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
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

function daysInMonth(y: number, m: number): number {
    if (m === 2) return (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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
    return n !== undefined ? dateOfDayNumber(n + days) : undefined;
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

const DAY_MS = 86_400_000;
const BLOCK_DAYS = 128;

/**
 * The zone's UTC offset (minutes) throughout local day `n` (a day number), when it is the same all
 * day — checked 14 hours either side of the day, which covers every zone — else undefined (a DST
 * change that day: Luxon handles those). Memoised per zone and day; years before 1970 (local mean
 * time offsets with seconds) always go through Luxon.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
function steadyOffset(zone: string, n: number): number | undefined {
    if (n < 0) return undefined;
    let byDay = dayOffsets.get(zone);
    if (!byDay) {
        if (!isValidZone(zone)) return undefined;
        dayOffsets.set(zone, byDay = new Map());
    }
    let offset = byDay.get(n);
    if (offset === undefined) {
        if (byDay.size > 200_000) byDay.clear();
        const z = IANAZone.create(zone);
        // Most zones keep one offset for months on end (Asia/Shanghai: since 1991): one sample every
        // 6 days over a block of 128 days settles them all at once. Zones do not change twice
        // within 6 days; a block with a change is then checked day by day.
        const block = Math.floor(n / BLOCK_DAYS);
        const key = -1 - block;
        let blockOffset = byDay.get(key);
        if (blockOffset === undefined) {
            const first = z.offset(block * BLOCK_DAYS * DAY_MS - 2 * DAY_MS);
            blockOffset = Number.isInteger(first) ? first : null;
            for (let day = block * BLOCK_DAYS - 2; blockOffset !== null && day <= (block + 1) * BLOCK_DAYS + 2; day += 6) {
                if (z.offset(day * DAY_MS) !== first) blockOffset = null;
            }
            if (blockOffset !== null && z.offset(((block + 1) * BLOCK_DAYS + 2) * DAY_MS) !== first) blockOffset = null;
            byDay.set(key, blockOffset);
        }
        if (blockOffset !== null) {
            byDay.set(n, blockOffset);
            return blockOffset;
        }
        const before = z.offset(n * DAY_MS - 14 * 3_600_000);
        const after = z.offset((n + 1) * DAY_MS + 14 * 3_600_000);
        offset = before === after && Number.isInteger(before) ? before : null;
        byDay.set(n, offset);
    }
    return offset ?? undefined;
}

function offsetText(minutes: number): string {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** ISO text `YYYY-MM-DDTHH:MM:SS` of a UTC millisecond count taken as wall-clock time. */
function wallText(ms: number): string | undefined {
    const n = Math.floor(ms / DAY_MS);
    const date = dateOfDayNumber(n);
    if (!date) return undefined;
    const rest = ms - n * DAY_MS;
    const h = Math.floor(rest / 3_600_000);
    const mi = Math.floor((rest % 3_600_000) / 60_000);
    const s = Math.floor((rest % 60_000) / 1000);
    if (rest % 1000 !== 0) return undefined;
    return `${date}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
}

/** A ZonedTime from an instant and the zone's offset at that instant, without Luxon. */
function zonedFast(epochMillis: number, offset: number, zone: string): ZonedTime | undefined {
    const local = wallText(epochMillis + offset * 60_000);
    const utc = wallText(epochMillis);
    if (!local || !utc) return undefined;
    // Luxon writes `Z` for its own UTC zone (`UTC`, `GMT`), `+00:00` for IANA zones at offset 0.
    const suffix = offset === 0 && /^(utc|gmt)$/i.test(zone) ? 'Z' : offsetText(offset);
    return { local: `${local}${suffix}`, utc: `${utc}Z`, epochMillis };
}

/** Wall-clock `time` on `date` in `zone` (10:00 stays 10:00 across a DST change). */
export function atWallClock(date: LocalDate, time: TimeOfDay, zone: string): ZonedTime {
    const n = dayNumber(date);
    const offset = n !== undefined ? steadyOffset(zone, n) : undefined;
    if (n !== undefined && offset !== undefined && Number.isInteger(time.hour) && Number.isInteger(time.minute)) {
        const wall = n * DAY_MS + (time.hour * 60 + time.minute) * 60_000;
        const fast = zonedFast(wall - offset * 60_000, offset, zone);
        if (fast) return fast;
    }
    const [y, mo, d] = date.split('-').map(Number);
    const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: time.hour, minute: time.minute }, { zone });
    return zoned(dt);
}

/** An instant plus a number of minutes of elapsed time, shown in `zone`. */
export function plusMinutes(start: ZonedTime, minutes: number, zone: string): ZonedTime {
    const t = start.epochMillis + minutes * 60_000;
    if (Number.isSafeInteger(t)) {
        // Guess the local day from the offset of the start; accept it when that day is steady.
        const startOffset = offsetOfLocal(start.local);
        const offset = startOffset === undefined ? undefined : steadyOffset(zone, Math.floor((t + startOffset * 60_000) / DAY_MS));
        if (startOffset !== undefined && offset !== undefined && Math.floor((t + offset * 60_000) / DAY_MS) === Math.floor((t + startOffset * 60_000) / DAY_MS)) {
            const fast = zonedFast(t, offset, zone);
            if (fast) return fast;
        }
    }
    return zoned(DateTime.fromMillis(t, { zone }));
}

/** The offset (minutes) at the end of a local ISO text (`…+08:00`). */
function offsetOfLocal(local: string): number | undefined {
    const m = /([+-])(\d{2}):(\d{2})$/.exec(local);
    if (!m) return undefined;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
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
