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
            // Plain loops: this runs for every step on every edit.
            let first = occurrences[0];
            for (const o of occurrences) if (o.date < first.date) first = o;
            for (let index = 0; index < step.assets.length; index++) {
                const asset = step.assets[index].ref;
                const ready = asset ? model.assetReady(asset) : undefined;
                if (!asset || !ready || first.date >= ready) continue;
                ctx.report('asset-not-ready', step, {
                    category: categoryName('step', ctx.locale), name: step.name, date: first.date, asset: asset.name, ready,
                }, { property: 'assets', index });
            }
        }
    },
};
