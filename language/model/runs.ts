/**
 * The D-days of a repeating playbook (`repeat …`, SCHEDULE.md "Recurring runs"): pure functions
 * from a rule to the sorted list of D-days, each one run. No AST here: the model reads the
 * `repeat` clause into a `RepeatRule` and expands it once.
 */
import { type LocalDate, daysInMonth, nextMonth, parseLocalDate, parseYearMonth, shiftDate, weekdayOf, daysBetween } from './dates.js';

/** At most this many runs; more is an `invalid-date` error on `repeat` and nothing is expanded. */
export const MAX_RUNS = 366;

/** `except` values: a D-day (`2027-02-18`) or a whole month (`2027-02`). */
export type RunException = string;

export type RepeatRule =
    /** `monthly on N|last from YYYY-MM until YYYY-MM`; `day` is 1..28 or `last`. */
    | { readonly kind: 'monthly'; readonly day: number | 'last'; readonly from: string; readonly until: string; readonly except: readonly RunException[] }
    /** `weekly on mon…sun from DATE until DATE`; `weekday` is ISO (1 = Monday … 7 = Sunday). */
    | { readonly kind: 'weekly'; readonly weekday: number; readonly from: LocalDate; readonly until: LocalDate; readonly except: readonly RunException[] }
    /** `every N days from DATE until DATE`. */
    | { readonly kind: 'every'; readonly days: number; readonly from: LocalDate; readonly until: LocalDate; readonly except: readonly RunException[] }
    /** `repeat DATE, DATE, …`. */
    | { readonly kind: 'dates'; readonly dates: readonly LocalDate[]; readonly except: readonly RunException[] };

/** Why a rule gives no runs. */
export type RepeatProblem =
    | 'day-of-month'      // N outside 1..28 (29–31 would skip months)
    | 'weekday'           // not 1..7
    | 'interval'          // every 0 days, or a fraction
    | 'bad-date'          // a date or month that is not one
    | 'reversed'          // until before from
    | 'too-many';         // more than MAX_RUNS runs

export type Expansion =
    | { readonly ok: true; readonly ddays: readonly LocalDate[] }
    | { readonly ok: false; readonly problem: RepeatProblem };

/** The D-days of a rule, ascending and distinct, or why there are none. */
export function expandRuns(rule: RepeatRule): Expansion {
    const except = exceptions(rule.except);
    if (!except) return { ok: false, problem: 'bad-date' };
    const out: LocalDate[] = [];
    /** Adds a D-day unless excepted; false once there are too many. */
    const add = (d: LocalDate): boolean => {
        if (except.days.has(d) || except.months.has(d.slice(0, 7))) return true;
        out.push(d);
        return out.length <= MAX_RUNS;
    };
    const fail = (problem: RepeatProblem): Expansion => ({ ok: false, problem });

    switch (rule.kind) {
        case 'monthly': {
            if (rule.day !== 'last' && !(Number.isInteger(rule.day) && rule.day >= 1 && rule.day <= 28)) return fail('day-of-month');
            const from = parseYearMonth(rule.from);
            const until = parseYearMonth(rule.until);
            if (!from || !until) return fail('bad-date');
            if (until < from) return fail('reversed');
            for (let m: string | undefined = from; m !== undefined && m <= until; m = nextMonth(m)) {
                const day = rule.day === 'last' ? daysInMonth(m) : rule.day;
                if (!add(`${m}-${String(day).padStart(2, '0')}`)) return fail('too-many');
            }
            break;
        }
        case 'weekly': {
            if (!(Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7)) return fail('weekday');
            const from = parseLocalDate(rule.from);
            const until = parseLocalDate(rule.until);
            if (!from || !until) return fail('bad-date');
            if (until < from) return fail('reversed');
            const first = shiftDate(from, (rule.weekday - weekdayOf(from) + 7) % 7);
            if (!stepThrough(first, until, 7, add)) return fail('too-many');
            break;
        }
        case 'every': {
            if (!(Number.isInteger(rule.days) && rule.days >= 1)) return fail('interval');
            const from = parseLocalDate(rule.from);
            const until = parseLocalDate(rule.until);
            if (!from || !until) return fail('bad-date');
            if (until < from) return fail('reversed');
            if (!stepThrough(from, until, rule.days, add)) return fail('too-many');
            break;
        }
        case 'dates': {
            const dates = new Set<LocalDate>();
            for (const text of rule.dates) {
                const d = parseLocalDate(text);
                if (!d) return fail('bad-date');
                dates.add(d);
            }
            for (const d of [...dates].sort()) if (!add(d)) return fail('too-many');
            break;
        }
    }
    return { ok: true, ddays: out };
}

function stepThrough(first: LocalDate | undefined, until: LocalDate, step: number, add: (d: LocalDate) => boolean): boolean {
    // Bounded: `add` refuses past MAX_RUNS kept days, and excepted days are finitely many.
    if (first !== undefined && daysBetween(first, until) / step > MAX_RUNS + 100_000) return false;
    for (let d = first; d !== undefined && d <= until; d = shiftDate(d, step)) if (!add(d)) return false;
    return true;
}

function exceptions(values: readonly RunException[]): { days: Set<LocalDate>; months: Set<string> } | undefined {
    const days = new Set<LocalDate>();
    const months = new Set<string>();
    for (const v of values) {
        const d = parseLocalDate(v);
        if (d) days.add(d);
        else {
            const m = parseYearMonth(v);
            if (!m) return undefined;
            months.add(m);
        }
    }
    return { days, months };
}
