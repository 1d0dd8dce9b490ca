/**
 * Rapid edits, undos and saves against the stdio server, as an editor sends them: didChange after
 * didChange, the requests an editor fires after each (outline, folding, code lenses, inlay hints,
 * semantic tokens, hover) without waiting for their answers, didSave and the file watcher's
 * workspace/didChangeWatchedFiles for the same file with the disk holding the newest or an older
 * text. Every text the document goes through is valid, so no publication may ever carry an error.
 *
 * The real-editor suite once saw `linking-error` for the file's own phase and asset after such a
 * burst: an outline request that came in while a build had only parsed the file built the model,
 * which resolved names before the build had computed the file's scopes, and the empty scope it got
 * was cached for the build's linking (references/scope-provider.ts, model/model-provider.ts,
 * lsp/main.ts). A build yields to other messages only after 10 ms, so the playbook here is the
 * editor suite's with review phases added (a full parse of it takes longer than that).
 * The interleavings come from a seeded PRNG (PLAYBOOK_FUZZ_SEED reproduces a run).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspSession, ROOT } from '../helpers/lsp-client.js';
import { Prng, seedFromEnv } from '../helpers/prng.js';

const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
/** The real-editor suite's playbook with review phases added (a build of it yields to requests, as the small one does on a loaded machine). */
const PADDING = 300;
const LAUNCH = readFileSync(join(FIXTURES, 'launch.playbook'), 'utf8').replace(/\n\}\s*$/, () => {
    const phases: string[] = [];
    for (let i = 1; i <= PADDING; i++) phases.push(`  phase later${i} "后续${i}" kind review days 1 {\n    milestone note${i} "记录${i}" day 1\n  }`);
    return `\n${phases.join('\n')}\n}\n`;
});
const SHARED = readFileSync(join(FIXTURES, 'shared.playbook'), 'utf8');
const SEED = seedFromEnv();
const TRIALS = 24;

const REQUESTS = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens', 'textDocument/inlayHint', 'textDocument/semanticTokens/full', 'textDocument/hover'];

/** The lines of phase `warmup` a step can be inserted after (its header and each item line). */
function warmupLines(text: string): number[] {
    const lines = text.split('\n');
    const start = lines.findIndex(l => l.includes('phase warmup'));
    const out: number[] = [];
    for (let i = start; i < lines.length && !/^ {2}\}/.test(lines[i]); i++) out.push(i);
    return out;
}

interface Inserted { line: string }

class Editor {
    text = LAUNCH;
    version = 1;
    readonly inserted: Inserted[] = [];
    private counter = 0;

    constructor(readonly s: LspSession, readonly uri: string, readonly rng: Prng, readonly pending: Promise<unknown>[]) {}

    /** Replaces [from, to) of the text, sending the change as a range edit. */
    private replace(from: number, to: number, insert: string): void {
        const doc = TextDocument.create(this.uri, 'playbook', this.version, this.text);
        const range = { start: doc.positionAt(from), end: doc.positionAt(to) };
        this.text = this.text.slice(0, from) + insert + this.text.slice(to);
        const change = { textDocument: { uri: this.uri, version: ++this.version }, contentChanges: [{ range, text: insert }] };
        if (this.rng.chance(0.7)) this.s.change(this.uri, this.version, change.contentChanges);
        // The outline request in the same read as the change: the server takes it up while it builds.
        else this.pending.push(this.s.sendTogether([{ method: 'textDocument/didChange', params: change }, outline(this.uri, `outline-${this.version}`)]));
    }

    /** A complete step typed (or pasted) into phase `warmup`, using the asset or a library role. */
    insertStep(): void {
        const lines = this.text.split('\n');
        const after = this.rng.pick(warmupLines(this.text));
        const name = `extra${++this.counter}`;
        const line = this.rng.chance(0.5)
            ? `    step ${name} "加一步" day 3 owner design\n`
            : `    step ${name} "再发海报" day 4 at 11:00 on group uses poster\n`;
        const at = lines.slice(0, after + 1).join('\n').length + 1;
        this.replace(at, at, line);
        this.inserted.push({ line });
    }

