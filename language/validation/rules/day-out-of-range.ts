import { categoryName } from '../../messages/diagnostics.js';
import { isStep, isKpiCheck, type Milestone, type PhaseDay, type Step } from '../../generated/ast.js';
import { dateRangeText } from '../../model/date-text.js';
import type { Rule } from '../rule.js';
import type { AstNode } from 'langium';
import { lastGiven } from '../../syntax/clauses.js';

/** 9999-12-31T23:59:59.999Z. */
const LAST_UTC_MILLIS = 253_402_300_799_999;

const enum Day { Ok, NotPositive, Beyond }

function dayStatus(day: number, phaseDays: number | undefined): Day {
    if (!Number.isInteger(day) || day < 1) return Day.NotPositive;
    return phaseDays !== undefined && day > phaseDays ? Day.Beyond : Day.Ok;
}

/**
 * day-out-of-range: a phase of 0 or a fractional number of days; `day N` / `days A..B` outside
 * 1..(phase days), or A > B; `ready PHASE day N` / `by PHASE day N` outside 1..(that phase's days).
 */
export const dayOutOfRange: Rule = {
    name: 'day-out-of-range',
    codes: ['day-out-of-range'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        // A timed event whose UTC end is past 9999-12-31 (a late hour in a zone west of UTC): no
        // calendar can hold it; reported once per step instead of a five-digit year in the ics.
        const lateSteps = new Set<AstNode>();
        for (const e of model.events) {
            if (!e.end || e.end.epochMillis <= LAST_UTC_MILLIS || lateSteps.has(e.node)) continue;
            lateSteps.add(e.node);
            if (isStep(e.node)) ctx.report('day-out-of-range.utc-end', e.node, { name: e.node.name, date: e.date, time: lastGiven(e.node.time) ?? '' }, { property: 'time' });
        }
        // Runs over every step on every edit: the message parameters are made only for a finding.
        for (const p of model.phases) {
            const declared = lastGiven(p.node.days);
            if (declared !== undefined && (!Number.isInteger(declared) || declared < 1)) {
                ctx.report('day-out-of-range.phase', p.node, { name: p.name, days: declared }, { property: 'days' });
            }
            // Dated start, whole days, no end: the days run past 9999-12-31 (reported, not silently dropped).
            if (p.start !== undefined && p.days !== undefined && p.end === undefined) {
                ctx.report('day-out-of-range.calendar-end', p.node, { name: p.name, start: p.start, days: p.days }, { property: 'days' });
            }
            const base = (item: Step | Milestone) => ({
                category: categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale),
                name: item.name,
                phase: p.name,
                range: dateRangeText(p.start, p.end),
            });
            for (const item of p.node.items as (Step | Milestone)[]) {
                const day = lastGiven(item.day);
                if (day !== undefined) {
                    const status = dayStatus(day, p.days);
                    if (status === Day.Beyond) ctx.report('day-out-of-range', item, { ...base(item), day, days: p.days }, { property: 'day' });
                    else if (status === Day.NotPositive) ctx.report('day-out-of-range.zero', item, { day }, { property: 'day' });
                }
                const range = isStep(item) ? lastGiven(item.range) : undefined;
                if (range) {
                    const { from, to } = range;
                    if (from !== undefined && to !== undefined && from > to) {
                        const swapped = dayStatus(to, p.days) === Day.Ok && dayStatus(from, p.days) === Day.Ok;
                        // The quick fix swaps the two days only when that gives days of the phase (never `days 0..1`).
                        if (swapped) ctx.report('day-out-of-range.reversed', range, { ...base(item), from, to }, {}, { fix: 'swap-range' });
                        else ctx.report('day-out-of-range.reversed-invalid', range, { ...base(item), from, to, days: p.days });
                        continue;
                    }
                    for (const prop of ['from', 'to'] as const) {
                        const d = range[prop];
                        if (d === undefined) continue;
                        const status = dayStatus(d, p.days);
                        if (status === Day.Beyond) ctx.report('day-out-of-range', range, { ...base(item), day: d, days: p.days }, { property: prop });
                        else if (status === Day.NotPositive) ctx.report('day-out-of-range.zero', range, { day: d }, { property: prop });
                    }
                }
            }
        }
        // `ready PHASE day N` and `by PHASE day N` name a day of that phase: 1..(its days).
        const phaseDays: PhaseDay[] = [];
        for (const a of model.own.assets) {
            const at = lastGiven(a.ready)?.at;
            if (at) phaseDays.push(at);
        }
        for (const r of model.own.risks) {
            const when = lastGiven(r.when);
            if (isKpiCheck(when) && when.at) phaseDays.push(when.at);
        }
        for (const at of phaseDays) {
            if (at.day === undefined) continue;
            const phase = at.phase?.ref ? model.phaseOf(at.phase.ref) : undefined;
            const status = dayStatus(at.day, phase?.days);
            if (status === Day.NotPositive) ctx.report('day-out-of-range.zero', at, { day: at.day }, { property: 'day' });
            else if (status === Day.Beyond && phase) {
                ctx.report('day-out-of-range.at', at, {
                    phase: phase.name, day: at.day, days: phase.days, range: dateRangeText(phase.start, phase.end),
                }, { property: 'day' });
            }
        }
    },
};
