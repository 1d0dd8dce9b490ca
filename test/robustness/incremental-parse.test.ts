/**
 * Incremental reparsing (language/workspace/incremental-parser.ts) must give exactly what a full
 * parse of the new text gives: the same AST (values, names, reference texts) and the same CST
 * (every node's offsets, line/column range, grammar source, hidden flag), edit after edit on the
 * same document. Edits are random, biased to land inside declarations, where the fast path applies.
 */
import { strict as assert } from 'node:assert';
import { type AstNode, type CstNode, DocumentState, isCompositeCstNode, isReference, type LangiumDocument, type Mutable, URI } from 'langium';
import { type Model, isStep } from '../../language/generated/ast.js';
import { buildPlaybookModel, type PlaybookModel } from '../../language/model/playbook-model.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { linkStats } from '../../language/references/linker.js';
import { reparseIncrementally } from '../../language/workspace/incremental-parser.js';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from '../bench/generate.js';
import { Prng } from '../helpers/prng.js';
import { loadSeeds } from './mutate.js';

type Services = ReturnType<typeof createPlaybookCoreServices>;

/** A workspace holding the shared library and `text` as `<dir>/main.playbook`, built. */
async function workspaceWith(dir: string, text: string, validation: boolean): Promise<Services & { doc: Mutable<LangiumDocument<Model>> }> {
    const services = createPlaybookCoreServices();
    const { LangiumDocumentFactory: factory, LangiumDocuments: documents, DocumentBuilder: builder } = services.shared.workspace;
    const lib = factory.fromString(LIBRARY_TEXT, URI.file(`${dir}/${LIBRARY_FILE}`));
    const doc = factory.fromString(text, URI.file(`${dir}/main.playbook`)) as Mutable<LangiumDocument<Model>>;
    documents.addDocument(lib);
    documents.addDocument(doc);
    await builder.build([lib, doc], { validation });
    return { ...services, doc };
}

/** Gives the document the text `next` as the document factory does (incremental when it can), and builds it. */
async function applyEdit({ shared, Playbook, doc }: Services & { doc: Mutable<LangiumDocument<Model>> }, next: string, validation: boolean): Promise<void> {
    shared.workspace.DocumentBuilder.resetToState(doc, DocumentState.Changed);
    const incremental = reparseIncrementally(Playbook, doc, next);
    doc.parseResult = (incremental ?? Playbook.parser.LangiumParser.parse(next)) as typeof doc.parseResult;
    (doc.parseResult.value as Mutable<AstNode>).$document = doc;
    doc.state = DocumentState.Parsed;
    await shared.workspace.DocumentBuilder.build([doc], { validation });
}

function astShape(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(astShape);
    if (isReference(node)) return { ref: node.$refText };
    if (node && typeof node === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node)) {
            if (k.startsWith('$') && k !== '$type' && k !== '$containerIndex' && k !== '$containerProperty') continue;
            out[k] = astShape(v);
        }
        const cst = (node as AstNode).$cstNode;
        if (cst) out.$at = `${cst.offset}-${cst.end} ${JSON.stringify(cst.range)}`;
        return out;
    }
    return node;
}

function cstShape(node: CstNode, out: string[] = []): string[] {
    const grammar = node.grammarSource ? `${node.grammarSource.$type}#${(node.grammarSource as { $containerIndex?: number }).$containerIndex}` : '-';
    out.push(`${isCompositeCstNode(node) ? 'C' : 'L'} ${node.offset}-${node.end} ${JSON.stringify(node.range)} ${grammar} ${node.hidden ? 'h' : ''} ${node.astNode?.$type}`);
    if (isCompositeCstNode(node)) for (const c of node.content) cstShape(c, out);
    return out;
}

const TOKENS = ['x', '新', ' ', '\n', '"', '1', '0', '..', ' day 3', ' at 10:00', ' on moments', ' uses kv_0', '{', '}', '// c\n', '/* c */', ' remind 1h', 'step q "Q" day 2\n    ', '\n    milestone mm "M" day 1'];

