/**
 * The days off a version's schedule spans, for `playbook diff`: each holiday and 调休 working
 * weekend from the model's day calendar (the data, `holidays`, `holiday` and `workday` lines), so a
 * change to them shows even where no event moves (a shorter holiday, `holidays none`). Compared on
 * the days both versions span: a campaign that moves is a schedule change, not a calendar one.
 */
import type { DeclarationChange } from './diff.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { type LocalDate, parseLocalDate, shiftDate } from '../model/dates.js';

/** `holiday` (a statutory or declared day off) or `workday` (a weekend worked, 调休), with its name. */
export interface DayOff { off: 'holiday' | 'workday'; note: string }

export interface DaySpan {
    from: string;
    to: string;
    /** The days that are holidays or 调休 workdays; other days are ordinary (working days and weekends). */
    marks: Map<string, DayOff>;
}

/** At most this many days are read (ten years; a span longer than that is compared over its first ten). */
const MAX_DAYS = 3660;

export function daySpanOf(model: PlaybookModel): DaySpan | null {
    const first = model.events[0]?.date;
    const last = model.events[model.events.length - 1]?.date;
    const from = parseLocalDate(first);
    const to = parseLocalDate(last);
    if (!from || !to) return null;
    const marks = new Map<string, DayOff>();
    let d: LocalDate | undefined = from;
    for (let i = 0; d !== undefined && d <= to && i < MAX_DAYS; d = shiftDate(d, 1), i++) {
        const mark = model.calendar.mark(d);
        if (mark.off === 'holiday') marks.set(d, { off: 'holiday', note: mark.note ?? '' });
        else if (mark.workday) marks.set(d, { off: 'workday', note: mark.note ?? '' });
    }
    return { from: String(from), to: String(to), marks };
}

const key = (m: DayOff | undefined) => (m ? `${m.off}\u0000${m.note}` : '');

/**
 * The days whose mark differs between two versions, on the days both span; consecutive days with
 * the same change are one declaration named by their range (`2027-01-02..2027-01-03`).
 */
export function diffDays(a: DaySpan | null, b: DaySpan | null, out: DeclarationChange[]): void {
    if (!a || !b) return;
    const from = parseLocalDate(a.from > b.from ? a.from : b.from);
    const to = parseLocalDate(a.to < b.to ? a.to : b.to);
    let run: { first: string; last: string; old?: DayOff; new?: DayOff } | undefined;
    const flush = () => {
        if (!run) return;
        const name = run.first === run.last ? run.first : `${run.first}..${run.last}`;
        // The kind of day when it changed (its name is the title), else the name.
        const field = (run.old?.off ?? '') !== (run.new?.off ?? '')
            ? { field: 'dayOff', old: run.old?.off ?? '', new: run.new?.off ?? '' }
            : { field: 'note', old: run.old?.note ?? '', new: run.new?.note ?? '' };
        out.push({ change: 'changed', kind: 'day', name, title: run.new?.note || run.old?.note || '', fields: [field] });
        run = undefined;
    };
    for (let d: LocalDate | undefined = from; d !== undefined && to !== undefined && d <= to; d = shiftDate(d, 1)) {
        const o = a.marks.get(d);
        const n = b.marks.get(d);
        if (key(o) === key(n)) {
            flush();
            continue;
        }
        if (run && key(run.old) === key(o) && key(run.new) === key(n) && shiftDate(parseLocalDate(run.last), 1) === d) run.last = d;
        else {
            flush();
            run = { first: d, last: d, old: o, new: n };
        }
    }
    flush();
}
