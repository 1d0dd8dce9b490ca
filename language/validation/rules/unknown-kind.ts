import type { AstNode } from 'langium';
import { categoryName } from '../../messages/diagnostics.js';
import { declarationRow } from '../../vocabulary/declarations.js';
import { KIND_VALUES, isKindValue } from '../../vocabulary/kinds.js';
import type { Rule } from '../rule.js';
import { pushAll } from '../../util/arrays.js';
import { clauseValue } from '../../syntax/clauses.js';

/** unknown-kind: a `kind` (or playbook `type`) that is not one of the language's values (language/vocabulary/kinds.ts). */
export const unknownKind: Rule = {
    name: 'unknown-kind',
    codes: ['unknown-kind'],
    check(ctx) {
        // Kinds sit on the playbook and on top-level declarations only (the grammar allows nothing deeper).
        const nodes: AstNode[] = [];
        if (ctx.root.playbook) nodes.push(ctx.root.playbook);
        pushAll(nodes, ctx.root.playbook?.declarations ?? ctx.root.library?.declarations ?? []);
        for (const node of nodes) {
            const row = declarationRow(node.$type);
            if (!row?.kinds) continue;
            const { property, set } = row.kinds;
            const kind = clauseValue(node, property);
            if (typeof kind !== 'string' || isKindValue(set, kind)) continue;
            const allowed = Object.keys(KIND_VALUES[set]).map(v => ctx.forms.kindValue(set, v)).join(', ');
            ctx.report('unknown-kind', node, { what: categoryName(row.category, ctx.locale), kind, allowed }, { property: property as never });
        }
    },
};
