/**
 * The `time` cell of an actuals row as an instant: ISO 8601 with an offset
 * (`2026-11-11T20:03:00+08:00`, `…Z`), or `YYYY-MM-DD HH:MM[:SS]` (also with `T`) read in the
 * playbook's zone through dates.ts. `24:00` is the next day's 00:00 (ISO 8601's end of day).
 * Anything else (a month 13, February 30, `25:00`, text) is undefined: the row is unreadable.
 */
import { type LocalDate, atWallClock, shiftDate } from '../model/dates.js';

const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
    return month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Reads times in one zone; remembers the last local minutes it converted (exports repeat them). */
export class RowTimes {
    private readonly memo = new Map<string, number>();

    constructor(private readonly zone: string) {}

    parse(text: string): number | undefined {
        const m = TIME.exec(text.trim());
        if (!m) return undefined;
        const year = Number(m[1]);
        const month = Number(m[2]);
        const day = Number(m[3]);
        let hour = Number(m[4]);
        const minute = Number(m[5]);
        const second = m[6] ? Number(m[6]) : 0;
        const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || minute > 59 || second > 59) return undefined;
        let date: LocalDate = `${m[1]}-${m[2]}-${m[3]}`;
        if (hour === 24) {
            if (minute !== 0 || second !== 0 || millis !== 0) return undefined;
            const next = shiftDate(date, 1);
            if (!next) return undefined;
            date = next;
            hour = 0;
        } else if (hour > 23) {
            return undefined;
        }
        const extra = second * 1000 + millis;
        const offset = m[8];
        if (offset !== undefined) {
            let minutes = 0;
            if (offset !== 'Z') {
                const digits = offset.replace(':', '');
                const h = Number(digits.slice(1, 3));
                const mm = digits.length > 3 ? Number(digits.slice(3, 5)) : 0;
                if (h > 23 || mm > 59) return undefined;
                minutes = (h * 60 + mm) * (offset[0] === '-' ? -1 : 1);
            }
            const y = Number(date.slice(0, 4));
            const mo = Number(date.slice(5, 7));
            const d = Number(date.slice(8, 10));
            return Date.UTC(y, mo - 1, d, hour, minute) - minutes * 60_000 + extra;
        }
        const key = `${date}T${hour}:${minute}`;
        let base = this.memo.get(key);
        if (base === undefined) {
            if (this.memo.size > 100_000) this.memo.clear();
            base = atWallClock(date, { hour, minute, text: '' }, this.zone).epochMillis;
            this.memo.set(key, base);
        }
        return Number.isFinite(base) ? base + extra : undefined;
    }
}