    /** A declaration typed between others (the whole file is parsed again). */
    insertChannel(): void {
        const at = this.text.indexOf('\n', this.text.indexOf('  channel mall')) + 1;
        const line = `  channel spare${++this.counter} "备用${this.counter}" kind mini_program\n`;
        this.replace(at, at, line);
        this.inserted.push({ line });
    }

    /** Undo of the last insertion (the line goes away again). */
    undo(): boolean {
        const last = this.inserted.pop();
        if (!last) return false;
        const at = this.text.indexOf(last.line);
        this.replace(at, at + last.line.length, '');
        return true;
    }

    /** An edit inside the asset: its ready day changes (and changes back on the next call). */
    editAsset(): void {
        const at = this.text.indexOf('ready warmup day ') + 'ready warmup day '.length;
        this.replace(at, at + 1, this.text[at] === '2' ? '1' : '2');
    }

    /** Save: the disk gets the newest text (or an older one, as after a lost race), then didSave and the watcher's event. */
    save(path: string): void {
        writeFileSync(path, this.rng.chance(0.7) ? this.text : LAUNCH);
        const order = this.rng.chance(0.5);
        if (order) this.s.send('textDocument/didSave', { textDocument: { uri: this.uri } });
        this.s.send('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri, type: 2 }] });
        if (!order) this.s.send('textDocument/didSave', { textDocument: { uri: this.uri } });
    }

    /** The requests an editor fires after a change, not waited for. */
    requests(): void {
        const count = this.rng.int(0, 3);
        for (let i = 0; i < count; i++) {
            const method = this.rng.pick(REQUESTS);
            const params: Record<string, unknown> = { textDocument: { uri: this.uri } };
            if (method.endsWith('inlayHint')) params.range = { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } };
            if (method.endsWith('hover')) params.position = { line: this.text.split('\n').findIndex(l => l.includes('uses poster')), character: 60 };
            const send = () => this.s.request(method, params).catch(() => undefined);
            // Now, or a little later (while the build this change started runs).
            this.pending.push(this.rng.chance(0.5) ? send() : new Promise(r => setTimeout(r, this.rng.int(0, 20))).then(send));
        }
    }
}

/** The barrier document `settled` left open (closed by the next call, before it opens its own). */
let openBarrier: string | undefined;

/**
 * Returns once every build the burst queued on `uri` has published, with nothing left to do. The
 * server publishes without versions, so: a document opened after the burst is built after every
 * update the burst queued (the workspace lock runs them in order; closing the previous barrier is
 * one of them), and a request that needs `uri` validated answers after the diagnostics of that
 * build went out (they are sent first, in the same phase notification).
 */
async function settled(s: LspSession, dir: string, uri: string, name: string): Promise<void> {
    if (openBarrier) s.close(openBarrier);
    const barrier = openBarrier = pathToFileURL(join(dir, `${name}.playbook`)).href;
    s.open(barrier, SHARED.replace('library shared', `library ${name.replace(/\W/g, '_')}`));
    await s.waitForDiagnostics(barrier);
    await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
}

const outline = (uri: string, id: string) => ({ method: 'textDocument/documentSymbol', params: { textDocument: { uri } }, id });

const errorsIn = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.severity === 1);

