import { categoryName } from '../../messages/diagnostics.js';
import { isStep } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** asset-not-ready: a step occurrence is dated before the `ready` date of an asset it uses. */
export const assetNotReady: Rule = {
    name: 'asset-not-ready',
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const step of model.own.items) {
            if (!isStep(step) || step.assets.length === 0) continue;
            const occurrences = model.eventsOf(step);
            if (occurrences.length === 0) continue;
            const first = occurrences.reduce((a, b) => (b.date < a.date ? b : a));
            step.assets.forEach((ref, index) => {
                const asset = ref.ref;
                const ready = asset ? model.assetReady(asset) : undefined;
                if (!asset || !ready || first.date >= ready) return;
                ctx.report('asset-not-ready', step, {
                    category: categoryName('step', ctx.locale), name: step.name, date: first.date, asset: asset.name, ready,
                }, { property: 'assets', index });
            });
        }
    },
};
