import type { AstNode } from 'langium';
import { isAsset, isChannel, isRole, isSegment, isTrack, reflection } from '../../generated/ast.js';
import { categoryName } from '../../messages/diagnostics.js';
import { categoryOf } from './duplicate-name.js';
import type { Rule } from '../rule.js';
import { minOf } from '../../util/arrays.js';

/** unused-declaration: a role, channel, segment, asset or track of a playbook that nothing references. */
export const unusedDeclaration: Rule = {
    name: 'unused-declaration',
    codes: ['unused-declaration'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return; // libraries are exempt: their declarations exist to be imported
        // Every reference of the file, as the linker collected them (no walk over the whole tree).
        const used = new Set<AstNode>();
        // Unresolved references by the type they ask for: `uses postr` may have meant `poster`, so a
        // declaration of that type and a name that close is not called unused while the error stands.
        const misspelt = new Map<string, string[]>();
        for (const ref of ctx.document.references) {
            const target = 'ref' in ref ? ref.ref : undefined;
            if (target) used.add(target);
            else if (ref.error) {
                try {
                    const type = reflection.getReferenceType(ref.error.info);
                    misspelt.set(type, [...(misspelt.get(type) ?? []), ref.$refText]);
                } catch {
                    // not a reference of this grammar
                }
            }
        }
        const declared = new Map<string, number>();
        const key = (decl: AstNode & { name?: string }) => `${decl.$type}\u0000${decl.name}`;
        for (const decl of model.node.declarations) declared.set(key(decl), (declared.get(key(decl)) ?? 0) + 1);
        for (const decl of model.node.declarations) {
            if (!(isRole(decl) || isChannel(decl) || isSegment(decl) || isAsset(decl) || isTrack(decl))) continue;
            if (used.has(decl) || !decl.name || misspelt.get(decl.$type)?.some(text => isNear(text, decl.name))) continue;
            if (declared.get(key(decl))! > 1) continue; // a duplicate: duplicate-name already says what is wrong
            ctx.report('unused-declaration', decl, { category: categoryName(categoryOf(decl)!, ctx.locale), name: decl.name }, {}, { fix: 'remove' });
        }
    },
};

/**
 * Whether `a` could be a misspelling of `b`: an edit distance of at most a third of the longer
 * name (one edit at least), as commander suggests commands. Names are short; this is the plain
 * two-row dynamic programme, stopped once every cell is past the limit.
 */
function isNear(a: string, b: string): boolean {
    const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
    if (Math.abs(a.length - b.length) > limit) return false;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        if (minOf(row) > limit) return false;
        previous = row;
    }
    return previous[b.length] <= limit;
}
