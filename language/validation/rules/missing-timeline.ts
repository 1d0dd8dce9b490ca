import { categoryName } from '../../messages/diagnostics.js';
import type { AstNode } from 'langium';
import { isKpiCheck, isStep } from '../../generated/ast.js';
import { dText } from '../../model/date-text.js';
import type { Rule } from '../rule.js';
import { isGiven, lastGiven } from '../../syntax/clauses.js';

/** missing-timeline: no `start` / `dday` / `repeat`; a D-day without an anchor phase; `D-3` without a D-day; a phase without `days`; a step or milestone without `day`/`days`. */
export const missingTimeline: Rule = {
    name: 'missing-timeline',
    codes: ['missing-timeline'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const pb = model.node;
        if (!isGiven(pb.start) && !isGiven(pb.dday) && !isGiven(pb.repeat)) {
            ctx.report('missing-timeline.start', pb, { name: pb.name }, {}, { fix: 'insert-start' });
        }
        const hasD = model.timeline.by === 'dday' || model.timeline.by === 'repeat';
        if (hasD && !model.timeline.anchor && !isGiven(pb.anchor)) {
            ctx.report('missing-timeline.anchor', pb, { name: pb.name }, { property: model.timeline.by === 'dday' ? 'dday' : 'repeat' });
        }
        if (!hasD) {
            // A day counted from D in a playbook without one.
            const relative: { node: AstNode; text: string }[] = [];
            for (const item of model.own.items) {
                const relDay = lastGiven(item.relDay);
                if (relDay) relative.push({ node: relDay, text: ctx.forms.day(dText(relDay.offset)) });
                const range = isStep(item) ? lastGiven(item.range) : undefined;
                if (range?.relFrom) relative.push({ node: range, text: ctx.forms.days(dText(range.relFrom.offset), dText(range.relTo?.offset)) });
            }
            for (const a of model.own.assets) {
                const relDay = lastGiven(a.ready)?.relDay;
                if (relDay) relative.push({ node: relDay, text: ctx.forms.clause('ready', dText(relDay.offset)) });
            }
            for (const r of model.own.risks) {
                const when = lastGiven(r.when);
                if (isKpiCheck(when) && when.relDay) relative.push({ node: when.relDay, text: ctx.forms.clause('by', dText(when.relDay.offset)) });
            }
            for (const { node, text } of relative) ctx.report('missing-timeline.dday', node, { name: pb.name, text });
        }
        for (const phase of model.own.phases) {
            if (!isGiven(phase.days)) {
                ctx.report('missing-timeline.days', phase, { name: phase.name }, {}, { fix: 'insert-days' });
            }
            for (const item of phase.items) {
                const hasRange = isStep(item) && isGiven(item.range);
                if (!isGiven(item.day) && !isGiven(item.relDay) && !hasRange) {
                    const category = categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale);
                    ctx.report('missing-timeline.day', item, { category, name: item.name, phase: phase.name }, {}, { fix: 'insert-day' });
                }
            }
        }
    },
};
