import { strict as assert } from 'node:assert';
import { asGenerateResult, asTimelineResult } from '../../extension/src/protocol.js';

describe('client ↔ server command contract', () => {
    it('accepts the two shapes of a generate answer', () => {
        assert.deepEqual(asGenerateResult({ ok: true, path: '/x/a.ics' }), { ok: true, path: '/x/a.ics' });
        assert.deepEqual(asGenerateResult({ ok: false, message: 'has errors' }), { ok: false, message: 'has errors' });
    });

    it('turns any other answer into a failure with a message, never a throw', () => {
        for (const junk of [null, undefined, 42, 'x', [], { ok: true }, { ok: 'yes', path: 1 }]) {
            const r = asGenerateResult(junk);
            assert.equal(r.ok, false);
            assert.ok(!r.ok && r.message.includes('unexpected answer'));
        }
    });

    it('accepts a timeline with phases and events and rejects a malformed one', () => {
        const timeline = { playbook: 'p', start: '2026-01-05', end: '2026-01-10', phases: [], events: [] };
        assert.deepEqual(asTimelineResult({ ok: true, timeline }), { ok: true, timeline });
        assert.equal(asTimelineResult({ ok: true, timeline: { phases: 1 } }).ok, false);
        assert.deepEqual(asTimelineResult({ ok: false, message: 'no playbook' }), { ok: false, message: 'no playbook' });
        assert.equal(asTimelineResult(null).ok, false);
    });
});
