/**
 * How editor features show the dates of the schedule model: `2026-10-12 Mon` / `2026-10-12 周一`.
 * Formatting only: every date shown here comes from the model.
 */
import type { ZonedTime, LocalDate } from '../model/dates.js';
import { weekdayOf } from '../model/dates.js';
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

/** The wall-clock `HH:MM` of a zoned time, as the model gives it. */
export function clockOf(time: ZonedTime): string {
    return time.local.slice(11, 16);
}

/** The local date of a zoned time. */
export function dateOf(time: ZonedTime): LocalDate {
    return time.local.slice(0, 10);
}

/** The UTC offset of a zoned time, e.g. `+08:00` (`Z` becomes `+00:00`). */
export function offsetOf(time: ZonedTime): string {
    const m = /([+-]\d{2}:\d{2}|Z)$/.exec(time.local);
    return !m ? '' : m[1] === 'Z' ? '+00:00' : m[1];
}
