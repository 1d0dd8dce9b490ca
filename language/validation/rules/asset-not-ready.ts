import { categoryName } from '../../messages/diagnostics.js';
import { isStep } from '../../generated/ast.js';
import type { RunRef, ScheduleEvent } from '../../model/playbook-model.js';
import type { Rule } from '../rule.js';
import { runsNote } from './run-list.js';

/**
 * asset-not-ready: a step occurrence is dated before the `ready` date of an asset it uses. Every
 * run has its own ready dates: checked run by run, reported once per step and asset with the first
 * such run's dates, naming the runs.
 */
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
            const firsts = new Map<number, ScheduleEvent>();
            for (const o of occurrences) {
                const key = o.run?.index ?? 0;
                const f = firsts.get(key);
                if (!f || o.date < f.date) firsts.set(key, o);
            }
            for (let index = 0; index < step.assets.length; index++) {
                const asset = step.assets[index].ref;
                if (!asset) continue;
                let found: { date: string; ready: string } | undefined;
                const runs: RunRef[] = [];
                for (const [run, first] of firsts) {
                    const schedule = run ? model.runs[run - 1] : undefined;
                    const ready = schedule ? schedule.assetReady(asset) : model.assetReady(asset);
                    if (!ready || first.date >= ready) continue;
                    found ??= { date: first.date, ready };
                    if (first.run) runs.push(first.run);
                }
                if (!found) continue;
                ctx.report('asset-not-ready', step, {
                    category: categoryName('step', ctx.locale), name: step.name, date: found.date, asset: asset.name, ready: found.ready,
                    runs: runsNote(model, runs, ctx.locale),
                }, { property: 'assets', index });
            }
        }
    },
};
