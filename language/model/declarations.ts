/** A playbook's own declarations, sorted by category (in document order within each). */
import {
    type Playbook, isAsset, isBlackout, isHoliday, isWorkday, isBudget, isChannel, isGoal, isKpi, isPhase, isRisk, isRole, isSegment, isTrack,
} from '../generated/ast.js';
import { pushAll } from '../util/arrays.js';
import type { Declarations } from './model-types.js';

export function collectDeclarations(playbook: Playbook): Declarations {
    const d: Declarations = {
        roles: [], channels: [], segments: [], assets: [], goals: [], phases: [], items: [], tracks: [], kpis: [],
        risks: [], budgets: [], budgetLines: [], blackouts: [], holidays: [], workdays: [],
    };
    for (const decl of playbook.declarations) {
        if (isRole(decl)) d.roles.push(decl);
        else if (isChannel(decl)) d.channels.push(decl);
        else if (isSegment(decl)) d.segments.push(decl);
        else if (isAsset(decl)) d.assets.push(decl);
        else if (isGoal(decl)) d.goals.push(decl);
        else if (isPhase(decl)) {
            d.phases.push(decl);
            pushAll(d.items, decl.items);
        } else if (isTrack(decl)) d.tracks.push(decl);
        else if (isKpi(decl)) d.kpis.push(decl);
        else if (isRisk(decl)) d.risks.push(decl);
        else if (isBudget(decl)) {
            d.budgets.push(decl);
            pushAll(d.budgetLines, decl.lines);
        } else if (isBlackout(decl)) d.blackouts.push(decl);
        else if (isHoliday(decl)) d.holidays.push(decl);
        else if (isWorkday(decl)) d.workdays.push(decl);
    }
    return d;
}
