import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Prng } from '../helpers/prng.js';
import { applyTextEdits, buildOne, tokenStream } from '../helpers/lsp-edits.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

function seeds(): string[] {
    const out: string[] = [readFileSync(join(HERE, 'fixtures', 'format-comments.playbook'), 'utf8')];
    const dir = join(ROOT, 'examples');
    if (existsSync(dir)) for (const f of readdirSync(dir).filter(x => x.endsWith('.playbook')).sort()) out.push(readFileSync(join(dir, f), 'utf8'));
    return out;
}

const PIECES = ['{', '}', '"', '"""', '//', '/*', '*/', '\n', '\r\n', ' ', '\t', 'step', 'owner', 'day', '..', ',', '活动', '\uFEFF', '\u3000', '%', 'phase x', 'role'];

/** A copy of `text` with a few random cuts, duplications and insertions. */
function mutate(text: string, rng: Prng): string {
    let out = text;
    const n = rng.int(1, 4);
    const blanksOnly = rng.chance(0.5);
    for (let i = 0; i < n; i++) {
        let at = rng.int(0, out.length);
        // Blanks go next to existing blanks, so they never split a token.
        if (blanksOnly) while (at < out.length && !/\s/.test(out[at])) at++;
        switch (blanksOnly ? 3 : rng.int(0, 3)) {
            case 0: out = out.slice(0, at) + out.slice(Math.min(out.length, at + rng.int(1, 40))); break;
            case 1: out = out.slice(0, at) + rng.pick(PIECES) + out.slice(at); break;
            case 2: { const len = rng.int(1, 60); out = out.slice(0, at) + out.slice(at, at + len) + out.slice(at); break; }
            default: out = out.slice(0, at) + ' '.repeat(rng.int(1, 5)) + '\n'.repeat(rng.int(0, 3)) + out.slice(at);
        }
    }
    return out;
}

describe('editing features on mutated playbooks never throw, never damage text', function () {
    this.timeout(120_000);

    it('formatter, quick fixes, code lenses and rename on 40 mutated files', async () => {
        const rng = new Prng(20261123);
        const base = seeds();
        let formattedClean = 0;
        for (let round = 0; round < 40; round++) {
            const text = mutate(rng.pick(base), rng);
            const ws = await buildOne(text);
            const { services, main } = ws;
            const uri = main.uri.toString();
            const edits = await services.lsp.Formatter!.formatDocument(main, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
            const clean = main.parseResult.lexerErrors.length === 0 && main.parseResult.parserErrors.length === 0;
            if (clean) {
                const once = applyTextEdits(text, edits);
                assert.deepEqual(tokenStream(services, once), tokenStream(services, text), `round ${round}: tokens changed`);
                const again = await buildOne(once);
                const edits2 = await again.services.lsp.Formatter!.formatDocument(again.main, { textDocument: { uri: again.main.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
                assert.equal(applyTextEdits(once, edits2), once, `round ${round}: not idempotent`);
                formattedClean++;
            } else {
                assert.deepEqual(edits, [], 'a text with syntax errors is left alone');
            }
            for (const d of main.diagnostics ?? []) {
                const actions = await services.lsp.CodeActionProvider!.getCodeActions(main, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
                for (const a of actions ?? []) {
                    if ('edit' in a && a.edit?.changes?.[uri]) applyTextEdits(text, a.edit.changes[uri]);
                }
            }
            await services.lsp.CodeLensProvider!.provideCodeLens(main, { textDocument: { uri } });
            for (let k = 0; k < 5; k++) {
                const position = main.textDocument.positionAt(rng.int(0, text.length));
                const range = await services.lsp.RenameProvider!.prepareRename(main, { textDocument: { uri }, position });
                if (range) {
                    // A refusal (ResponseError) is fine; a crash is not.
                    const edit: unknown = await Promise.resolve(services.lsp.RenameProvider!.rename(main, { textDocument: { uri }, position, newName: 'renamed_x' }))
                        .catch((e: unknown) => e);
                    assert.ok(!(edit instanceof TypeError), String(edit));
                }
            }
        }
        assert.ok(formattedClean >= 10, `only ${formattedClean} mutated files parsed; the fuzz checks too little formatting`);
    });
});
