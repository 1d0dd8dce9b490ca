import { strict as assert } from 'node:assert';
import type { LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { applyWorkspaceEdit, buildWorkspace, type LspWorkspace, tokenStream } from '../helpers/lsp-edits.js';

const LIB = [
    '// the team',
    'library team {',
    '  role ops "运营" // lead',
    '  role dev "技术"',
    '  channel group "社群" kind wechat_group',
    '  track paid "付费" { on group property amount number required }',
    '}',
    '',
].join('\n');

const MAIN = [
    'import "./lib.playbook"',
    'playbook p "活动" {',
    '  start 2026-03-02',
    '  owner ops /* default */',
    '  role host "主播"',
    '  asset poster "海报" { owner ops ready warmup day 1 }',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 1 on group uses poster owner ops // who',
    '    step live "直播" day 2 on group owner host',
    '  }',
    '  kpi gmv "成交额" = sum paid.amount where amount = 1',
    '  risk low "不足" kind traffic { when gmv < 10% by warmup day 3 then "加投" owner ops }',
    '}',
    '',
].join('\n');

const OTHER = [
    'import "./lib.playbook"',
    'playbook q { start 2026-05-04 owner ops phase w days 1 { step s day 1 on group } }',
    '',
].join('\n');

async function workspace(): Promise<LspWorkspace> {
    return buildWorkspace({ 'lib.playbook': LIB, 'main.playbook': MAIN, 'other.playbook': OTHER });
}

function offsetOf(doc: LangiumDocument, needle: string, nth = 0): number {
    const text = doc.textDocument.getText();
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        assert.ok(at >= 0, `no ${needle}`);
    }
    return at;
}

async function rename(ws: LspWorkspace, path: string, needle: string, newName: string, nth = 0): Promise<WorkspaceEdit | undefined> {
    const doc = ws.docs.get(path)!;
    const position = doc.textDocument.positionAt(offsetOf(doc, needle, nth) + 1);
    return ws.services.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName });
}

async function prepare(ws: LspWorkspace, path: string, needle: string, nth = 0, delta = 1) {
    const doc = ws.docs.get(path)!;
    const position = doc.textDocument.positionAt(offsetOf(doc, needle, nth) + delta);
    return ws.services.lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position });
}

/** Applies the edit and rebuilds; checks nothing but the renamed names changed and everything still links. */
async function applyAndCheck(ws: LspWorkspace, edit: WorkspaceEdit, oldName: string, newName: string): Promise<Record<string, string>> {
    const texts: Record<string, string> = {};
    for (const [path, doc] of ws.docs) texts[path] = doc.textDocument.getText();
    const byUri: Record<string, string> = {};
    for (const [path, doc] of ws.docs) byUri[doc.uri.toString()] = texts[path];
    const changed = applyWorkspaceEdit(byUri, edit);
    const after: Record<string, string> = {};
    for (const [path, doc] of ws.docs) after[path] = changed[doc.uri.toString()];
    for (const path of Object.keys(texts)) {
        const before = tokenStream(ws.services, texts[path]);
        const now = tokenStream(ws.services, after[path]);
        assert.equal(now.length, before.length, `${path}: token count changed`);
        for (let i = 0; i < before.length; i++) {
            if (before[i] !== now[i]) {
                assert.match(before[i], new RegExp(` ${oldName}$`), `${path}: ${before[i]} changed to ${now[i]}`);
                assert.match(now[i], new RegExp(` ${newName}$`));
            }
        }
    }
    const rebuilt = await buildWorkspace(after);
    for (const [path, doc] of rebuilt.docs) {
        const errors = (doc.diagnostics ?? []).filter(d => d.code === 'linking-error' || d.code === 'parsing-error' || d.code === 'duplicate-name');
        assert.deepEqual(errors.map(e => e.message), [], `${path} after rename:\n${after[path]}`);
    }
    return after;
}

