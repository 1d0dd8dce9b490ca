/** Effective owners: a declaration's own `owner`, else its phase's (steps and milestones), else the playbook's. */
import { type Asset, type Milestone, type Playbook, type Risk, type Role, type Step, isMilestone, isPhase, isStep } from '../generated/ast.js';
import { lastGiven } from '../syntax/clauses.js';

type Owned = Step | Milestone | Asset | Risk;

export interface Owners {
    /** The role that owns a node, when its reference resolves. */
    ownerOf(node: Owned): Role | undefined;
    /** The owner's name as written, also when the reference does not resolve. */
    ownerName(node: Owned): string | undefined;
}

export function ownersOf(playbook: Playbook): Owners {
    const ownerOf = (node: Owned): Role | undefined => {
        const own = lastGiven(node.owner)?.ref;
        if (own) return own;
        if ((isStep(node) || isMilestone(node)) && isPhase(node.$container)) {
            const phaseOwner = lastGiven(node.$container.owner)?.ref;
            if (phaseOwner) return phaseOwner;
        }
        return lastGiven(playbook.owner)?.ref;
    };
    const ownerName = (node: Owned): string | undefined => {
        const explicit = lastGiven(node.owner) ?? ((isStep(node) || isMilestone(node)) && isPhase(node.$container) ? lastGiven(node.$container.owner) : undefined) ?? lastGiven(playbook.owner);
        return ownerOf(node)?.name ?? explicit?.$refText;
    };
    return { ownerOf, ownerName };
}
