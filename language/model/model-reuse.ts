/**
 * What one model of a document lends the next (playbook-model.ts): the events of the phases an
 * edit did not touch, per run.
 */
import type { Library, Phase, Playbook, Step } from '../generated/ast.js';
import { isRole } from '../generated/ast.js';
import type { Declarations, PhaseSchedule, PlaybookModel, ScheduleEvent } from './model-types.js';
import { lastGiven } from '../syntax/clauses.js';

/**
 * What a previous model of the same document lends to the next one: with incremental reparsing
 * (workspace/incremental-parser.ts) a phase that was not edited is the same AST object, and if
 * it is dated the same and nothing it depends on changed, its events are the same too.
 */
export interface Reuse {
    /** Everything outside a phase its events depend on (see `reuseKey`). */
    readonly key: string;
    /** Per phase, per run (0 without runs): in a repeating playbook each run dates the phase differently. */
    readonly phases: ReadonlyMap<Phase, readonly PhaseEvents[]>;
}

/** A phase's events in one run, and the occurrences `workdays` / `except` dropped from them. */
export interface PhaseEvents {
    readonly schedule: PhaseSchedule;
    readonly events: ScheduleEvent[];
    readonly dropped: ReadonlyMap<Step, number>;
}
export const reuseOf = new WeakMap<PlaybookModel, Reuse>();

/**
 * The playbook's name (event ids), zone, default owner, and the role names in scope (an owner
 * that does not resolve falls back to the phase or playbook owner).
 */
export function reuseKey(name: string, timezone: string, playbook: Playbook, own: Declarations, imported: readonly Library[], calendarKey: string): string {
    const roles = own.roles.map(r => r.name);
    for (const lib of imported) for (const d of lib.declarations) if (isRole(d)) roles.push(d.name);
    return [name, timezone, lastGiven(playbook.owner)?.$refText ?? '', calendarKey, ...roles.sort()].join('\u0000');
}

