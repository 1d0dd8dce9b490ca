/**
 * Names read while a build is under way. The language server answers some requests (the outline,
 * folding) as soon as a build has parsed a file, before it has computed the file's scopes and
 * linked it. A reference read then, or a model asked for then, must not leave anything behind that
 * the rest of the build uses: the real-editor suite once got `linking-error` for the file's own
 * phase and asset that way (see test/lsp/edit-race-stdio.test.ts for the same over stdio).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils, DocumentState, type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { ROOT } from '../helpers/lsp-client.js';

const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
const LAUNCH = readFileSync(join(FIXTURES, 'launch.playbook'), 'utf8');
const SHARED = readFileSync(join(FIXTURES, 'shared.playbook'), 'utf8');

/** Edits that are built again: inside phase `warmup` (only it is parsed again), between declarations (all of it). */
const EDITS: [string, string][] = [
    ['milestone seeds "种子用户就位" day 4\n', '    step again "再发海报" day 4 at 11:00 on group uses poster\n'],
    ['channel mall "小程序商城" kind mini_program\n', '  channel spare "备用" kind mini_program\n'],
];

function edited(text: string, [after, line]: [string, string]): string {
    const at = text.indexOf(after) + after.length;
    return text.slice(0, at) + line + text.slice(at);
}

type Services = ReturnType<typeof createPlaybookCoreServices>;

const errors = (doc: LangiumDocument) => (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`);

describe('names read while a build has only parsed the file', function () {
    this.timeout(60_000);
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-reads-'));
        writeFileSync(join(dir, 'shared.playbook'), SHARED);
        writeFileSync(join(dir, 'launch.playbook'), LAUNCH);
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** The two files, built; then each edit written to disk and built again with `duringParse` run once the file is parsed. */
    async function editWhileReading(duringParse: (doc: LangiumDocument, services: Services) => void): Promise<{ doc: LangiumDocument; services: Services }> {
        const services = createPlaybookCoreServices(NodeFileSystem);
        const { shared } = services;
        const uri = URI.file(join(dir, 'launch.playbook'));
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        const docs = [await documents.getOrCreateDocument(URI.file(join(dir, 'shared.playbook'))), await documents.getOrCreateDocument(uri)];
        await builder.build(docs, { validation: true });
        assert.deepEqual(errors(docs[1]), []);
        builder.updateBuildOptions = { validation: true };
        let text = LAUNCH;
        for (const edit of EDITS) {
            text = edited(text, edit);
            writeFileSync(uri.fsPath, text);
            const listener = builder.onDocumentPhase(DocumentState.Parsed, doc => { if (doc.uri.toString() === uri.toString()) duringParse(doc, services); });
            try {
                await builder.update([uri], []);
            } finally {
                listener.dispose();
            }
            assert.equal(docs[1].state, DocumentState.Validated);
            assert.deepEqual(errors(docs[1]), [], `after the edit adding ${edit[1].trim()}`);
        }
        return { doc: docs[1], services };
    }

    it('every reference read after the parse: the build still links them all (no scope is kept from then)', async () => {
        let read = 0;
        // Langium warns about each such read (and does not keep its answer on the reference).
        const warn = console.warn;
        const warnings: string[] = [];
        console.warn = (message: string) => { warnings.push(message); };
        try {
            await editWhileReading(doc => {
                for (const node of AstUtils.streamAst(doc.parseResult.value)) {
                    for (const { reference } of AstUtils.streamReferences(node)) {
                        void ('ref' in reference ? reference.ref : reference.items);
                        read++;
                    }
                }
            });
        } finally {
            console.warn = warn;
        }
        assert.ok(read > 20, `${read} references read`);
        assert.ok(warnings.length > 0 && warnings.every(w => w.startsWith('Attempted reference resolution before document reached ComputedScopes')), warnings.join('\n'));
    });

    it('the model asked for after the parse is not there yet; after the link it is, with the file’s own asset', async () => {
        const early: string[] = [];
        const { doc, services } = await editWhileReading((d, { Playbook }) => {
            early.push(`${DocumentState[d.state]}: ${Playbook.playbook.Models.getModel(d) === undefined ? 'no model' : 'a model'}`);
        });
        assert.deepEqual(early, EDITS.map(() => 'Parsed: no model'));
        const again = services.Playbook.playbook.Models.getModel(doc)?.events.find(e => e.name === 'again');
        assert.deepEqual(again?.assets, ['poster']);
        assert.equal(again?.date.toString(), '2026-03-05');
    });
});
