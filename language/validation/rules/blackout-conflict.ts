import { categoryName } from '../../messages/diagnostics.js';
import { WEEKDAYS } from '../../messages/kinds.js';
import { weekdayOf } from '../../model/dates.js';
import { isStep } from '../../generated/ast.js';
import type { Blackout } from '../../generated/ast.js';
import type { RunRef, ScheduleEvent } from '../../model/playbook-model.js';
import type { Rule } from '../rule.js';
import { runsNote } from './run-list.js';
import { lastGiven } from '../../syntax/clauses.js';

/** blackout-conflict: a step occurrence falls on a `blackout` day (one diagnostic per step and blackout: the first such day, and the runs with one). */
export const blackoutConflict: Rule = {
    name: 'blackout-conflict',
    codes: ['blackout-conflict'],
    check(ctx) {
        const model = ctx.model;
        if (!model || model.blackoutDays.size === 0) return;
        for (const step of model.own.items) {
            if (!isStep(step)) continue;
            // Made on the first hit: this runs for every step on every edit.
            let hits: Map<Blackout, { first: ScheduleEvent; runs: (RunRef | undefined)[] }> | undefined;
            for (const event of model.eventsOf(step)) {
                const blackout = model.blackoutDays.get(event.date);
                if (!blackout) continue;
                const hit = (hits ??= new Map()).get(blackout);
                if (hit) hit.runs.push(event.run);
                else hits.set(blackout, { first: event, runs: [event.run] });
            }
            for (const [blackout, { first, runs }] of hits ?? []) {
                const reason = blackout.title ?? (blackout.to ? `${blackout.from}..${blackout.to}` : blackout.from);
                ctx.report('blackout-conflict', step, {
                    category: categoryName('step', ctx.locale), name: step.name, date: first.date,
                    weekday: WEEKDAYS[ctx.locale][weekdayOf(first.date) - 1], reason, runs: runsNote(model, runs, ctx.locale),
                }, { property: lastGiven(step.range) ? 'range' : 'day' });
            }
        }
    },
};
