/** Pieces of the schedule's events: which days an item falls on, their order, their source offsets. */
import type { AstNode, CstNode } from 'langium';
import { type KpiCheck, type Milestone, type Step, isStep } from '../generated/ast.js';
import { firstLeaf } from '../syntax/cst.js';
import { MAX_OCCURRENCES, type ScheduleEvent } from './model-types.js';
import { type LocalDate, parseLocalDate } from './dates.js';
import type { DayCalendar } from './day-calendar.js';
import { isGiven, lastGiven } from '../syntax/clauses.js';

export function isPositiveWhole(n: number | undefined): n is number {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}

export function refName(ref: { ref?: { name: string }; $refText: string } | undefined): string | undefined {
    return ref ? (ref.ref?.name ?? ref.$refText) : undefined;
}

/** The days from..to, at most MAX_OCCURRENCES of them; `onCut` hears how many more there were. */
function dayRange(from: number, to: number, onCut?: (lost: number) => void): number[] {
    const out: number[] = [];
    for (let d = from; d <= to && out.length < MAX_OCCURRENCES; d++) out.push(d);
    if (to - from + 1 > out.length) onCut?.(to - from + 1 - out.length);
    return out;
}

/** Days of the phase a step or milestone falls on, within 1..phaseDays (all days ≥ 1 when unknown). */
export function itemDays(item: Step | Milestone, phaseDays: number | undefined, onCut?: (lost: number) => void): number[] {
    const inPhase = (d: number) => isPositiveWhole(d) && (phaseDays === undefined || d <= phaseDays);
    const range = isStep(item) ? lastGiven(item.range) : undefined;
    if (range) {
        const { from, to } = range;
        if (!isPositiveWhole(from) || !isPositiveWhole(to) || from > to) return [];
        if (!inPhase(from) || !inPhase(to)) return [];
        return dayRange(from, to, onCut);
    }
    const day = lastGiven(item.day);
    return day !== undefined && inPhase(day) ? [day] : [];
}

/**
 * Days of the phase a step or milestone falls on, for one run: `day N` / `days A..B` as
 * itemDays, `day D-3` / `days D-7..D-1` counted from D (`dDay`: the phase day D falls on, may be
 * outside the phase). D-relative days without a D, or outside the phase, give none.
 */
export function itemDaysAt(item: Step | Milestone, phaseDays: number | undefined, dDay: number | undefined, onCut?: (lost: number) => void): number[] {
    const range = isStep(item) ? lastGiven(item.range) : undefined;
    const relDay = lastGiven(item.relDay);
    const relative = relDay !== undefined || range?.relFrom !== undefined;
    if (!relative) return itemDays(item, phaseDays, onCut);
    if (dDay === undefined || phaseDays === undefined) return [];
    const inPhase = (d: number) => Number.isInteger(d) && d >= 1 && d <= phaseDays;
    if (relDay !== undefined) {
        const day = dDay + (relDay.offset ?? 0);
        return inPhase(day) ? [day] : [];
    }
    const from = dDay + (range!.relFrom?.offset ?? 0);
    const to = dDay + (range!.relTo?.offset ?? 0);
    if (!inPhase(from) || !inPhase(to) || from > to) return [];
    return dayRange(from, to, onCut);
}

export /** `workdays` and `except` of a step: which dates it keeps (undefined: all). */
function occurrenceFilter(step: Step, calendar: DayCalendar): ((date: LocalDate) => boolean) | undefined {
    if (!isGiven(step.workdays) && step.excepts.length === 0) return undefined;
    const spans = step.excepts.map(e => {
        const from = parseLocalDate(e.from);
        const to = e.to === undefined ? from : parseLocalDate(e.to);
        return { from, to };
    }).filter((s): s is { from: LocalDate; to: LocalDate } => s.from !== undefined && s.to !== undefined);
    return date => {
        if (isGiven(step.workdays) && !calendar.isWorkingDay(date)) return false;
        return !spans.some(s => s.from <= date && date <= s.to);
    };
}

export function checkText(check: KpiCheck): string {
    const value = check.threshold?.percent ?? (check.threshold?.number !== undefined ? String(check.threshold.number) : '');
    return `${check.kpi?.$refText ?? ''} ${check.op ?? ''} ${value}`.trim();
}

/** A node's first token, kept per node: its offset follows edits, where a composite node's offset is a walk down the tree. */
const firstTokens = new WeakMap<AstNode, CstNode>();

export function sourceOffset(node: AstNode): number {
    let token = firstTokens.get(node);
    if (!token) {
        token = node.$cstNode && firstLeaf(node.$cstNode);
        if (!token) return 0;
        firstTokens.set(node, token);
    }
    return token.offset;
}

export function compareEvents(a: ScheduleEvent, b: ScheduleEvent): number {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    const aTimed = a.start ? 1 : 0;
    const bTimed = b.start ? 1 : 0;
    if (aTimed !== bTimed) return aTimed - bTimed;
    if (a.start && b.start && a.start.epochMillis !== b.start.epochMillis) return a.start.epochMillis - b.start.epochMillis;
    const ap = a.phase?.index ?? -1;
    const bp = b.phase?.index ?? -1;
    if (ap !== bp) return ap - bp;
    return a.offset - b.offset;
}