describe('robustness: incremental reparsing equals a full parse', function () {
    this.timeout(120_000);

    it('on thousands of random edits to realistic playbooks, edit after edit', () => {
        const { shared, Playbook } = createPlaybookCoreServices();
        const parser = Playbook.parser.LangiumParser;
        const seeds = [...loadSeeds().map(s => s.text), generatePlaybook(400, 3).text];
        const rnd = new Prng(20261123);
        let edits = 0;
        let fast = 0;
        for (const seed of seeds) {
            const doc = shared.workspace.LangiumDocumentFactory.fromString(seed, URI.file(`/inc/${edits}.playbook`)) as Mutable<LangiumDocument>;
            let text = seed;
            let good = seed;
            for (let i = 0; i < 150; i++, edits++) {
                // An edit: mostly inside a line that starts a step, an asset or a kpi; sometimes anywhere.
                let at = rnd.int(0, text.length);
                if (rnd.chance(0.8)) {
                    const lines = [...text.matchAll(/\n\s*(step|milestone|asset|kpi|track|risk|goal|role|channel|segment) /g)];
                    if (lines.length) {
                        const m = rnd.pick(lines);
                        const lineEnd = text.indexOf('\n', m.index! + 1);
                        at = rnd.int(m.index! + m[0].length, lineEnd < 0 ? text.length : lineEnd);
                    }
                }
                const broken = doc.parseResult.parserErrors.length + doc.parseResult.lexerErrors.length > 0;
                // Text with errors goes back to the last good text most of the time (an undo).
                const next = broken && rnd.chance(0.7) ? good
                    : rnd.chance(0.35)
                        ? text.slice(0, at) + text.slice(Math.min(text.length, at + rnd.int(1, 6)))
                        : text.slice(0, at) + rnd.pick(TOKENS) + text.slice(at);
                const incremental = reparseIncrementally(Playbook, doc, next);
                if (incremental) {
                    fast++;
                    doc.parseResult = incremental;
                } else {
                    doc.parseResult = parser.parse(next);
                }
                (doc.parseResult.value as Mutable<AstNode>).$document = doc;
                text = next;
                if (doc.parseResult.parserErrors.length + doc.parseResult.lexerErrors.length === 0) good = text;
                if (!incremental) continue;
                const full = parser.parse(next);
                const where = `edit ${i} of seed ${seeds.indexOf(seed)} at ${at}`;
                assert.deepEqual(cstShape(doc.parseResult.value.$cstNode!), cstShape(full.value.$cstNode!), where);
                assert.deepEqual(astShape(doc.parseResult.value), astShape(full.value), where);
                assert.equal(doc.parseResult.value.$cstNode!.root.fullText, next);
            }
        }
        process.stdout.write(`      ${fast} of ${edits} edits reparsed incrementally\n`);
        assert.ok(fast > edits * 0.2, `only ${fast} of ${edits} edits took the incremental path`);
    });

    /**
     * Random edits (retitle, retime, re-own a step, a phase's length; `workdays` / `except` on a
     * step), each model compared with one built from scratch: events, and what `workdays` / `except`
     * dropped (the no-occurrence rule reads it).
     */
    async function reuseCase(path: string, text: string, seed: number, extra: (rnd: Prng) => [RegExp | string, string][]) {
        const ws = await workspaceWith(path, text, false);
        const { Playbook, doc } = ws;
        const events = (m: PlaybookModel) => JSON.stringify(m.events.map(e => ({ ...e, node: e.node.$type + ':' + (e.node as { name?: string }).name, phase: e.phase?.name })));
        const dropped = (m: PlaybookModel) => m.own.items.filter(isStep).map(st => `${st.name}:${m.droppedOf(st)}`).join(' ');
        const rnd = new Prng(seed);
        let reusedPhases = 0;
        let previous = Playbook.playbook.Models.getModel(doc)!;
        for (let i = 0; i < 150; i++) {
            const steps = [...text.matchAll(/step (\w+) "([^"]*)"/g)];
            const m = rnd.pick(steps);
            const edits: [RegExp | string, string][] = [
                [`step ${m[1]} "${m[2]}"`, `step ${m[1]} "${m[2]}改"`],
                [`step ${m[1]} "${m[2]}"`, `step ${m[1]} "${m[2]}" owner ${rnd.pick(['ops', 'host', 'nobody'])}`],
                [/days (\d+) \{/, `days ${rnd.int(14, 40)} {`],
                [`step ${m[1]} "${m[2]}"`, `step ${m[1]} "${m[2]}" at ${rnd.pick(['08:00', '23:30'])}`],
                [`step ${m[1]} "${m[2]}"`, `step ${m[1]} "${m[2]}" ${rnd.pick(['workdays', 'except 2026-02-16..2026-02-20', 'except 2026-01-20'])}`],
                ...extra(rnd),
            ];
            const [from, to] = rnd.pick(edits);
            const next = text.replace(from, to);
            if (next === text) continue;
            text = next;
            await applyEdit(ws, next, false);
            const model = Playbook.playbook.Models.getModel(doc)!;
            reusedPhases += model.phases.filter(p => previous.phases.includes(p)).length;
            const fresh = buildPlaybookModel(doc.parseResult.value.playbook!, Playbook.playbook.Models.importedLibraries(doc));
            assert.equal(events(model), events(fresh), `edit ${i}: ${String(from)} → ${to}`);
            assert.equal(dropped(model), dropped(fresh), `edit ${i}: ${String(from)} → ${to}`);
            previous = model;
        }
        return reusedPhases;
    }

    it('the schedule model reuses unchanged phases and equals a model built from scratch', async () => {
        const reused = await reuseCase('/model', generatePlaybook(300, 8).text, 7, () => []);
        assert.ok(reused > 100, `phases reused: ${reused}`);
    });

    it('a repeating playbook\'s model reuses unchanged phases run by run, and equals one built from scratch', async () => {
        const text = generatePlaybook(300, 8).text.replace(/^ {2}start \d{4}-\d{2}-\d{2}$/m, '  repeat weekly on mon from 2026-01-05 until 2026-03-30\n  anchor p0');
        assert.match(text, /repeat weekly/);
        const reused = await reuseCase('/model-runs', text, 17, rnd => [
            ['until 2026-03-30', `until 2026-0${rnd.int(2, 4)}-${rnd.int(10, 28)}`],
            [/until 2026-\d\d-\d\d/, 'until 2026-03-30'],
        ]);
        assert.ok(reused > 100, `phases reused: ${reused}`);
    });

    it('linking keeps unchanged resolutions and equals linking from scratch', async () => {
        let text = generatePlaybook(300, 9).text;
        const ws = await workspaceWith('/link', text, true);
        const { Playbook, doc } = ws;
        const locator = Playbook.workspace.AstNodeLocator;
        const links = (d: LangiumDocument) => d.references.map(r => {
            const target = 'ref' in r ? r.ref : undefined;
            return `${r.$refText}@${r.$refNode?.offset} → ${target ? `${target.$type}:${locator.getAstNodePath(target)}` : `error:${r.error?.message}`}`;
        });
        const rnd = new Prng(11);
        const keptBefore = linkStats.kept;
        for (let i = 0; i < 120; i++) {
            // Rename an asset or a step, add a duplicate, retitle, delete a use: answers that must change.
            const assets = [...text.matchAll(/asset (\w+) "/g)];
            const a = rnd.pick(assets)[1];
            const steps = [...text.matchAll(/step (\w+) "([^"]*)"/g)];
            const st = rnd.pick(steps);
            const edits: [string, string][] = [
                [`asset ${a} "`, `asset ${a}x "`],
                [`asset ${a}x "`, `asset ${a} "`],
                [`step ${st[1]} "${st[2]}"`, `step ${st[1]} "${st[2]}" uses ${a}`],
                [`step ${st[1]} "${st[2]}"`, `step ${st[1]} "${st[2]}" owner ${rnd.pick(['ops', 'content', 'ghost'])}`],
                [`step ${st[1]} "${st[2]}"`, `step ${st[1]} "${st[2]}"\n    step ${st[1]}d "dup" day 5 on fans_group`],
                [`uses ${a}`, `uses ${a}, ${a}`],
                [`"${st[2]}"`, `"${st[2]}新"`],
                [/kpi (\w+) "/.exec(text)![0], /kpi (\w+) "/.exec(text)![0].replace('kpi ', 'kpi z')],
            ];
            const [from, to] = rnd.pick(edits);
            const next = text.replace(from, to);
            if (next === text) continue;
            text = next;
            await applyEdit(ws, next, true);
            const fresh = (await workspaceWith('/link', text, true)).doc;
            assert.deepEqual(links(doc), links(fresh), `edit ${i}: ${from} → ${to}`);
            const diag = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => `${x.code} ${JSON.stringify(x.range)} ${x.message}`);
            assert.deepEqual(diag(doc), diag(fresh), `diagnostics after edit ${i}`);
        }
        assert.ok(linkStats.kept - keptBefore > 10_000, `references kept: ${linkStats.kept - keptBefore}`);
    });
});
