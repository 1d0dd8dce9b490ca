import { AstUtils, type AstNode } from 'langium';
import { isTrack, type Model } from '../../generated/ast.js';
import { declarationsOf } from '../../references/scope-computation.js';
import { categoryName } from '../../messages/diagnostics.js';
import { type Category, declarationRow } from '../../vocabulary/declarations.js';
import type { Rule, RuleContext } from '../rule.js';
import { lineReference } from '../../messages/fragments.js';

/**
 * The category of a declaration whose name must be unique (language/vocabulary/: `unique`).
 * (Declaration types have no subtypes, so the `$type` says it: no reflection per node.)
 */
export function categoryOf(node: AstNode): Category | undefined {
    const row = declarationRow(node.$type);
    return row?.unique ? row.category : undefined;
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/** duplicate-name: two declarations of one category share a name in a file and the libraries it imports. */
export const duplicateName: Rule = {
    name: 'duplicate-name',
    codes: ['duplicate-name'],
    check(ctx: RuleContext) {
        // One map per bucket (no key string per declaration: this runs on every edit).
        const buckets = new Map<string, Map<string, { node: AstNode; file?: string }>>();
        const bucket = (node: AstNode) => {
            const b = declarationRow(node.$type)!.unique!;
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
                const seen = bucket(node);
                if (!seen.has(name)) seen.set(name, { node, file });
            }
        }
        for (const node of declarationsOf(ctx.root)) {
            const category = categoryOf(node);
            const name = (node as { name?: string }).name;
            if (!category || !name) continue;
            const seen = bucket(node);
            const previous = seen.get(name);
            if (previous) {
                const where = lineReference(lineOf(previous.node), ctx.locale, previous.file);
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
                    const where = lineReference(lineOf(previous), ctx.locale);
                    ctx.report('duplicate-name', prop, { category: categoryName('property', ctx.locale), name: prop.name, where });
                } else if (prop.name) {
                    names.set(prop.name, prop);
                }
            }
        }
    },
};
