/** The days blackouts cover, and the spans every calendar output shows. */
import type { Blackout } from '../generated/ast.js';
import { type LocalDate, parseLocalDate, shiftDate } from './dates.js';
import { type BlackoutSpan, MAX_OCCURRENCES } from './model-types.js';

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

/** The blackouts with valid dates, by first day (then in text order): what the calendar outputs show. */
export function blackoutSpansOf(blackouts: readonly Blackout[]): BlackoutSpan[] {
    const spans: BlackoutSpan[] = [];
    for (const node of blackouts) {
        const from = parseLocalDate(node.from);
        const to = node.to === undefined ? from : parseLocalDate(node.to);
        if (from && to && from <= to) spans.push({ node, from, to, title: node.title ?? '' });
    }
    return spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