describe('rename: across imported files', () => {
    it('renaming a library role renames its uses in every importing playbook', async () => {
        const ws = await workspace();
        const edit = await rename(ws, 'lib.playbook', 'ops', 'operator');
        assert.ok(edit?.changes);
        assert.deepEqual(Object.keys(edit.changes).sort(), ['lib.playbook', 'main.playbook', 'other.playbook'].map(p => ws.uriOf(p)).sort());
        assert.equal(edit.changes[ws.uriOf('main.playbook')].length, 4);
        const after = await applyAndCheck(ws, edit, 'ops', 'operator');
        assert.ok(after['lib.playbook'].includes('  role operator "运营" // lead\n'));
        assert.ok(after['main.playbook'].includes('  owner operator /* default */\n'));
        assert.ok(after['main.playbook'].includes('uses poster owner operator // who'));
        assert.ok(after['other.playbook'].includes('owner operator phase w'));
    });

    it('renaming from a reference in a playbook renames the library declaration too', async () => {
        const ws = await workspace();
        const edit = await rename(ws, 'main.playbook', 'group', '福利群');
        const after = await applyAndCheck(ws, edit!, 'group', '福利群');
        assert.ok(after['lib.playbook'].includes('channel 福利群 "社群"'));
        assert.ok(after['lib.playbook'].includes('{ on 福利群 property'));
        assert.ok(after['other.playbook'].includes('on 福利群 }'));
    });

    it('renames a track property everywhere a formula or filter reads it', async () => {
        const ws = await workspace();
        const edit = await rename(ws, 'main.playbook', 'amount', 'total');
        const after = await applyAndCheck(ws, edit!, 'amount', 'total');
        assert.ok(after['lib.playbook'].includes('property total number'));
        assert.ok(after['main.playbook'].includes('sum paid.total where total = 1'));
    });

    it('renames a phase with its day references, and a local role', async () => {
        const ws = await workspace();
        let edit = await rename(ws, 'main.playbook', 'warmup', 'preheat');
        let after = await applyAndCheck(ws, edit!, 'warmup', 'preheat');
        assert.ok(after['main.playbook'].includes('ready preheat day 1'));
        assert.ok(after['main.playbook'].includes('by preheat day 3'));
        assert.ok(after['main.playbook'].includes('kind warmup'), 'the kind value is not the phase name');
        edit = await rename(ws, 'main.playbook', 'host', 'review');
        after = await applyAndCheck(ws, edit!, 'host', 'review');
        assert.ok(after['main.playbook'].includes('role review "主播"'));
        assert.ok(after['main.playbook'].includes('owner review\n'));
    });

    it('keeps every comment and the text around the names', async () => {
        const ws = await workspace();
        const edit = await rename(ws, 'main.playbook', 'ops', 'x', 0);
        const after = await applyAndCheck(ws, edit!, 'ops', 'x');
        assert.equal(after['main.playbook'].replace(/\bx\b/g, 'ops'), MAIN);
        assert.equal(after['lib.playbook'].replace(/\bx\b/g, 'ops'), LIB);
    });
});

describe('rename: what can be renamed, and to what', () => {
    it('prepareRename accepts names and references, refuses keywords, strings and punctuation', async () => {
        const ws = await workspace();
        const main = ws.docs.get('main.playbook')!;
        const nameRange = await prepare(ws, 'main.playbook', 'host');
        assert.ok(nameRange);
        assert.equal(main.textDocument.getText(nameRange), 'host');
        const refRange = await prepare(ws, 'main.playbook', 'owner ops', 0, 7);
        assert.equal(main.textDocument.getText(refRange!), 'ops');
        assert.equal(await prepare(ws, 'main.playbook', 'step hello'), undefined);
        assert.equal(await prepare(ws, 'main.playbook', 'owner ops', 0, 2), undefined);
        assert.equal(await prepare(ws, 'main.playbook', '"预热"', 0, 1), undefined);
        assert.equal(await prepare(ws, 'main.playbook', '{', 0, 0), undefined);
        assert.equal(await prepare(ws, 'main.playbook', '2026-03-02', 0, 3), undefined);
    });

    it('rejects names that are not identifiers, with a clear message', async () => {
        const ws = await workspace();
        for (const bad of ['step', '1abc', 'a b', '', 'a-b', '"x"', 'ops // c', 'x.y', '  ops']) {
            await assert.rejects(rename(ws, 'main.playbook', 'host', bad), (e: unknown) => {
                assert.ok(e instanceof ResponseError, String(e));
                assert.match(e.message, /is not a valid name/);
                return true;
            }, `accepted ${JSON.stringify(bad)}`);
        }
    });

    it('explains the refusal in Chinese for zh-CN', async () => {
        const ws = await buildWorkspace({ 'lib.playbook': LIB, 'main.playbook': MAIN }, { locale: 'zh-CN' });
        await assert.rejects(rename(ws, 'main.playbook', 'host', 'phase'), /不是合法的名称/);
    });

    it('refuses a name that another declaration of the same category already has', async () => {
        const ws = await workspace();
        await assert.rejects(rename(ws, 'main.playbook', 'host', 'dev'), /role 'dev' already exists \(lib\.playbook\)/);
        await assert.rejects(rename(ws, 'lib.playbook', 'dev', 'host'), /role 'host' already exists \(main\.playbook\)/);
        await assert.rejects(rename(ws, 'main.playbook', 'live', 'hello'), /step 'hello' already exists/);
        // Another category may share the name.
        const edit = await rename(ws, 'main.playbook', 'host', 'poster');
        await applyAndCheck(ws, edit!, 'host', 'poster');
    });
});
