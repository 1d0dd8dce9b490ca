import type { Rule } from '../rule.js';
import { isGiven, lastGiven } from '../../syntax/clauses.js';

/** pii-without-consent: a track has a `pii` property and the playbook declares no `consent`. */
export const piiWithoutConsent: Rule = {
    name: 'pii-without-consent',
    codes: ['pii-without-consent'],
    check(ctx) {
        const model = ctx.model;
        if (!model || lastGiven(model.node.consent) !== undefined) return;
        for (const track of model.own.tracks) {
            const pii = track.properties.filter(p => isGiven(p.pii));
            if (pii.length === 0) continue;
            ctx.report('pii-without-consent', pii[0], { name: track.name, properties: pii.map(p => p.name).join(', ') }, { keyword: 'pii' }, { fix: 'insert-consent' });
        }
    },
};