describe('rapid edits, undos and saves over stdio never leave linking errors (seeded interleavings)', function () {
    this.timeout(300_000);
    let dir: string;
    let s: LspSession;

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-edit-race-'));
        writeFileSync(join(dir, 'shared.playbook'), SHARED);
        s = await LspSession.start({ workspace: dir });
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('an outline request read together with a change waits for the link: no linking-error, and the outline has its dates', async () => {
        const path = join(dir, 'pinned.playbook');
        writeFileSync(path, LAUNCH);
        const uri = pathToFileURL(path).href;
        s.open(uri, LAUNCH, 1);
        const edits = [
            // Between declarations (a full parse), then undone; inside phase warmup (only it is parsed again), then undone.
            { at: LAUNCH.indexOf('\n', LAUNCH.indexOf('  channel mall')) + 1, line: '  channel spare "备用" kind mini_program\n' },
            { at: LAUNCH.indexOf('\n', LAUNCH.indexOf('milestone seeds')) + 1, line: '    step extra "加一步" day 3 owner design\n' },
        ];
        let version = 1;
        const answers: Promise<{ result?: unknown; error?: unknown }[]>[] = [];
        for (let round = 0; round < 3; round++) {
            for (const { at, line } of edits) {
                for (const undo of [false, true]) {
                    await settled(s, dir, uri, `pinned-${version}`);
                    const doc = TextDocument.create(uri, 'playbook', version, undo ? LAUNCH.slice(0, at) + line + LAUNCH.slice(at) : LAUNCH);
                    const range = undo ? { start: doc.positionAt(at), end: doc.positionAt(at + line.length) } : { start: doc.positionAt(at), end: doc.positionAt(at) };
                    answers.push(s.sendTogether([
                        { method: 'textDocument/didChange', params: { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: undo ? '' : line }] } },
                        outline(uri, `pinned-outline-${version}`),
                    ]));
                }
            }
        }
        await settled(s, dir, uri, 'pinned-end');
        const bad = s.published.filter(p => p.uri === uri && errorsIn(p.diagnostics).length > 0);
        assert.deepEqual(bad.map(p => errorsIn(p.diagnostics).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)), []);
        // Each outline answered with the model's dates (served before the link, it had none).
        const teaser = (symbols: DocumentSymbol[]) => symbols[0]?.children?.find(c => c.name === 'warmup')?.children?.find(c => c.name === 'teaser')?.detail;
        for (const [answer] of await Promise.all(answers)) assert.equal(teaser(answer.result as DocumentSymbol[]), '发布新品海报 · 2026-03-03 Tue 10:00', JSON.stringify(answer).slice(0, 300));
        assert.equal(teaser(await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })), '发布新品海报 · 2026-03-03 Tue 10:00');
        s.close(uri);
    });

    it(`every publication of ${TRIALS} bursts is free of errors (seed ${SEED})`, async () => {
        const rng = new Prng(SEED);
        for (let trial = 0; trial < TRIALS; trial++) {
            const path = join(dir, `launch-${trial}.playbook`);
            writeFileSync(path, LAUNCH);
            const uri = pathToFileURL(path).href;
            const pending: Promise<unknown>[] = [];
            const editor = new Editor(s, uri, rng, pending);
            s.open(uri, LAUNCH, 1);
            if (rng.chance(0.5)) await s.waitForDiagnostics(uri, 1);
            const steps = rng.int(2, 10);
            for (let i = 0; i < steps; i++) {
                const op = rng.int(0, 9);
                if (op < 3) editor.insertStep();
                else if (op < 5) editor.insertChannel();
                else if (op < 8) { if (!editor.undo()) editor.insertStep(); }
                else editor.editAsset();
                editor.requests();
                if (rng.chance(0.3)) editor.save(path);
                // Vary how the messages fall between the server's build phases.
                if (rng.chance(0.5)) await new Promise(r => (rng.chance(0.5) ? setImmediate(r) : setTimeout(r, rng.int(0, 30))));
            }
            while (editor.undo()) editor.requests();
            if (rng.chance(0.7)) editor.save(path);
            editor.requests();
            await Promise.all(pending);
            await settled(s, dir, uri, `barrier-${trial}`);
            const bad = s.published.filter(p => p.uri === uri && errorsIn(p.diagnostics).length > 0);
            assert.deepEqual(bad.map(p => ({ version: p.version, errors: errorsIn(p.diagnostics).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`) })), [],
                `trial ${trial} (seed ${SEED}, PLAYBOOK_FUZZ_SEED=${SEED} reproduces it)`);
            s.close(uri);
        }
    });
});
