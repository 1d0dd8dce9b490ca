/**
 * The file watcher's events (workspace/didChangeWatchedFiles) for a file open in the editor: the
 * editor's text wins. A save, a `git checkout` rewriting the file or deleting it while it is open:
 * the document stays what the editor shows, with its diagnostics; the disk's text is read again
 * when the editor closes the file. A file nobody has open still follows the disk.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp-client.js';

const LIB = 'library team {\n  role ops "运营"\n  channel group "社群" kind wechat_group\n}\n';
const MAIN = [
    'import "./team.playbook"',
    'playbook launch "上新" {',
    '  start 2026-03-02',
    '  owner ops',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 9 at 10:00 on group',
    '  }',
    '}',
    '',
].join('\n');
const BROKEN = 'playbook launch "上新" {\n  start 2026-02-30\n}\n';

const codes = (d: Diagnostic[]) => d.map(x => x.code).sort();

describe('file watcher events for files open in the editor (stdio server)', function () {
    this.timeout(60_000);
    let dir: string;
    let s: LspSession;
    let mainPath: string;
    let mainUri: string;
    let libUri: string;
    let barriers = 0;
    /** The codes of the editor text's diagnostics. */
    let baseline: string[];

    /** Waits until everything sent before has been built: a document opened now is built after it. */
    async function settled(): Promise<void> {
        const uri = pathToFileURL(join(dir, `barrier${++barriers}.playbook`)).href;
        s.open(uri, `library barrier${barriers} {\n  role x "x"\n}\n`);
        await s.waitForDiagnostics(uri);
        s.close(uri);
    }

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-watched-'));
        mainPath = join(dir, 'launch.playbook');
        writeFileSync(join(dir, 'team.playbook'), LIB);
        writeFileSync(mainPath, MAIN);
        mainUri = pathToFileURL(mainPath).href;
        libUri = pathToFileURL(join(dir, 'team.playbook')).href;
        s = await LspSession.start({ workspace: dir });
        s.open(mainUri, MAIN);
        baseline = codes(await s.waitForDiagnostics(mainUri)) as string[];
        assert.ok(baseline.includes('day-out-of-range'), baseline.join());
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('a changed event while the disk holds other text: the diagnostics stay those of the editor text', async () => {
        writeFileSync(mainPath, BROKEN);
        const before = s.publications.get(mainUri) ?? 0;
        s.send('workspace/didChangeWatchedFiles', { changes: [{ uri: mainUri, type: 2 }] });
        await settled();
        assert.equal(s.publications.get(mainUri) ?? 0, before, 'not built again');
        assert.deepEqual(codes(s.diagnostics.get(mainUri)!.diagnostics), baseline);
    });

    it('a deleted event: the open document stays, with its diagnostics, and requests on it are answered', async () => {
        unlinkSync(mainPath);
        s.send('workspace/didChangeWatchedFiles', { changes: [{ uri: mainUri, type: 3 }] });
        await settled();
        assert.deepEqual(codes(s.diagnostics.get(mainUri)!.diagnostics), baseline);
        const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: mainUri } });
        assert.equal(symbols[0]?.name, 'launch');
    });

    it('a file nobody has open still follows the disk: a library changed on disk changes what the playbook sees', async () => {
        writeFileSync(join(dir, 'team.playbook'), LIB.replace('role ops', 'role lead'));
        const before = s.publications.get(mainUri) ?? 0;
        s.send('workspace/didChangeWatchedFiles', { changes: [{ uri: libUri, type: 2 }] });
        const diagnostics = await s.waitForPublication(mainUri, before);
        assert.ok(codes(diagnostics).includes('linking-error'), JSON.stringify(codes(diagnostics)));
    });
});
