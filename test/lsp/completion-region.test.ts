/**
 * Completion parses only the declaration around the cursor (behind a synthetic header) instead of
 * the whole text before it. These tests check that this gives exactly what Langium's full parse
 * gives, at positions all over a generated playbook and after half-typed edits, and that the
 * region stays small however long the file is.
 */
import { strict as assert } from 'node:assert';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import { findRegion } from '../../language/lsp/completion-region.js';
import { LIBRARY_FILE, LIBRARY_TEXT, generatePlaybook } from '../bench/generate.js';
import { dispose, lspServices, workspace } from './lsp-services.js';

const services = lspServices('en');
const provider = services.lsp.CompletionProvider!;
const fullParse = DefaultCompletionProvider.prototype.getCompletion;

const key = (items: readonly CompletionItem[] | undefined) =>
    (items ?? []).map(i => `${i.label}|${i.kind}|${i.detail ?? ''}`).sort().join('\n');

async function both(text: string, offsets: number[]): Promise<{ offset: number; region: string; full: string }[]> {
    const docs = await workspace(services, { [LIBRARY_FILE]: LIBRARY_TEXT, 'main.playbook': text });
    const doc = docs['main.playbook'];
    try {
        const out = [];
        for (const offset of offsets) {
            const params: CompletionParams = { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) };
            const region = key((await provider.getCompletion(doc, params))?.items);
            const full = key((await fullParse.call(provider, doc, params))?.items);
            out.push({ offset, region, full });
        }
        return out;
    } finally {
        await dispose(services, docs);
    }
}

describe('completion: region-limited parsing', function () {
    this.timeout(120_000);

    it('gives the same items as a full parse at positions all over a playbook', async () => {
        const g = generatePlaybook(150);
        const offsets: number[] = [];
        for (let o = 0; o < g.text.length; o += 71) offsets.push(o);
        const results = await both(g.text, offsets);
        const differing = results.filter(r => r.region !== r.full);
        assert.deepEqual(differing.map(r => r.offset), []);
        assert.ok(results.filter(r => r.region !== '').length > offsets.length / 2);
    });

    it('gives the same items as a full parse after half-typed edits', async () => {
        const g = generatePlaybook(150);
        const lines = g.text.split('\n');
        const edits = [
            '\n    step x "t" day 1 o', '\n    step x "t" day 1 on ', '\n  kpi zz = sum t0.', '\n  kpi zz = ', '\n  asset q "x" kind ',
            '\n    step', '\n  ph', '\n    step y "t" days 3..', ' uses ', '\n  risk r "x" { when k0 < 40% by ', '"', '{', '}',
            '\n  phase q "x" days 3 {\n    step a "b" day 1 for ',
        ];
        let compared = 0;
        for (let li = 30; li < lines.length; li += 47) {
            for (const edit of edits) {
                const before = lines.slice(0, li + 1).join('\n');
                const text = `${before}${edit}\n${lines.slice(li + 1).join('\n')}`;
                const [r] = await both(text, [before.length + edit.length]);
                assert.equal(r.region, r.full, `after ${JSON.stringify(edit)} on line ${li}`);
                compared++;
            }
        }
        assert.ok(compared > 30);
    });

    it('still completes after a syntax error far above the cursor', async () => {
        const g = generatePlaybook(150);
        const lines = g.text.split('\n');
        // Break a line near the top (a half-typed step), then complete far below it.
        const broken = [...lines.slice(0, 30), '    step half "x" day', ...lines.slice(30)];
        const target = g.stepLines[g.stepLines.length - 2] + 1;
        const text = broken.join('\n');
        const docs = await workspace(services, { [LIBRARY_FILE]: LIBRARY_TEXT, 'main.playbook': text });
        try {
            const doc = docs['main.playbook'];
            assert.ok(doc.parseResult.parserErrors.length > 0);
            const character = broken[target].indexOf(' on ') + 4;
            const list = await provider.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: target, character } });
            assert.deepEqual(list!.items.map(i => i.label).sort(), ['advisor', 'fans_group', 'live_room', 'mall', 'moments', 'service_oa']);
        } finally {
            await dispose(services, docs);
        }
    });

    it('keeps concurrent requests on different documents apart', async () => {
        const a = generatePlaybook(150, 1);
        const b = generatePlaybook(150, 7);
        const docs = await workspace(services, { [LIBRARY_FILE]: LIBRARY_TEXT, 'a.playbook': a.text, 'b.playbook': b.text });
        try {
            const requests: { doc: typeof docs[string]; params: CompletionParams }[] = [];
            for (const [name, g] of [['a.playbook', a], ['b.playbook', b]] as const) {
                const doc = docs[name];
                for (const line of g.stepLines.slice(-6)) {
                    const text = g.text.split('\n')[line];
                    for (const character of [text.indexOf(' on ') + 4, text.length]) {
                        requests.push({ doc, params: { textDocument: { uri: doc.uri.toString() }, position: { line, character } } });
                    }
                }
            }
            const sequential: string[] = [];
            for (const r of requests) sequential.push(key((await provider.getCompletion(r.doc, r.params))?.items));
            const parallel = await Promise.all(requests.map(async r => key((await provider.getCompletion(r.doc, r.params))?.items)));
            assert.deepEqual(parallel, sequential);
            assert.ok(sequential.every(s => s !== ''));
        } finally {
            await dispose(services, docs);
        }
    });

    it('looks at one declaration, not the whole prefix, deep in a long file', async () => {
        const g = generatePlaybook(3000);
        const docs = await workspace(services, { [LIBRARY_FILE]: LIBRARY_TEXT, 'main.playbook': g.text });
        try {
            const doc = docs['main.playbook'];
            const line = g.stepLines[g.stepLines.length - 5];
            const offset = doc.textDocument.offsetAt({ line, character: 200 });
            const region = findRegion(doc, offset)!;
            assert.ok(region, 'a region');
            assert.match(region.header, /^playbook _ \{\nphase _ \{\n$/);
            assert.ok(region.end - region.start < 500, `region of ${region.end - region.start} characters`);
            assert.ok(region.start <= offset && offset <= region.end);
            const items = await provider.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: { line, character: lines(g.text)[line].indexOf(' on ') + 4 } });
            assert.ok(items!.items.some(i => i.label === 'fans_group'));
        } finally {
            await dispose(services, docs);
        }
    });
});

function lines(text: string): string[] {
    return text.split('\n');
}
