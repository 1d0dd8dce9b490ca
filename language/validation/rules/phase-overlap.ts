import { daysBetween } from '../../model/dates.js';
import type { Rule } from '../rule.js';

/** phase-overlap: a phase pinned with `from` starts before the previous phase ends. */
export const phaseOverlap: Rule = {
    name: 'phase-overlap',
    check(ctx) {
        const phases = ctx.model?.phases ?? [];
        for (let i = 1; i < phases.length; i++) {
            const p = phases[i];
            const prev = phases[i - 1];
            if (!p.pinned || !p.start || !prev.end || p.start > prev.end) continue;
            ctx.report('phase-overlap', p.node, {
                name: p.name, start: p.start, previous: prev.name, end: prev.end, days: daysBetween(p.start, prev.end) + 1,
            }, { property: 'from' });
        }
    },
};
