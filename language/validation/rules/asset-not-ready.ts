import { categoryName } from '../../messages/diagnostics.js';
import { isStep } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** asset-not-ready: a step occurrence is dated before the `ready` date of an asset it uses (per run: once per step and run). */
export const assetNotReady: Rule = {
    name: 'asset-not-ready',
    codes: ['asset-not-ready'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const step of model.own.items) {
            if (!isStep(step) || step.assets.length === 0) continue;
            const occurrences = model.eventsOf(step);
            if (occurrences.length === 0) continue;
            // Per run (each run has its own ready dates), the first occurrence. Plain loops: this runs for every step on every edit.
            const firsts = new Map<number, (typeof occurrences)[number]>();
            for (const o of occurrences) {
                const key = o.run?.index ?? 0;
                const f = firsts.get(key);
                if (!f || o.date < f.date) firsts.set(key, o);
            }
            for (const [run, first] of firsts) {
                const schedule = run ? model.runs[run - 1] : undefined;
                for (let index = 0; index < step.assets.length; index++) {
                    const asset = step.assets[index].ref;
                    const ready = asset ? (schedule ? schedule.assetReady(asset) : model.assetReady(asset)) : undefined;
                    if (!asset || !ready || first.date >= ready) continue;
                    ctx.report('asset-not-ready', step, {
                        category: categoryName('step', ctx.locale), name: step.name, date: first.date, asset: asset.name, ready,
                    }, { property: 'assets', index });
                }
            }
        }
    },
};
