import { strict as assert } from 'node:assert';
import { build } from '../helpers/parse.js';

describe('test setup', () => {
    it('builds a playbook with the core services', async () => {
        const r = await build('playbook p "t" { start 2026-01-05 }');
        assert.equal(r.document.parseResult.parserErrors.length, 0);
    });
});
