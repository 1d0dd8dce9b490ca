import { strict as assert } from 'node:assert';
import { LspSession } from '../helpers/lsp-client.js';

describe('stdio server smoke', () => {
    it('publishes coded diagnostics', async () => {
        const s = await LspSession.start();
        try {
            s.open('file:///tmp/x.playbook', 'playbook p "t" { }');
            const d = await s.waitForDiagnostics('file:///tmp/x.playbook');
            assert.ok(d.some(x => x.code === 'missing-timeline'), JSON.stringify(d));
        } finally {
            await s.stop();
        }
    });
});
