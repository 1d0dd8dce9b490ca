import { categoryName } from '../../messages/diagnostics.js';
import { isStep } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** missing-timeline: no `start`; a phase without `days`; a step or milestone without `day`/`days`. */
export const missingTimeline: Rule = {
    name: 'missing-timeline',
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const pb = model.node;
        if (pb.start === undefined) {
            ctx.report('missing-timeline.start', pb, { name: pb.name }, {}, { fix: 'insert-start' });
        }
        for (const phase of model.own.phases) {
            if (phase.days === undefined) {
                ctx.report('missing-timeline.days', phase, { name: phase.name }, {}, { fix: 'insert-days' });
            }
            for (const item of phase.items) {
                const hasRange = isStep(item) && item.range !== undefined;
                if (item.day === undefined && !hasRange) {
                    const category = categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale);
                    ctx.report('missing-timeline.day', item, { category, name: item.name, phase: phase.name }, {}, { fix: 'insert-day' });
                }
            }
        }
    },
};
