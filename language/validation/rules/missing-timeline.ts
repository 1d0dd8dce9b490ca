import { categoryName } from '../../messages/diagnostics.js';
import type { AstNode } from 'langium';
import { isKpiCheck, isStep } from '../../generated/ast.js';
import { dText } from '../../model/date-text.js';
import type { Rule } from '../rule.js';

/** missing-timeline: no `start` / `dday` / `repeat`; a D-day without an anchor phase; `D-3` without a D-day; a phase without `days`; a step or milestone without `day`/`days`. */
export const missingTimeline: Rule = {
    name: 'missing-timeline',
    codes: ['missing-timeline'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const pb = model.node;
        if (pb.start === undefined && pb.dday === undefined && pb.repeat === undefined) {
            ctx.report('missing-timeline.start', pb, { name: pb.name }, {}, { fix: 'insert-start' });
        }
        const hasD = model.timeline.by === 'dday' || model.timeline.by === 'repeat';
        if (hasD && !model.timeline.anchor && !pb.anchor) {
            ctx.report('missing-timeline.anchor', pb, { name: pb.name }, { property: model.timeline.by === 'dday' ? 'dday' : 'repeat' });
        }
        if (!hasD) {
            // A day counted from D in a playbook without one.
            const relative: { node: AstNode; text: string }[] = [];
            for (const item of model.own.items) {
                if (item.relDay) relative.push({ node: item.relDay, text: `day ${dText(item.relDay.offset)}` });
                if (isStep(item) && item.range?.relFrom) relative.push({ node: item.range, text: `days ${dText(item.range.relFrom.offset)}..${dText(item.range.relTo?.offset)}` });
            }
            for (const a of model.own.assets) if (a.ready?.relDay) relative.push({ node: a.ready.relDay, text: `ready ${dText(a.ready.relDay.offset)}` });
            for (const r of model.own.risks) if (isKpiCheck(r.when) && r.when.relDay) relative.push({ node: r.when.relDay, text: `by ${dText(r.when.relDay.offset)}` });
            for (const { node, text } of relative) ctx.report('missing-timeline.dday', node, { name: pb.name, text });
        }
        for (const phase of model.own.phases) {
            if (phase.days === undefined) {
                ctx.report('missing-timeline.days', phase, { name: phase.name }, {}, { fix: 'insert-days' });
            }
            for (const item of phase.items) {
                const hasRange = isStep(item) && item.range !== undefined;
                if (item.day === undefined && item.relDay === undefined && !hasRange) {
                    const category = categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale);
                    ctx.report('missing-timeline.day', item, { category, name: item.name, phase: phase.name }, {}, { fix: 'insert-day' });
                }
            }
        }
    },
};
