import { categoryName } from '../../messages/diagnostics.js';
import { isStep, isKpiCheck, type Milestone, type PhaseDay, type Step } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

const enum Day { Ok, NotPositive, Beyond }

function dayStatus(day: number, phaseDays: number | undefined): Day {
    if (!Number.isInteger(day) || day < 1) return Day.NotPositive;
    return phaseDays !== undefined && day > phaseDays ? Day.Beyond : Day.Ok;
}

/** day-out-of-range: `day N` / `days A..B` outside 1..(phase days), or A > B; also `PHASE day N` references. */
export const dayOutOfRange: Rule = {
    name: 'day-out-of-range',
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        // Runs over every step on every edit: the message parameters are made only for a finding.
        for (const p of model.phases) {
            const base = (item: Step | Milestone) => ({
                category: categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale),
                name: item.name,
                phase: p.name,
                range: p.start && p.end ? `${p.start} – ${p.end}` : undefined,
            });
            for (const item of p.node.items as (Step | Milestone)[]) {
                if (item.day !== undefined) {
                    const status = dayStatus(item.day, p.days);
                    if (status === Day.Beyond) ctx.report('day-out-of-range', item, { ...base(item), day: item.day, days: p.days }, { property: 'day' });
                    else if (status === Day.NotPositive) ctx.report('day-out-of-range.zero', item, { day: item.day }, { property: 'day' });
                }
                if (isStep(item) && item.range) {
                    const { from, to } = item.range;
                    if (from !== undefined && to !== undefined && from > to) {
                        ctx.report('day-out-of-range.reversed', item.range, { ...base(item), from, to });
                        continue;
                    }
                    for (const prop of ['from', 'to'] as const) {
                        const d = item.range[prop];
                        if (d === undefined) continue;
                        const status = dayStatus(d, p.days);
                        if (status === Day.Beyond) ctx.report('day-out-of-range', item.range, { ...base(item), day: d, days: p.days }, { property: prop });
                        else if (status === Day.NotPositive) ctx.report('day-out-of-range.zero', item.range, { day: d }, { property: prop });
                    }
                }
            }
        }
        // `ready PHASE day N` and `by PHASE day N` may fall outside the phase (material due before a
        // phase starts is normal), but must be real days.
        const phaseDays: PhaseDay[] = [];
        for (const a of model.own.assets) if (a.ready?.at) phaseDays.push(a.ready.at);
        for (const r of model.own.risks) if (isKpiCheck(r.when) && r.when.at) phaseDays.push(r.when.at);
        for (const at of phaseDays) {
            if (at.day !== undefined && (!Number.isInteger(at.day) || at.day < 1)) {
                ctx.report('day-out-of-range.zero', at, { day: at.day }, { property: 'day' });
            }
        }
    },
};
