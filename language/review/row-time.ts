/**
 * The `time` cell of an actuals row as an instant: ISO 8601 with an offset
 * (`2026-11-11T20:03:00+08:00`, `…Z`), or `YYYY-MM-DD HH:MM[:SS]` (also with `T`) read in the
 * playbook's zone through dates.ts. `24:00` is the next day's 00:00 (ISO 8601's end of day).
 * Anything else (a month 13, February 30, `25:00`, text) is undefined: the row is unreadable.
 */
import { type LocalDate, atWallClock, daysInYearMonth, shiftDate } from '../model/dates.js';

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
    const a = s.charCodeAt(i) - 48;
    const b = s.charCodeAt(i + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

interface Parts { year: number; month: number; day: number; hour: number; minute: number; second: number; millis: number; offset: number | undefined }

/**
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fff…]][ ][Z|±HH[[:]MM]]` read with character codes (a million rows
 * make a regular expression per row show in the profile). `offset` in minutes, undefined when none.
 */
function parts(s: string): Parts | undefined {
    const n = s.length;
    if (n < 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return undefined;
    const sep = s.charCodeAt(10);
    if (sep !== 84 && sep !== 32) return undefined;
    const hi = two(s, 0);
    const lo = two(s, 2);
    const month = two(s, 5);
    const day = two(s, 8);
    const hour = two(s, 11);
    const minute = two(s, 14);
    if (hi < 0 || lo < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined;
    let i = 16;
    let second = 0;
    let millis = 0;
    if (i < n && s.charCodeAt(i) === 58) {
        second = two(s, i + 1);
        if (second < 0) return undefined;
        i += 3;
        if (i < n && s.charCodeAt(i) === 46) {
            let scale = 100;
            let digits = 0;
            for (i++; i < n; i++, digits++) {
                const d = s.charCodeAt(i) - 48;
                if (d < 0 || d > 9) break;
                if (scale >= 1) millis += d * scale;
                scale /= 10;
            }
            if (digits === 0 || digits > 9) return undefined;
            millis = Math.floor(millis);
        }
    }
    while (i < n && s.charCodeAt(i) === 32) i++;
    let offset: number | undefined;
    if (i < n) {
        const c = s.charCodeAt(i);
        if (c === 90 && i === n - 1) offset = 0;
        else if (c === 43 || c === 45) {
            const h = two(s, i + 1);
            let m = 0;
            let j = i + 3;
            if (j < n && s.charCodeAt(j) === 58) j++;
            if (j < n) {
                m = two(s, j);
                j += 2;
            }
            if (h < 0 || m < 0 || h > 23 || m > 59 || j !== n) return undefined;
            offset = (h * 60 + m) * (c === 45 ? -1 : 1);
        } else return undefined;
    }
    return { year: hi * 100 + lo, month, day, hour, minute, second, millis, offset };
}

/** Reads times in one zone; remembers the last local minutes it converted (exports repeat them). */
export class RowTimes {
    private readonly memo = new Map<number, number>();

    constructor(private readonly zone: string) {}

    parse(text: string): number | undefined {
        const p = parts(text.length && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text);
        if (!p) return undefined;
        const { year, month, day, hour, minute, second, millis, offset } = p;
        if (month < 1 || month > 12 || day < 1 || day > daysInYearMonth(year, month) || minute > 59 || second > 59 || hour > 24) return undefined;
        // 24:00 is the end of the day: only exactly 24:00:00.
        if (hour === 24 && (minute !== 0 || second !== 0 || millis !== 0)) return undefined;
        const extra = second * 1000 + millis;
        if (offset !== undefined) {
            // An instant with its offset: no zone involved (24:00 is 24 hours after 00:00 at that offset).
            const midnight = year >= 100 ? Date.UTC(year, month - 1, day) : new Date(0).setUTCFullYear(year, month - 1, day);
            return midnight + (hour * 60 + minute - offset) * 60_000 + extra;
        }
        // A wall-clock time in the playbook's zone, through dates.ts (24:00 is the next day's 00:00 there).
        const key = ((year * 100 + month) * 100 + day) * 10_000 + hour * 100 + minute;
        let base = this.memo.get(key);
        if (base === undefined) {
            if (this.memo.size > 100_000) this.memo.clear();
            let date: LocalDate | undefined = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            if (hour === 24) date = shiftDate(date, 1);
            base = date ? atWallClock(date, { hour: hour % 24, minute, text: '' }, this.zone).epochMillis : NaN;
            this.memo.set(key, base);
        }
        return Number.isFinite(base) ? base + extra : undefined;
    }
}
