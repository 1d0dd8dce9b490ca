/**
 * Month arithmetic of plain `YYYY-MM` months (proleptic Gregorian, no zone, no Luxon); part of
 * dates.ts, which re-exports it (the rest of the project imports it from there).
 */

function pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** The month if `text` is `YYYY-MM` with a real month (years 0100–9999), else undefined. */
export function parseYearMonth(text: string | undefined): string | undefined {
    const m = text ? MONTH_RE.exec(text) : null;
    if (!m) return undefined;
    const month = Number(m[2]);
    return Number(m[1]) >= 100 && month >= 1 && month <= 12 ? text : undefined;
}

/** The month after `YYYY-MM` (`2027-12` → `2028-01`), or undefined past 9999-12. */
export function nextMonth(month: string): string | undefined {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    if (m === 12) return y >= 9999 ? undefined : `${pad(y + 1, 4)}-01`;
    return `${pad(y, 4)}-${pad(m + 1, 2)}`;
}

/** Days of the month `YYYY-MM` (28–31). */
export function daysInMonth(month: string): number {
    return daysInYearMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** The number of days of month `m` (1–12) of year `y` (proleptic Gregorian). */
export function daysInYearMonth(y: number, m: number): number {
    if (m === 2) return isLeapYear(y) ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isLeapYear(y: number): boolean {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
