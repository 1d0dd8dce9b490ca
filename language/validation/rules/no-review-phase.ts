import type { Rule } from '../rule.js';

/** no-review-phase: the playbook has no phase of kind `review` (效果复盘). */
export const noReviewPhase: Rule = {
    name: 'no-review-phase',
    codes: ['no-review-phase'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        if (model.phases.some(p => p.kind === 'review')) return;
        ctx.report('no-review-phase', model.node, { name: model.name }, {}, { fix: 'insert-review' });
    },
};
