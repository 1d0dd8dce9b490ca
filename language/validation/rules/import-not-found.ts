import type { Rule } from '../rule.js';

/** import-not-found: an import path resolves to no file, or to a file that holds no library. */
export const importNotFound: Rule = {
    name: 'import-not-found',
    codes: ['import-not-found'],
    check(ctx) {
        for (const imp of ctx.root.imports) {
            const target = ctx.resolveImport(imp);
            if (target.kind === 'missing' || target.kind === 'invalid') {
                ctx.report('import-not-found', imp, { path: imp.path, resolved: target.path ?? imp.path }, { property: 'path' });
            } else if (target.kind === 'playbook') {
                ctx.report('import-not-found.not-library', imp, { path: imp.path }, { property: 'path' });
            }
        }
    },
};
