/**
 * A clause written more than once (`days 5 … days 9`): its last value counts (syntax/clauses.ts),
 * so the editor's inlay hints and the outline's runs group sit on the last one, never on the first.
 */
import { strict as assert } from 'node:assert';
import type { DocumentSymbol, InlayHint } from 'vscode-languageserver-types';
import { buildOne } from '../helpers/lsp-edits.js';

const TEXT = `playbook p "t" {
  start 2026-06-01
  owner ops
  role ops "运营"
  phase go "爆发" kind burst days 5 days 9 {
    step a "第一步" day 1 day 3
    step b "连续" days 1..2 days 4..5
  }
}
`;

async function hints(text: string): Promise<Array<{ line: number; character: number; label: string }>> {
    const ws = await buildOne(text);
    const list = (await ws.services.lsp.InlayHintProvider!.getInlayHints(ws.main, {
        textDocument: { uri: ws.main.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
    })) as InlayHint[] | undefined;
    return (list ?? []).map(h => ({ ...h.position, label: typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('') }));
}

/** The position just after the `nth` occurrence of `needle`. */
function after(text: string, needle: string): { line: number; character: number } {
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, needle);
    const before = text.slice(0, offset + needle.length).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** `repeat` written twice: the second is the one that counts. */
const TWO_REPEATS = `playbook p "t" {
  repeat weekly on mon from 2026-10-12 until 2026-10-19
  repeat weekly on wed from 2026-10-14 until 2026-10-28
  anchor go
  owner ops
  role ops "运营"
  phase go "爆发" kind burst days 1 { step s "发布" day D }
}
`;

describe('a clause written twice: the editor points at the one that counts', () => {
    it('inlay hints follow the last `days` of a phase, `day` and `days A..B` of a step', async () => {
        const found = await hints(TEXT);
        // The phase lasts 9 days (06-01 … 06-09); step a is on day 3 (06-03), step b on days 4..5.
        assert.deepEqual(found.map(h => [h.line, h.character, h.label]), [
            [after(TEXT, 'days 9').line, after(TEXT, 'days 9').character, '2026-06-01 Mon – 2026-06-09 Tue'],
            [after(TEXT, 'day 3').line, after(TEXT, 'day 3').character, '2026-06-03 Wed'],
            [after(TEXT, 'days 4..5').line, after(TEXT, 'days 4..5').character, '2026-06-04 Thu – 2026-06-05 Fri'],
        ]);
        // Near miss: written once, the hint is where the clause is.
        const once = TEXT.replace('days 5 days 9', 'days 9').replace('day 1 day 3', 'day 3').replace('days 1..2 days 4..5', 'days 4..5');
        assert.deepEqual((await hints(once)).map(h => h.label), found.map(h => h.label));
    });

    it("the outline's runs group is on the last `repeat` clause", async () => {
        const text = TWO_REPEATS;
        const ws = await buildOne(text);
        const symbols = (await ws.services.lsp.DocumentSymbolProvider!.getSymbols(ws.main, { textDocument: { uri: ws.main.uri.toString() } })) as DocumentSymbol[];
        const runs = symbols[0].children!.find(c => c.children?.some(r => /2026-10-14/.test(r.name)));
        assert.ok(runs, JSON.stringify(symbols[0].children?.map(c => c.name)));
        assert.equal(runs.children!.length, 3);
        assert.equal(runs.range.start.line, 2);
    });
});

describe('a clause written twice: the diff reads the one that counts', () => {
    it("a snapshot's `repeat` text is the last `repeat` clause", async () => {
        const { snapshotOf } = await import('../../language/review/snapshot.js');
        const text = TWO_REPEATS;
        const ws = await buildOne(text);
        const model = ws.services.playbook.Models.getModel(ws.main)!;
        assert.equal(snapshotOf(model).timeline.repeat, 'weekly on wed from 2026-10-14 until 2026-10-28');
    });
});
