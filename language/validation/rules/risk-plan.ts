import { RISK_KINDS, STANDARD_RISK_KINDS } from '../../messages/kinds.js';
import { pick } from '../../messages/locale.js';
import type { Rule } from '../rule.js';
import { lastGiven } from '../../syntax/clauses.js';

/** missing-risk-plan, risk-without-response, uncovered-risk: every campaign needs 应急预案 with responses. */
export const riskPlan: Rule = {
    name: 'risk-plan',
    codes: ['missing-risk-plan', 'risk-without-response', 'uncovered-risk'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const { risks, phases } = model.own;
        if (phases.length > 0 && risks.length === 0) {
            ctx.report('missing-risk-plan', model.node, { name: model.name, phases: phases.length }, {}, { fix: 'insert-risks' });
        }
        for (const risk of risks) {
            if (lastGiven(risk.then) === undefined) ctx.report('risk-without-response', risk, { name: risk.name }, {}, { fix: 'insert-then' });
        }
        if (risks.length > 0) {
            const covered = new Set(risks.map(r => r.kind));
            for (const kind of STANDARD_RISK_KINDS) {
                if (!covered.has(kind)) {
                    ctx.report('uncovered-risk', model.node, { kind, label: pick(RISK_KINDS[kind], ctx.locale) }, {}, { fix: 'insert-risk', kind });
                }
            }
        }
    },
};
