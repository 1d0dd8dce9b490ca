import type { AstNode } from 'langium';
import { isPhase, isTrack, type Model } from '../generated/ast.js';

/**
 * The nodes that carry clauses, in document order: the playbook, then each top-level declaration
 * (of a playbook or a library) followed by its steps and milestones (a phase) or its properties
 * (a track). The grammar puts clauses nowhere else; rules that look at one node at a time walk
 * these instead of the whole tree.
 */
export function clauseNodes(root: Model): AstNode[] {
    const out: AstNode[] = [];
    if (root.playbook) out.push(root.playbook);
    for (const decl of root.playbook?.declarations ?? root.library?.declarations ?? []) {
        out.push(decl);
        if (isPhase(decl)) for (const item of decl.items) out.push(item);
        else if (isTrack(decl)) for (const prop of decl.properties) out.push(prop);
    }
    return out;
}
