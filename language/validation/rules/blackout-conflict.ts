import { categoryName } from '../../messages/diagnostics.js';
import { WEEKDAYS } from '../../messages/kinds.js';
import { weekdayOf } from '../../model/dates.js';
import { isStep } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** blackout-conflict: a step occurrence falls on a `blackout` day (one diagnostic per step and blackout). */
export const blackoutConflict: Rule = {
    name: 'blackout-conflict',
    codes: ['blackout-conflict'],
    check(ctx) {
        const model = ctx.model;
        if (!model || model.blackoutDays.size === 0) return;
        for (const step of model.own.items) {
            if (!isStep(step)) continue;
            let reported: Set<unknown> | undefined; // made on the first hit: this runs for every step on every edit
            for (const event of model.eventsOf(step)) {
                const blackout = model.blackoutDays.get(event.date);
                if (!blackout || reported?.has(blackout)) continue;
                (reported ??= new Set()).add(blackout);
                const reason = blackout.title ?? (blackout.to ? `${blackout.from}..${blackout.to}` : blackout.from);
                ctx.report('blackout-conflict', step, {
                    category: categoryName('step', ctx.locale), name: step.name, date: event.date,
                    weekday: WEEKDAYS[ctx.locale][weekdayOf(event.date) - 1], reason,
                }, { property: step.range ? 'range' : 'day' });
            }
        }
    },
};
