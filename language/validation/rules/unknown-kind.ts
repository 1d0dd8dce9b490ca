import type { AstNode } from 'langium';
import { isAsset, isChannel, isGoal, isPhase, isPlaybook, isRisk } from '../../generated/ast.js';
import { ASSET_KINDS, CHANNEL_KINDS, GOAL_KINDS, type KindTable, PHASE_KINDS, PLAYBOOK_TYPES, RISK_KINDS } from '../../messages/kinds.js';
import { categoryName } from '../../messages/diagnostics.js';
import type { Rule } from '../rule.js';
import { pushAll } from '../../util/arrays.js';

/** unknown-kind: a `kind` (or playbook `type`) that is not one of the language's values. */
export const unknownKind: Rule = {
    name: 'unknown-kind',
    check(ctx) {
        // Kinds sit on the playbook and on top-level declarations only (the grammar allows nothing deeper).
        const nodes: AstNode[] = [];
        if (ctx.root.playbook) nodes.push(ctx.root.playbook);
        pushAll(nodes, ctx.root.playbook?.declarations ?? ctx.root.library?.declarations ?? []);
        for (const node of nodes) {
            let table: KindTable | undefined;
            let what = '';
            if (isPlaybook(node)) {
                if (node.type !== undefined && !(node.type in PLAYBOOK_TYPES)) {
                    ctx.report('unknown-kind', node, { what: categoryName('playbook', ctx.locale), kind: node.type, allowed: Object.keys(PLAYBOOK_TYPES).join(', ') }, { property: 'type' });
                }
                continue;
            }
            if (isChannel(node)) { table = CHANNEL_KINDS; what = 'channel'; }
            else if (isAsset(node)) { table = ASSET_KINDS; what = 'asset'; }
            else if (isGoal(node)) { table = GOAL_KINDS; what = 'goal'; }
            else if (isPhase(node)) { table = PHASE_KINDS; what = 'phase'; }
            else if (isRisk(node)) { table = RISK_KINDS; what = 'risk'; }
            if (!table) continue;
            const kind = (node as { kind?: string }).kind;
            if (kind === undefined || kind in table) continue;
            ctx.report('unknown-kind', node, { what: categoryName(what, ctx.locale), kind, allowed: Object.keys(table).join(', ') }, { property: 'kind' as never });
        }
    },
};
