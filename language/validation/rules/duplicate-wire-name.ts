import { type Track, isTrack } from '../../generated/ast.js';
import type { Rule } from '../rule.js';
import { lastGiven } from '../../syntax/clauses.js';

/**
 * duplicate-wire-name: two tracks (of the playbook, or one of it and one of an imported library)
 * send the same event name. The tracking plan and its JSON Schema cannot tell their events
 * apart: one track's events would be checked against the other's properties.
 */
/** The event name a track sends: its `event`, else its name (as the tracking plan writes it). */
const wireName = (track: Track) => lastGiven(track.event) || track.name || '';

export const duplicateWireName: Rule = {
    name: 'duplicate-wire-name',
    codes: ['duplicate-wire-name'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const first = new Map<string, Track>();
        for (const lib of model.imported) {
            for (const d of lib.declarations) if (isTrack(d) && wireName(d) && !first.has(wireName(d))) first.set(wireName(d), d);
        }
        for (const track of model.own.tracks) {
            const wire = wireName(track);
            if (!wire) continue;
            const other = first.get(wire);
            if (!other) {
                first.set(wire, track);
                continue;
            }
            const target = lastGiven(track.event) !== undefined ? { property: 'event' as const } : { property: 'name' as const };
            ctx.report('duplicate-wire-name', track, { event: wire, name: track.name, other: other.name }, target);
        }
    },
};
