import { categoryName } from '../../messages/diagnostics.js';
import { categoryOfType } from '../../vocabulary/declarations.js';
import { isMilestone, isStep, type Asset, type Milestone, type Risk, type Step } from '../../generated/ast.js';
import type { Rule } from '../rule.js';
import { defaultOwnerHint } from '../../messages/fragments.js';
import { lastGiven } from '../../syntax/clauses.js';

/** missing-owner: a step, milestone, asset or risk has no owner and no default (phase or playbook owner) applies. */
export const missingOwner: Rule = {
    name: 'missing-owner',
    codes: ['missing-owner'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const candidates: (Step | Milestone | Asset | Risk)[] = [...model.own.items, ...model.own.assets, ...model.own.risks];
        for (const node of candidates) {
            if (lastGiven(node.owner)) continue; // an explicit owner, resolved or not (unresolved is a linking error)
            const inPhase = (isStep(node) || isMilestone(node));
            if (inPhase && lastGiven(node.$container.owner)) continue;
            if (lastGiven(model.node.owner)) continue;
            const hint = defaultOwnerHint(inPhase, ctx.locale, ctx.forms);
            ctx.report('missing-owner', node, { category: categoryName(categoryOfType(node.$type)!, ctx.locale), name: node.name, hint }, {}, { fix: 'insert-owner' });
        }
    },
};
