/**
 * How the model's dates read as text, for editor features and generators alike:
 * `2026-10-12 Mon` / `2026-10-12 周一`, the wall clock and UTC offset of a zoned time.
 * Formatting only: every date shown comes from the model; nothing here computes one.
 */
import type { LocalDate } from './dates.js';
import { daysBetween, weekdayOf } from './dates.js';
import { WEEKDAYS } from '../messages/kinds.js';
import type { Locale } from '../messages/locale.js';

export function weekdayName(date: LocalDate, locale: Locale): string {
    return WEEKDAYS[locale][weekdayOf(date) - 1] ?? '';
}

/** `2026-10-12 Mon`. */
export function dayText(date: LocalDate, locale: Locale): string {
    return `${date} ${weekdayName(date, locale)}`;
}

/** `2026-10-12 Mon – 2026-10-18 Sun`, or one day when both are the same. */
export function dayRangeText(first: LocalDate, last: LocalDate, locale: Locale): string {
    return first === last ? dayText(first, locale) : `${dayText(first, locale)} – ${dayText(last, locale)}`;
}

/** `HH:MM` of a local ISO date-time (a zoned time's `local`, `2026-10-12T10:30:00+08:00` → `10:30`). */
export function clockOf(localIso: string): string {
    return localIso.slice(11, 16);
}

/** The local date of a local ISO date-time. */
export function dateOf(localIso: string): LocalDate {
    return localIso.slice(0, 10);
}

/** The UTC offset of a local ISO date-time as text, e.g. `+08:00` (`Z` becomes `+00:00`). */
export function offsetText(localIso: string): string {
    const m = /([+-]\d{2}:\d{2}|Z)$/.exec(localIso);
    return !m ? '' : m[1] === 'Z' ? '+00:00' : m[1];
}

/** `2026-10-12 – 2026-10-18`, one date when both are the same, undefined when either is unknown. */
export function dateRangeText(first: LocalDate | undefined, last: LocalDate | undefined): string | undefined {
    if (first === undefined || last === undefined) return undefined;
    return first === last ? first : `${first} – ${last}`;
}

/**
 * How the end of an event that starts on `date` reads: its clock on the same day, `24:00` when it
 * ends at the midnight that closes that day, else a later date (returned) and its clock.
 */
export function endClock(date: LocalDate, endLocal: string): { date?: LocalDate; clock: string } {
    const endDate = dateOf(endLocal);
    const clock = clockOf(endLocal);
    if (endDate === date) return { clock };
    if (clock === '00:00' && daysBetween(date, endDate) === 1) return { clock: '24:00' };
    return { date: endDate, clock };
}

/** A day's offset from D as planners write it: `D-3`, `D`, `D+2` (`D` when undefined). */
export function dText(offset: number | undefined): string {
    if (!offset) return 'D';
    return offset > 0 ? `D+${offset}` : `D${offset}`;
}
