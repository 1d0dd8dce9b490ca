import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp-client.js';

const LIB = [
    '// shared team',
    'library team {',
    '  role ops "运营" // the lead',
    '  channel group "社群" kind wechat_group',
    '}',
    '',
].join('\n');

const MAIN = [
    'import "./team.playbook"',
    'playbook launch "上新" {',
    '  start 2026-03-02',
    '  owner ops /* default owner */',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 1 at 10:00 on group owner ops // explicit',
    '  }',
    '}',
    '',
].join('\n');

function positionOf(text: string, needle: string, delta = 1) {
    const doc = TextDocument.create('file:///x', 'playbook', 1, text);
    const at = text.indexOf(needle);
    assert.ok(at >= 0);
    return doc.positionAt(at + delta);
}

function apply(text: string, edits: { range: Range; newText: string }[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'playbook', 1, text), edits);
}

describe('rename across files (stdio server, workspace folder)', function () {
    this.timeout(60_000);
    let dir: string;
    let s: LspSession;
    let libUri: string;
    let mainUri: string;

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-rename-'));
        writeFileSync(join(dir, 'team.playbook'), LIB);
        writeFileSync(join(dir, 'launch.playbook'), MAIN);
        libUri = pathToFileURL(join(dir, 'team.playbook')).href;
        mainUri = pathToFileURL(join(dir, 'launch.playbook')).href;
        s = await LspSession.start({ workspace: dir });
        s.open(mainUri, MAIN);
        const diagnostics = await s.waitForDiagnostics(mainUri);
        assert.ok(!diagnostics.some(d => d.code === 'linking-error'), JSON.stringify(diagnostics));
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('prepareRename gives the name range on a reference and refuses a keyword', async () => {
        const range = await s.request<Range | null>('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: positionOf(MAIN, 'owner ops', 7) });
        assert.deepEqual(range, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
        const keyword = await s.request<Range | null>('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: positionOf(MAIN, 'phase warmup', 2) });
        assert.equal(keyword, null);
    });

    it('renaming a library role from a playbook edits the library and every use, nothing else', async () => {
        const edit = await s.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: mainUri }, position: positionOf(MAIN, 'owner ops', 7), newName: '运营负责人',
        });
        assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [libUri, mainUri].sort());
        const lib = apply(LIB, edit.changes![libUri]);
        const main = apply(MAIN, edit.changes![mainUri]);
        assert.equal(lib, LIB.replace('role ops', 'role 运营负责人'));
        assert.equal(main, MAIN.replace(/owner ops/g, 'owner 运营负责人'));
    });

    it('refuses an invalid new name with an error message', async () => {
        await assert.rejects(
            s.request('textDocument/rename', { textDocument: { uri: mainUri }, position: positionOf(MAIN, 'owner ops', 7), newName: 'not a name' }),
            /'not a name' is not a valid name/,
        );
        await assert.rejects(
            s.request('textDocument/rename', { textDocument: { uri: mainUri }, position: positionOf(MAIN, 'on group', 4), newName: 'phase' }),
            /not a valid name/,
        );
    });
});
