import { AstUtils, GrammarUtils } from 'langium';
import type { Rule } from '../rule.js';

/** Single-valued clauses per node type: written twice, the earlier one would silently not count. */
const SINGLE: Record<string, readonly string[]> = {
    Playbook: ['start', 'timezone', 'owner', 'type', 'consent'],
    Asset: ['owner', 'reviewer', 'ready', 'text'],
    Phase: ['kind', 'days', 'from', 'owner'],
    Step: ['day', 'range', 'time', 'duration', 'segment', 'owner', 'note'],
    Milestone: ['day', 'owner', 'note'],
    Track: ['event'],
    Property: ['title'],
    Risk: ['when', 'then', 'owner'],
};

/** duplicate-clause: a single-valued clause given twice (`day 1 … day 3`), or both `day` and `days`. */
export const duplicateClause: Rule = {
    name: 'duplicate-clause',
    check(ctx) {
        for (const node of AstUtils.streamAst(ctx.root)) {
            const props = SINGLE[node.$type];
            if (!props || !node.$cstNode) continue;
            for (const prop of props) {
                const found = GrammarUtils.findNodesForProperty(node.$cstNode, prop);
                if (found.length < 2) continue;
                // Report on every occurrence but the last: those are the ones that do not count.
                for (let i = 0; i < found.length - 1; i++) {
                    const clause = clauseText(prop);
                    ctx.report('duplicate-clause', node, { clause }, { cst: found[i] });
                }
            }
            if (node.$type === 'Step' && (node as { day?: number }).day !== undefined && (node as { range?: unknown }).range !== undefined) {
                ctx.report('duplicate-clause', node, { clause: 'day / days' }, { property: 'day' as never });
            }
        }
    },
};

function clauseText(prop: string): string {
    const keyword: Record<string, string> = { range: 'days', reviewer: 'review', duration: 'for', segment: 'for', time: 'at' };
    return keyword[prop] ?? prop;
}
