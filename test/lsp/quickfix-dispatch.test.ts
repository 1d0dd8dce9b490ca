/**
 * Quick fixes are chosen by the fix a diagnostic names (`data.fix`), not by its code: without the
 * name there is no fix, another name gives another fix. (Langium's linking and lexing errors name
 * none and are chosen by code.)
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { codeActionsFor } from '../helpers/quick-fix.js';
import { buildWorkspace } from '../helpers/lsp-edits.js';

const TEXT = `playbook p "t" {
  start 2026-01-05
  role lead "L"
  phase a "A" kind warmup days 2 {
    step s "S" day 1
  }
  phase r "R" kind review days 1
  risk t "T" kind traffic { then "x" owner lead }
  risk o "O" kind outage { then "x" owner lead }
  risk c "C" kind complaint { then "x" owner lead }
  risk pr "P" kind pr_crisis { then "x" owner lead }
}
`;

describe('quick fixes: dispatch on data.fix', () => {
    it('offers the named fix, none without a name, another fix for another name', async () => {
        const ws = await buildWorkspace({ 'main.playbook': TEXT });
        const diagnostic = (ws.main.diagnostics ?? []).find(d => d.code === 'missing-owner') as Diagnostic | undefined;
        assert.ok(diagnostic, JSON.stringify(ws.main.diagnostics?.map(d => d.code)));
        assert.equal((diagnostic.data as { fix?: string }).fix, 'insert-owner');
        const named = await codeActionsFor(ws, diagnostic);
        assert.ok(named.some(a => a.title.includes('lead')), named.map(a => a.title).join(' | '));

        const { fix: _dropped, ...unnamed } = diagnostic.data as Record<string, unknown>;
        assert.deepEqual(await codeActionsFor(ws, { ...diagnostic, data: unnamed }), []);

        const other = await codeActionsFor(ws, { ...diagnostic, data: { ...unnamed, fix: 'insert-day' } });
        assert.equal(other.length, 1);
        assert.ok(!other[0].title.includes('lead') && other[0].title !== named[0].title, other[0].title);
    });
});
