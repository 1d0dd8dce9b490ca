/**
 * The Langium private fields the linker and the incremental parser rely on
 * (language/syntax/langium-internals.ts): this fails, naming the field, when a Langium upgrade
 * renames or repurposes one, before the subtler failures of stale links or misplaced nodes.
 */
import { strict as assert } from 'node:assert';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { isRole, type Playbook } from '../../language/generated/ast.js';
import { langiumInternalsProblems, referenceInternalsProblems } from '../../language/syntax/langium-internals.js';
import { build } from '../helpers/parse.js';
import { lastGiven } from '../../language/syntax/clauses.js';

describe('Langium internals', () => {
    it('the CST fields are there and mean what the incremental parser takes them to mean', () => {
        assert.deepEqual(langiumInternalsProblems(createPlaybookCoreServices().Playbook), []);
    });

    it('the reference fields are there and mean what the linker takes them to mean', async () => {
        const { document } = await build('playbook p "t" {\n  owner r\n  role r "R"\n}\n');
        const playbook = document.parseResult.value.playbook as Playbook;
        assert.ok(isRole(lastGiven(playbook.owner)?.ref));
        assert.deepEqual(referenceInternalsProblems(lastGiven(playbook.owner)!), []);
    });
});
