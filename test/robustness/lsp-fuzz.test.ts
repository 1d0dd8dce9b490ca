/**
 * LSP-level fuzzing: one session with the bundled server (stdio), thousands of random incremental
 * edits (tokens, deletions, pasted random characters, half-typed declarations, now and then the
 * whole text replaced), sent in batches as fast as a typist would never type. After each batch the
 * server must still be alive, publish diagnostics, and answer hover and completion. Deadlines are
 * generous (they catch hangs, not slowness). PLAYBOOK_STRICT_RULES=1 makes a throwing rule show up
 * as an internal-error diagnostic, which fails the test. The seed is printed (PLAYBOOK_FUZZ_SEED).
 */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from '../bench/generate.js';
import { LspSession } from '../helpers/lsp-client.js';
import { Prng, seedFromEnv } from '../helpers/prng.js';
import { diagnosticProblems } from './harness.js';
import { loadSeeds, mutateOnce } from './mutate.js';

const SEED = seedFromEnv();
const BATCHES = Number(process.env.PLAYBOOK_LSP_FUZZ_BATCHES ?? 60);
const EDITS_PER_BATCH = 50;
/** Per batch: diagnostics published, then hover and completion answered. Generous. */
const DEADLINE_MS = 60_000;

const HALF_TYPED = ['step x "', 'phase p kind ', 'kpi k = ', 'risk r { when ', 'asset a "A" kind poster { ready ', 'track t { property p enum(', 'step s "t" days 3..', 'import "', '"""', '/*', 'goal g { kpi '];
const TOKENS = ['step', 'phase', '{', '}', '"', ' ', '\n', 'day', '1', '..', 'at', '10:00', 'on', 'fans_group', ',', 'uses', 'kpi', '=', '/', '%', '中文', '2026-02-30'];

function randomText(rnd: Prng): string {
    let s = '';
    for (let i = rnd.int(1, 16); i > 0; i--) s += String.fromCharCode(rnd.chance(0.8) ? rnd.int(32, 0x9fff) : rnd.int(0, 0xffff));
    return s;
}

describe('robustness: LSP session fuzzing', function () {
    this.timeout(20 * 60_000);

    it(`survives ${BATCHES * EDITS_PER_BATCH} random edits and keeps answering`, async () => {
        process.stdout.write(`      LSP fuzz seed ${SEED} (PLAYBOOK_FUZZ_SEED=${SEED} reproduces)\n`);
        const previous = process.env.PLAYBOOK_STRICT_RULES;
        process.env.PLAYBOOK_STRICT_RULES = '1';
        const s = await LspSession.start();
        if (previous === undefined) delete process.env.PLAYBOOK_STRICT_RULES;
        const logged: string[] = [];
        s.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
            if (p.type === 1) logged.push(p.message);
        });
        const rnd = new Prng(SEED);
        const seeds = [...loadSeeds().map(x => x.text), generatePlaybook(300, SEED).text];
        try {
            const dir = 'file:///fuzz-ws';
            s.open(`${dir}/${LIBRARY_FILE}`, LIBRARY_TEXT);
            const uri = `${dir}/main.playbook`;
            let doc = TextDocument.create(uri, 'playbook', 1, rnd.pick(seeds));
            s.open(uri, doc.getText());
            await s.waitForDiagnostics(uri, undefined, DEADLINE_MS);
            let requests = 0;
            for (let batch = 0; batch < BATCHES; batch++) {
                for (let e = 0; e < EDITS_PER_BATCH; e++) {
                    const text = doc.getText();
                    let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } | { text: string };
                    const r = rnd.next();
                    if (r < 0.02 || text.length > 60_000) {
                        change = { text: rnd.chance(0.5) ? rnd.pick(seeds) : mutateOnce(rnd.pick(seeds), rnd).text };
                    } else {
                        const at = rnd.int(0, text.length);
                        const end = r < 0.35 ? Math.min(text.length, at + rnd.int(1, 30)) : at;
                        const inserted = r < 0.35 ? ''
                            : r < 0.6 ? rnd.pick(TOKENS) + (rnd.chance(0.5) ? ' ' : '')
                                : r < 0.75 ? randomText(rnd)
                                    : r < 0.9 ? rnd.pick(HALF_TYPED)
                                        : text.slice(rnd.int(0, text.length), rnd.int(0, text.length)); // a paste of another part
                        change = { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: inserted };
                    }
                    doc = TextDocument.update(doc, [change], doc.version + 1);
                    s.change(uri, doc.version, [change]);
                }
                s.diagnostics.delete(uri);
                const diagnostics = await s.waitForDiagnostics(uri, undefined, DEADLINE_MS);
                assert.equal(s.exited, undefined, `server exited in batch ${batch}\n${s.stderr}`);
                const problems = diagnosticProblems(diagnostics, doc.getText()).filter(p => p.what !== 'malformed range');
                assert.deepEqual(problems, [], `batch ${batch} (seed ${SEED})`);
                for (let q = 0; q < 2; q++) {
                    const position = doc.positionAt(rnd.int(0, doc.getText().length));
                    const deadline = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DEADLINE_MS} ms (batch ${batch}, seed ${SEED})`)), DEADLINE_MS).unref());
                    await Promise.race([s.request('textDocument/hover', { textDocument: { uri }, position }), deadline]);
                    await Promise.race([s.request('textDocument/completion', { textDocument: { uri }, position }), deadline]);
                    requests += 2;
                }
            }
            assert.equal(s.exited, undefined, s.stderr);
            assert.deepEqual(logged.filter(m => /error|exception/i.test(m)), [], 'errors logged by the server');
            assert.ok(!/\n\s+at .+:\d+:\d+/.test(s.stderr), `stack trace on the server's stderr:\n${s.stderr.slice(0, 3000)}`);
            process.stdout.write(`      ${BATCHES * EDITS_PER_BATCH} edits in ${BATCHES} batches, ${requests} hover/completion requests answered\n`);
        } finally {
            await s.stop();
        }
    });
});
