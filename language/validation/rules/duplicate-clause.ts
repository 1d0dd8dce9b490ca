import { AstUtils, type CstNode, GrammarAST, GrammarUtils, isCompositeCstNode } from 'langium';
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
                    ctx.report('duplicate-clause', node, { clause }, { cst: withKeyword(found[i]) });
                }
            }
            if (node.$type === 'Step' && (node as { day?: number }).day !== undefined && (node as { range?: unknown }).range !== undefined) {
                const day = GrammarUtils.findNodeForProperty(node.$cstNode, 'day');
                if (day) ctx.report('duplicate-clause', node, { clause: 'day / days' }, { cst: withKeyword(day) });
            }
        }
    },
};

function clauseText(prop: string): string {
    const keyword: Record<string, string> = { range: 'days', reviewer: 'review', duration: 'for', segment: 'for', time: 'at' };
    return keyword[prop] ?? prop;
}

/** The clause a value belongs to: the value plus the keyword just before it (`day 1`, `at 09:00`). */
function withKeyword(value: CstNode): CstNode {
    const parent = value.container;
    if (!parent || !isCompositeCstNode(parent)) return value;
    const siblings = parent.content.filter(c => !c.hidden);
    const i = siblings.indexOf(value);
    const previous = i > 0 ? siblings[i - 1] : undefined;
    if (!previous || !GrammarAST.isKeyword(previous.grammarSource)) return value;
    return {
        ...value,
        offset: previous.offset,
        end: value.end,
        range: { start: previous.range.start, end: value.range.end },
    } as CstNode;
}
