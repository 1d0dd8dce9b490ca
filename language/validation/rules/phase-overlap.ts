import { dateRangeText } from '../../model/date-text.js';
import { daysBetween } from '../../model/dates.js';
import type { Rule } from '../rule.js';

/**
 * phase-overlap: a phase shares days with an earlier phase (a phase pinned with `from` that starts
 * before an earlier one ends, and the phases that follow it). Checked against every earlier phase,
 * one finding per pair, with the days they share.
 */
export const phaseOverlap: Rule = {
    name: 'phase-overlap',
    codes: ['phase-overlap'],
    check(ctx) {
        const phases = (ctx.model?.phases ?? []).filter(p => p.start !== undefined && p.end !== undefined);
        for (let i = 1; i < phases.length; i++) {
            const p = phases[i];
            for (let j = 0; j < i; j++) {
                const e = phases[j];
                const first = p.start! > e.start! ? p.start! : e.start!;
                const last = p.end! < e.end! ? p.end! : e.end!;
                if (first > last) continue;
                ctx.report('phase-overlap', p.node, {
                    name: p.name, range: dateRangeText(p.start, p.end), other: e.name, otherRange: dateRangeText(e.start, e.end),
                    days: daysBetween(first, last) + 1, overlap: dateRangeText(first, last),
                }, { property: p.pinned ? 'from' : 'name' });
            }
        }
    },
};
