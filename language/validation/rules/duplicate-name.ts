import { AstUtils, type AstNode } from 'langium';
import { isTrack, type Model } from '../../generated/ast.js';
import { declarationsOf } from '../../references/scope-computation.js';
import { categoryName } from '../../messages/diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';

/** The category a declaration's name must be unique in (steps and milestones share one). */
const CATEGORIES: Record<string, string> = {
    Role: 'role', Channel: 'channel', Segment: 'segment', Asset: 'asset', Goal: 'goal', Phase: 'phase', Step: 'step',
    Milestone: 'milestone', Track: 'track', Kpi: 'kpi', Risk: 'risk', BudgetLine: 'line',
};

/** (These types have no subtypes, so the `$type` says it: no reflection per node.) */
export function categoryOf(node: AstNode): string | undefined {
    return Object.hasOwn(CATEGORIES, node.$type) ? CATEGORIES[node.$type] : undefined;
}

function bucketOf(category: string): string {
    return category === 'milestone' ? 'step' : category;
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/** duplicate-name: two declarations of one category share a name in a file and the libraries it imports. */
export const duplicateName: Rule = {
    name: 'duplicate-name',
    check(ctx: RuleContext) {
        // One map per bucket (no key string per declaration: this runs on every edit).
        const buckets = new Map<string, Map<string, { node: AstNode; file?: string }>>();
        const bucket = (category: string) => {
            const b = bucketOf(category);
            let map = buckets.get(b);
            if (!map) buckets.set(b, map = new Map());
            return map;
        };
        for (const library of ctx.model?.imported ?? []) {
            const file = AstUtils.getDocument(library).uri.path.split('/').pop();
            for (const node of declarationsOf(library.$container as Model)) {
                const category = categoryOf(node);
                const name = (node as { name?: string }).name;
                if (!category || !name) continue;
                const seen = bucket(category);
                if (!seen.has(name)) seen.set(name, { node, file });
            }
        }
        for (const node of declarationsOf(ctx.root)) {
            const category = categoryOf(node);
            const name = (node as { name?: string }).name;
            if (!category || !name) continue;
            const seen = bucket(category);
            const previous = seen.get(name);
            if (previous) {
                const where = previous.file
                    ? (ctx.locale === 'zh-CN' ? ` ${previous.file} 第 ${lineOf(previous.node)} 行` : `in ${previous.file}, line ${lineOf(previous.node)}`)
                    : (ctx.locale === 'zh-CN' ? `第 ${lineOf(previous.node)} 行` : `line ${lineOf(previous.node)}`);
                ctx.report('duplicate-name', node, { category: categoryName(category, ctx.locale), name, where });
            } else {
                seen.set(name, { node });
            }
        }
        // Properties are unique within their track.
        for (const node of declarationsOf(ctx.root)) {
            if (!isTrack(node)) continue;
            const names = new Map<string, AstNode>();
            for (const prop of node.properties) {
                const previous = prop.name ? names.get(prop.name) : undefined;
                if (previous) {
                    const where = ctx.locale === 'zh-CN' ? `第 ${lineOf(previous)} 行` : `line ${lineOf(previous)}`;
                    ctx.report('duplicate-name', prop, { category: categoryName('property', ctx.locale), name: prop.name, where });
                } else if (prop.name) {
                    names.set(prop.name, prop);
                }
            }
        }
    },
};
