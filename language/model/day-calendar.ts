/**
 * Which days are days off (SCHEDULE.md "Holidays and 调休"): statutory holidays from the holiday
 * data (`holidays cn`) and the team's `holiday` / `workday` lines, which add to the data and win
 * over it; Saturdays and Sundays that are no 调休 workday. Plain data, no AST beyond reading the lines.
 */
import type { Holiday, Workday } from '../generated/ast.js';
import { type LocalDate, parseLocalDate, shiftDate, weekdayOf } from './dates.js';
import { type HolidayData, CN_HOLIDAY_DATA } from './holiday-data.js';
import { workdayNote } from '../messages/calendar.js';

export type HolidayMode = 'cn' | 'none';

/** The zones whose default is `holidays cn` (mainland China). */
const CN_ZONES: ReadonlySet<string> = new Set(['Asia/Shanghai', 'PRC', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi']);

export function defaultHolidayMode(zone: string): HolidayMode {
    return CN_ZONES.has(zone) ? 'cn' : 'none';
}

/** What kind of day a date is. */
export interface DayMark {
    /** Undefined on a working day. */
    readonly off?: 'weekend' | 'holiday';
    /** The holiday's name (`国庆节`), or the note of a 调休 working weekend; undefined otherwise. */
    readonly note?: string;
    /** A 调休 working weekend (a `workday` line or the data). */
    readonly workday?: boolean;
}

export interface DayCalendar {
    readonly mode: HolidayMode;
    readonly data: HolidayData;
    mark(date: LocalDate): DayMark;
    isWorkingDay(date: LocalDate): boolean;
    /** Whether the data or a `holiday` line says anything about the year. */
    covers(year: number): boolean;
    /** The last working day before `date` (within a month), for the quick fix of a due date on a day off. */
    previousWorkingDay(date: LocalDate): LocalDate | undefined;
}

/** A longer declared span is a typo; it is cut here (and reported by invalid-date when reversed). */
const MAX_DECLARED_DAYS = 366;

const WORKING: DayMark = {};
const WEEKEND: DayMark = { off: 'weekend' };

export function buildDayCalendar(mode: HolidayMode, holidays: readonly Holiday[], workdays: readonly Workday[], data: HolidayData = CN_HOLIDAY_DATA): DayCalendar {
    const declared = new Map<LocalDate, DayMark>();
    const declaredYears = new Set<number>();
    for (const h of holidays) {
        const from = parseLocalDate(h.from);
        const to = h.to === undefined ? from : parseLocalDate(h.to);
        if (!from || !to || to < from) continue;
        const mark: DayMark = { off: 'holiday', note: h.title || undefined };
        for (let d: LocalDate | undefined = from, i = 0; d !== undefined && d <= to && i < MAX_DECLARED_DAYS; d = shiftDate(d, 1), i++) {
            declared.set(d, mark);
            declaredYears.add(Number(d.slice(0, 4)));
        }
    }
    for (const w of workdays) {
        const date = parseLocalDate(w.date);
        if (date) declared.set(date, { workday: true, note: w.title || undefined });
    }
    const cache = new Map<LocalDate, DayMark>();
    const mark = (date: LocalDate): DayMark => {
        let m = cache.get(date);
        if (m) return m;
        m = declared.get(date);
        if (!m && mode === 'cn') {
            const fact = data.fact(date);
            if (fact?.kind === 'holiday') m = { off: 'holiday', note: fact.name };
            else if (fact?.kind === 'workday') m = { workday: true, note: workdayNote(fact.name) };
        }
        if (!m) m = weekdayOf(date) >= 6 ? WEEKEND : WORKING;
        if (cache.size > 20_000) cache.clear();
        cache.set(date, m);
        return m;
    };
    return {
        mode,
        data,
        mark,
        isWorkingDay: date => mark(date).off === undefined,
        covers: year => declaredYears.has(year) || (mode === 'cn' && data.covers(year)),
        previousWorkingDay: date => {
            for (let d = shiftDate(date, -1), i = 0; d !== undefined && i < 31; d = shiftDate(d, -1), i++) if (mark(d).off === undefined) return d;
            return undefined;
        },
    };
}

/** Years between the first and last day of the schedule that nobody's holiday schedule covers (with `holidays cn`). */
export function uncoveredYears(calendar: DayCalendar, events: readonly { date: LocalDate }[], runs: readonly { start?: LocalDate; end?: LocalDate }[]): number[] {
    if (calendar.mode !== 'cn') return [];
    const dates: LocalDate[] = [];
    for (const r of runs) {
        if (r.start) dates.push(r.start);
        if (r.end) dates.push(r.end);
    }
    if (events.length) dates.push(events[0].date, events[events.length - 1].date);
    if (dates.length === 0) return [];
    dates.sort();
    const from = Number(dates[0].slice(0, 4));
    const to = Number(dates[dates.length - 1].slice(0, 4));
    const out: number[] = [];
    for (let y = from; y <= to && out.length < 20; y++) if (!calendar.covers(y)) out.push(y);
    return out;
}
