import { isStep } from '../../generated/ast.js';
import { parseDurationMinutes, parseTimeOfDay } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { lastGiven } from '../../syntax/clauses.js';

/**
 * ignored-clause: `for DURATION` on a step without `at` (an all-day step has no length).
 * dst-gap: `at HH:MM` names a wall-clock time that a daylight-saving change skips on one of the
 * step's days; the model starts it at the real time (02:30 → 03:30), and this says so, once per step.
 */
export const stepTime: Rule = {
    name: 'step-time',
    codes: ['ignored-clause', 'dst-gap'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const step of model.own.items) {
            if (!isStep(step)) continue;
            const time = lastGiven(step.time);
            if (time === undefined) {
                const duration = lastGiven(step.duration);
                if (duration !== undefined && parseDurationMinutes(duration) !== undefined) {
                    ctx.report('ignored-clause.duration', step, { name: step.name, duration }, { property: 'duration' });
                }
                continue;
            }
            const written = parseTimeOfDay(time)?.text;
            if (!written) continue;
            const shifted = model.eventsOf(step).find(e => e.time !== undefined && e.time !== written);
            if (shifted) {
                ctx.report('dst-gap', step, { time: written, date: shifted.date, zone: model.timezone, name: step.name, real: shifted.time }, { property: 'time' });
            }
        }
    },
};
