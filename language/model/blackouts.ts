/** The days blackouts cover. */
import type { Blackout } from '../generated/ast.js';
import { type LocalDate, parseLocalDate, shiftDate } from './dates.js';
import { MAX_OCCURRENCES } from './model-types.js';

/** Blackout dates → the (first) blackout that covers them. */
export function blackoutDaysOf(blackouts: readonly Blackout[]): Map<LocalDate, Blackout> {
    const blackoutDays = new Map<LocalDate, Blackout>();
    for (const b of blackouts) {
        const from = parseLocalDate(b.from);
        const to = b.to === undefined ? from : parseLocalDate(b.to);
        if (!from || !to || to < from) continue;
        // Bounded: a blackout longer than ten years is a typo, not a calendar.
        for (let d: LocalDate | undefined = from, i = 0; d !== undefined && d <= to && i < MAX_OCCURRENCES; d = shiftDate(d, 1), i++) {
            if (!blackoutDays.has(d)) blackoutDays.set(d, b);
        }
    }
    return blackoutDays;
}
