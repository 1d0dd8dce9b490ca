import type { Rule } from '../rule.js';

/** short-warmup: the first warm-up is under 5 days; in a novel playbook, under 14 days before the first burst. */
export const shortWarmup: Rule = {
    name: 'short-warmup',
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const warmup = model.phases.find(p => p.kind === 'warmup');
        if (warmup?.days !== undefined && warmup.days < 5) {
            ctx.report('short-warmup', warmup.node, { name: warmup.name, days: warmup.days }, { property: 'days' });
        }
        if (model.node.novel) {
            const burstIndex = model.phases.findIndex(p => p.kind === 'burst');
            if (burstIndex < 0) return;
            const before = model.phases.slice(0, burstIndex);
            if (before.some(p => p.days === undefined)) return;
            const days = before.reduce((sum, p) => sum + p.days!, 0);
            if (days < 14) {
                ctx.report('short-warmup.novel', model.node, { burst: model.phases[burstIndex].name, days }, { property: 'novel' });
            }
        }
    },
};
