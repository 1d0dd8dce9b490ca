import type { Rule } from '../rule.js';
import { isGiven } from '../../syntax/clauses.js';

/**
 * short-warmup: the warm-up phases before the first burst (all of them when there is none) add
 * up to under 5 days — a warm-up split into several phases counts as one; in a novel playbook,
 * all phases before the first burst add up to under 14 days.
 */
export const shortWarmup: Rule = {
    name: 'short-warmup',
    codes: ['short-warmup'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const burstIndex = model.phases.findIndex(p => p.kind === 'burst');
        const before = burstIndex < 0 ? model.phases : model.phases.slice(0, burstIndex);
        const warmups = before.filter(p => p.kind === 'warmup');
        // A warm-up of unknown length (no `days`, or a wrong one) is reported where it stands.
        if (warmups.length > 0 && warmups.every(p => p.days !== undefined)) {
            const days = warmups.reduce((sum, p) => sum + p.days!, 0);
            if (days < 5 && warmups.length === 1) {
                ctx.report('short-warmup', warmups[0].node, { name: warmups[0].name, days }, { property: 'days' });
            } else if (days < 5) {
                ctx.report('short-warmup.split', warmups[0].node, { names: warmups.map(p => `'${p.name}'`).join(', '), days }, { property: 'days' });
            }
        }
        if (isGiven(model.node.novel) && burstIndex >= 0) {
            if (before.some(p => p.days === undefined)) return;
            const days = before.reduce((sum, p) => sum + p.days!, 0);
            if (days < 14) {
                ctx.report('short-warmup.novel', model.node, { burst: model.phases[burstIndex].name, days }, { property: 'novel' });
            }
        }
    },
};
