/**
 * How a playbook is placed in time (SCHEDULE.md): `start DATE`, `dday DATE` (one run) or
 * `repeat …` (one run per D-day); and the anchor phase whose first day is D.
 */
import type { Phase, Playbook, Repeat } from '../generated/ast.js';
import { type LocalDate, parseLocalDate } from './dates.js';
import { findNodeForProperty } from '../syntax/cst.js';
import { type Expansion, type RepeatRule, expandRuns } from './runs.js';
import { isoWeekday } from '../vocabulary/weekdays.js';
import { isPositiveWhole } from './events.js';
import { lastGiven } from '../syntax/clauses.js';


export interface Timeline {
    /** Which clause places the playbook (the first given; `timeline-conflict` reports the others). */
    readonly by?: 'start' | 'dday' | 'repeat';
    /** The D-days, one per run (empty without `dday`/`repeat` or when they give none). */
    readonly ddays: readonly LocalDate[];
    /** The expansion of `repeat`, for its problems. */
    readonly expansion?: Expansion;
    /** The phase whose first day is D: `anchor`, else the first phase of kind burst. */
    readonly anchor?: Phase;
}

export function repeatRule(repeat: Repeat): RepeatRule | undefined {
    const except = repeat.except ?? [];
    if (repeat.fromMonth !== undefined || repeat.untilMonth !== undefined || repeat.last || repeat.monthDay !== undefined) {
        return { kind: 'monthly', day: repeat.last ? 'last' : repeat.monthDay ?? NaN, from: repeat.fromMonth ?? '', until: repeat.untilMonth ?? '', except };
    }
    if (repeat.weekday !== undefined) {
        return { kind: 'weekly', weekday: isoWeekday(repeat.weekday.toLowerCase()) ?? NaN, from: repeat.from ?? '', until: repeat.until ?? '', except };
    }
    if (repeat.interval !== undefined) {
        return { kind: 'every', days: repeat.interval, from: repeat.from ?? '', until: repeat.until ?? '', except };
    }
    if (repeat.dates.length) return { kind: 'dates', dates: repeat.dates, except };
    return undefined;
}

/** The order the timeline clauses stand in the text (the first one wins). */
function firstClause(playbook: Playbook): Timeline['by'] {
    const offsets: [NonNullable<Timeline['by']>, number][] = [];
    const at = (node: { $cstNode?: { offset: number } } | undefined, fallback: number) => node?.$cstNode?.offset ?? fallback;
    if (lastGiven(playbook.start) !== undefined) offsets.push(['start', clauseOffset(playbook, 'start')]);
    if (lastGiven(playbook.dday) !== undefined) offsets.push(['dday', clauseOffset(playbook, 'dday')]);
    const repeat = lastGiven(playbook.repeat);
    if (repeat !== undefined) offsets.push(['repeat', at(repeat, Number.MAX_SAFE_INTEGER)]);
    offsets.sort((a, b) => a[1] - b[1]);
    return offsets[0]?.[0];
}

function clauseOffset(playbook: Playbook, property: 'start' | 'dday'): number {
    return findNodeForProperty(playbook, property)?.offset ?? 0;
}

export function timelineOf(playbook: Playbook, phases: readonly Phase[]): Timeline {
    const by = firstClause(playbook);
    const anchorRef = lastGiven(playbook.anchor);
    const anchor = anchorRef ? anchorRef.ref : phases.find(p => lastGiven(p.kind) === 'burst');
    if (by === 'dday') {
        const d = parseLocalDate(lastGiven(playbook.dday));
        return { by, ddays: d ? [d] : [], anchor };
    }
    if (by === 'repeat') {
        const rule = repeatRule(lastGiven(playbook.repeat)!);
        const expansion: Expansion = rule ? expandRuns(rule) : { ok: false, problem: 'bad-date' };
        return { by, ddays: expansion.ok ? expansion.ddays : [], expansion, anchor };
    }
    return { by, ddays: [], anchor };
}

/** Days of the phases before the anchor (D is the anchor's first day), when all are known. */
export function beforeAnchor(phases: readonly Phase[], anchor: Phase | undefined): number | undefined {
    if (!anchor) return undefined;
    let days = 0;
    for (const p of phases) {
        if (p === anchor) return days;
        const length = lastGiven(p.days);
        if (!isPositiveWhole(length)) return undefined;
        days += length;
    }
    return undefined;
}
