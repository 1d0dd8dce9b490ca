import { type AstNode, type CstNode, GrammarAST, isCompositeCstNode } from 'langium';
import { containingAssignment } from '../../syntax/cst.js';
import { clauseNodes } from '../nodes.js';
import { DECLARATION_TYPES, declarationRow } from '../../vocabulary/declarations.js';
import type { Rule } from '../rule.js';
import { isStep } from '../../generated/ast.js';
import { isGiven } from '../../syntax/clauses.js';
import { CONSTRUCTION } from '../../syntax/chinese-keywords.js';
import type { SyntaxForms } from '../../syntax/keyword-language.js';

/**
 * Single-valued clauses per node type (the vocabulary's clauses that are neither lists nor flags):
 * written twice, the earlier one would silently not count. (Clauses the grammar lets appear only
 * once never have two occurrences.)
 */
const SINGLE: ReadonlyMap<string, readonly string[]> = new Map(DECLARATION_TYPES.map(type => [
    type, declarationRow(type)!.clauses.filter(c => !c.many && !c.flag).map(c => c.property),
] as const).filter(([, props]) => props.length > 0));

/** duplicate-clause: a single-valued clause given twice (`day 1 … day 3`), or both `day` and `days`. */
export const duplicateClause: Rule = {
    name: 'duplicate-clause',
    codes: ['duplicate-clause'],
    check(ctx) {
        const previous: Previous = new Map();
        for (const node of clauseNodes(ctx.root)) {
            const props = SINGLE.get(node.$type);
            if (!props || !node.$cstNode) continue;
            const byProperty = clausesOf(node);
            for (const prop of props) {
                const found = byProperty.get(prop);
                if (!found || found.length < 2) continue;
                // Report on every occurrence but the last: those are the ones that do not count.
                for (let i = 0; i < found.length - 1; i++) {
                    const clause = clauseText(node.$type, prop, ctx.forms);
                    ctx.report('duplicate-clause', node, { clause }, { cst: withKeyword(found[i], previous) });
                }
            }
            if (isStep(node) && isGiven(node.day) && isGiven(node.range)) {
                const day = byProperty.get('day')?.[0];
                if (day) ctx.report('duplicate-clause', node, { clause: `${clauseText('Step', 'day', ctx.forms)} / ${clauseText('Step', 'range', ctx.forms)}` }, { cst: withKeyword(day, previous) });
            }
        }
    },
};

/**
 * The clauses of a node that matter here (those given twice, and `day` when `days` is there too),
 * cached per node: an AST node object stands for the same text as long as it lives (an edit
 * replaces the declaration it falls in; see workspace/incremental-parser.ts), so on a big
 * playbook only the edited declaration is looked at again. The CST nodes kept here are read for
 * their positions only when a diagnostic is made.
 */
const clauseCache = new WeakMap<AstNode, ReadonlyMap<string, CstNode[]>>();
const NONE: ReadonlyMap<string, CstNode[]> = new Map();

function clausesOf(node: AstNode): ReadonlyMap<string, CstNode[]> {
    let clauses = clauseCache.get(node);
    if (!clauses) {
        const all = assignmentsOf(node);
        const kept = new Map<string, CstNode[]>();
        for (const [prop, found] of all) if (found.length >= 2) kept.set(prop, found);
        if (node.$type === 'Step' && all.has('day') && all.has('range')) kept.set('day', all.get('day')!);
        clauses = kept.size ? kept : NONE;
        clauseCache.set(node, clauses);
    }
    return clauses;
}

function featureOf(cst: CstNode): string | undefined {
    return containingAssignment(cst.grammarSource)?.feature;
}

/**
 * Every assignment in the text of a node, by property: what `GrammarUtils.findNodesForProperty`
 * gives for each property, in one walk of the node's own CST instead of one walk per property.
 */
export function assignmentsOf(node: AstNode): Map<string, CstNode[]> {
    const out = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, blocked: readonly string[]) => {
        const feature = featureOf(cst);
        let below = blocked;
        if (feature !== undefined) {
            if (!blocked.includes(feature)) {
                let list = out.get(feature);
                if (!list) out.set(feature, list = []);
                list.push(cst);
            }
            below = [...blocked, feature];
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) for (const child of cst.content) visit(child, below);
    };
    const root = node.$cstNode;
    if (root && isCompositeCstNode(root)) for (const child of root.content) visit(child, []);
    return out;
}

/**
 * Each child's previous non-hidden sibling, made once per parent: a step with 10,000 `day 1`
 * clauses has 9,999 duplicates, and a search of the siblings for each was quadratic. Kept for
 * one run of the rule only (an incremental edit changes the children of the root).
 */
type Previous = Map<CstNode, Map<CstNode, CstNode | undefined>>;

function previousSiblings(parent: CstNode & { content: readonly CstNode[] }, previousCache: Previous): Map<CstNode, CstNode | undefined> {
    let map = previousCache.get(parent);
    if (!map) {
        map = new Map();
        let previous: CstNode | undefined;
        for (const child of parent.content) {
            if (child.hidden) continue;
            map.set(child, previous);
            previous = child;
        }
        previousCache.set(parent, map);
    }
    return map;
}

/**
 * How a clause is written: its keyword (`days` for a step's `range`), else the property (a
 * property's `title`); in a file written with Chinese keywords, its Chinese form (`第 N 天`,
 * `为期 N 天`, `持续 …`, `负责人`).
 */
function clauseText(type: string, prop: string, forms: SyntaxForms): string {
    const keyword = declarationRow(type)?.clauses.find(c => c.property === prop)?.keyword;
    if (!keyword) return prop;
    if (forms.language === 'en') return keyword;
    if (keyword === 'day') return prop === 'relDay' ? forms.day('D-N') : forms.day('N');
    if (keyword === 'days') return type === 'Phase' ? forms.phaseDays('N') : forms.days('A', 'B');
    if (keyword === 'for') return prop === 'duration' ? forms.duration('…') : CONSTRUCTION.forSegment;
    return forms.kw(keyword);
}

/** The clause a value belongs to: the value plus the keyword just before it (`day 1`, `at 09:00`). */
function withKeyword(value: CstNode, previousCache: Previous): CstNode {
    const parent = value.container;
    if (!parent || !isCompositeCstNode(parent)) return value;
    const previous = previousSiblings(parent, previousCache).get(value);
    if (!previous || !GrammarAST.isKeyword(previous.grammarSource)) return value;
    return {
        ...value,
        offset: previous.offset,
        end: value.end,
        range: { start: previous.range.start, end: value.range.end },
    } as CstNode;
}
