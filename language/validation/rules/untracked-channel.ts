import type { Channel, Track } from '../../generated/ast.js';
import { isStep, isTrack } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** untracked-channel: a step in a burst phase runs on a channel on which no track fires. */
export const untrackedChannel: Rule = {
    name: 'untracked-channel',
    codes: ['untracked-channel'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const tracked = new Set<Channel>();
        const tracks: Track[] = [...model.own.tracks];
        for (const lib of model.imported) for (const d of lib.declarations) if (isTrack(d)) tracks.push(d);
        for (const t of tracks) for (const c of t.channels) if (c.ref) tracked.add(c.ref);
        for (const p of model.phases) {
            if (p.kind !== 'burst') continue;
            for (const step of p.node.items) {
                if (!isStep(step)) continue;
                step.channels.forEach((ref, index) => {
                    if (ref.ref && !tracked.has(ref.ref)) {
                        ctx.report('untracked-channel', step, { name: step.name, phase: p.name, channel: ref.ref.name }, { property: 'channels', index });
                    }
                });
            }
        }
    },
};
