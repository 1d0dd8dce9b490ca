import type { AstNode } from 'langium';
import { isAsset, isBlackout, isPhase, isPlaybook, isStep } from '../../generated/ast.js';
import { isValidZone, parseDurationMinutes, parseLocalDate, parseTimeOfDay } from '../../model/dates.js';
import { clauseNodes } from '../nodes.js';
import type { Rule, RuleContext } from '../rule.js';
import { lastGiven } from '../../syntax/clauses.js';

function checkDate<N extends AstNode>(ctx: RuleContext, node: N, text: string | undefined, property: string): boolean {
    if (text === undefined) return true;
    if (parseLocalDate(text)) return true;
    ctx.report('invalid-date.date', node, { text }, { property: property as never });
    return false;
}

type Report = Parameters<RuleContext['report']>;
const found = new WeakMap<AstNode, readonly Report[]>();

/**
 * invalid-date: impossible dates or times, reversed date ranges, unknown time zones, unusable durations.
 *
 * What a node reports depends on its own text only, so it is kept per node: an AST node object
 * stands for the same text as long as it lives (workspace/incremental-parser.ts); on a big
 * playbook an edit re-checks only the declaration it changed.
 */
export const invalidDate: Rule = {
    name: 'invalid-date',
    codes: ['invalid-date'],
    check(ctx) {
        let reports: Report[] = [];
        const recorder = { ...ctx, report: (...args: Report) => { reports.push(args); } } as RuleContext;
        for (const node of clauseNodes(ctx.root)) {
            let known = found.get(node);
            if (!known) {
                reports = [];
                checkNode(recorder, node);
                found.set(node, known = reports);
            }
            for (const args of known) ctx.report(...args);
        }
    },
};

function checkNode(ctx: RuleContext, node: AstNode): void {
    if (isPlaybook(node)) {
        checkDate(ctx, node, lastGiven(node.start), 'start');
        const zone = lastGiven(node.timezone);
        if (zone !== undefined && !isValidZone(zone)) {
            ctx.report('invalid-date.zone', node, { text: zone }, { property: 'timezone' });
        }
    } else if (isPhase(node)) {
        checkDate(ctx, node, lastGiven(node.from), 'from');
    } else if (isAsset(node)) {
        const ready = lastGiven(node.ready);
        if (ready?.date !== undefined) checkDate(ctx, ready, ready.date, 'date');
    } else if (isBlackout(node)) {
        const okFrom = checkDate(ctx, node, node.from, 'from');
        const okTo = checkDate(ctx, node, node.to, 'to');
        if (okFrom && okTo && node.to !== undefined && node.from !== undefined && node.to < node.from) {
            ctx.report('invalid-date.range', node, { from: node.from, to: node.to }, { property: 'to' });
        }
    } else if (isStep(node)) {
        const time = lastGiven(node.time);
        if (time !== undefined && !parseTimeOfDay(time)) {
            ctx.report('invalid-date.time', node, { text: time }, { property: 'time' });
        }
        const duration = lastGiven(node.duration);
        if (duration !== undefined && !parseDurationMinutes(duration)) {
            ctx.report('invalid-date.duration', node, { text: duration }, { property: 'duration' });
        }
        node.reminders.forEach((r, index) => {
            if (!parseDurationMinutes(r)) ctx.report('invalid-date.duration', node, { text: r }, { property: 'reminders', index });
        });
    }
}
