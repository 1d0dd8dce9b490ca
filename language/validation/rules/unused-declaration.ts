import type { AstNode } from 'langium';
import { isAsset, isChannel, isRole, isSegment, isTrack, reflection } from '../../generated/ast.js';
import { categoryName } from '../../messages/diagnostics.js';
import { categoryOf } from './duplicate-name.js';
import type { Rule } from '../rule.js';

/** unused-declaration: a role, channel, segment, asset or track of a playbook that nothing references. */
export const unusedDeclaration: Rule = {
    name: 'unused-declaration',
    check(ctx) {
        const model = ctx.model;
        if (!model) return; // libraries are exempt: their declarations exist to be imported
        // Every reference of the file, as the linker collected them (no walk over the whole tree).
        const used = new Set<AstNode>();
        // The types an unresolved reference asks for: `uses postr` may have meant `poster`, so a
        // declaration of that type is not called unused while the linking error stands.
        const misspelt = new Set<string>();
        for (const ref of ctx.document.references) {
            const target = 'ref' in ref ? ref.ref : undefined;
            if (target) used.add(target);
            else if (ref.error) {
                try {
                    misspelt.add(reflection.getReferenceType(ref.error.info));
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
            if (used.has(decl) || !decl.name || misspelt.has(decl.$type)) continue;
            if (declared.get(key(decl))! > 1) continue; // a duplicate: duplicate-name already says what is wrong
            ctx.report('unused-declaration', decl, { category: categoryName(categoryOf(decl)!, ctx.locale), name: decl.name }, {}, { fix: 'remove' });
        }
    },
};
