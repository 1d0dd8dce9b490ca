import { categoryName } from '../../messages/diagnostics.js';
import { isStep, isKpiCheck, type Milestone, type PhaseDay, type Step } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

function checkDay(day: number, phaseDays: number | undefined, report: (params: { day: number; days: number | undefined }) => void, reportZero: () => void) {
    if (!Number.isInteger(day) || day < 1) {
        reportZero();
    } else if (phaseDays !== undefined && day > phaseDays) {
        report({ day, days: phaseDays });
    }
}

/** day-out-of-range: `day N` / `days A..B` outside 1..(phase days), or A > B; also `PHASE day N` references. */
export const dayOutOfRange: Rule = {
    name: 'day-out-of-range',
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const rangeText = (phase: { start?: string; end?: string }) => phase.start && phase.end ? `${phase.start} – ${phase.end}` : undefined;
        for (const p of model.phases) {
            for (const item of p.node.items as (Step | Milestone)[]) {
                const category = categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale);
                const base = { category, name: item.name, phase: p.name, range: rangeText(p) };
                if (item.day !== undefined) {
                    checkDay(item.day, p.days,
                        ({ day, days }) => ctx.report('day-out-of-range', item, { ...base, day, days }, { property: 'day' }),
                        () => ctx.report('day-out-of-range.zero', item, { day: item.day }, { property: 'day' }));
                }
                if (isStep(item) && item.range) {
                    const { from, to } = item.range;
                    if (from !== undefined && to !== undefined && from > to) {
                        ctx.report('day-out-of-range.reversed', item.range, { ...base, from, to });
                        continue;
                    }
                    for (const [d, prop] of [[from, 'from'], [to, 'to']] as const) {
                        if (d === undefined) continue;
                        checkDay(d, p.days,
                            ({ day, days }) => ctx.report('day-out-of-range', item.range!, { ...base, day, days }, { property: prop }),
                            () => ctx.report('day-out-of-range.zero', item.range!, { day: d }, { property: prop }));
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
