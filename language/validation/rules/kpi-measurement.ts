import type { Rule } from '../rule.js';

/** missing-tracking, goal-without-kpi, kpi-without-target: what is not tracked and targeted cannot be reviewed. */
export const kpiMeasurement: Rule = {
    name: 'kpi-measurement',
    codes: ['missing-tracking', 'goal-without-kpi', 'kpi-without-target'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const kpi of model.own.kpis) {
            if (!kpi.formula) ctx.report('missing-tracking', kpi, { name: kpi.name }, {}, { fix: 'insert-formula' });
        }
        for (const goal of model.own.goals) {
            if (goal.kpis.length === 0) {
                ctx.report('goal-without-kpi', goal, { name: goal.name });
                continue;
            }
            goal.kpis.forEach((ref, index) => {
                const kpi = ref.ref;
                if (kpi && !kpi.target) {
                    ctx.report('kpi-without-target', goal, { name: kpi.name, goal: goal.name }, { property: 'kpis', index });
                }
            });
        }
    },
};
