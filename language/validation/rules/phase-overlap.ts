import { dateRangeText } from '../../model/date-text.js';
import { daysBetween } from '../../model/dates.js';
import type { PhaseSchedule, RunRef } from '../../model/playbook-model.js';
import type { Rule } from '../rule.js';
import { runsNote } from './run-list.js';

/**
 * phase-overlap: a phase shares days with an earlier phase (a phase pinned with `from` that starts
 * before an earlier one ends, and the phases that follow it). Checked against every earlier phase,
 * one finding per pair, with the days they share; in every run of a repeating playbook (a pinned
 * phase stays on its date while the others move with D), reported once per pair with the first
 * such run's dates, naming the runs.
 */
export const phaseOverlap: Rule = {
    name: 'phase-overlap',
    codes: ['phase-overlap'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const copies: { phases: readonly PhaseSchedule[]; run?: RunRef }[] = model.runs.length ? model.runs.map(r => ({ phases: r.phases, run: r })) : [{ phases: model.phases }];
        const found = new Map<string, { phase: PhaseSchedule; params: Record<string, string | number | undefined>; runs: (RunRef | undefined)[] }>();
        for (const { phases: all, run } of copies) {
            const phases = all.filter(p => p.start !== undefined && p.end !== undefined);
            for (let i = 1; i < phases.length; i++) {
                const p = phases[i];
                for (let j = 0; j < i; j++) {
                    const e = phases[j];
                    const first = p.start! > e.start! ? p.start! : e.start!;
                    const last = p.end! < e.end! ? p.end! : e.end!;
                    if (first > last) continue;
                    const key = `${p.index}:${e.index}`;
                    const known = found.get(key);
                    if (known) {
                        known.runs.push(run);
                        continue;
                    }
                    found.set(key, {
                        phase: p,
                        params: {
                            name: p.name, range: dateRangeText(p.start, p.end), other: e.name, otherRange: dateRangeText(e.start, e.end),
                            days: daysBetween(first, last) + 1, overlap: dateRangeText(first, last),
                        },
                        runs: [run],
                    });
                }
            }
        }
        for (const { phase, params, runs } of found.values()) {
            ctx.report('phase-overlap', phase.node, { ...params, runs: runsNote(model, runs, ctx.locale) }, { property: phase.pinned ? 'from' : 'name' });
        }
    },
};
