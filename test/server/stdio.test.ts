import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession, ROOT } from '../helpers/lsp-client.js';

describe('playbook-language-server --stdio', function () {
    this.timeout(60_000);
    let tmp: string;
    before(() => { tmp = mkdtempSync(join(tmpdir(), 'playbook-lsp-')); });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('publishes diagnostics with codes, severities, ranges and documentation links', async () => {
        const s = await LspSession.start();
        try {
            const uri = pathToFileURL(join(tmp, 'flawed.playbook')).href;
            s.open(uri, readFileSync(join(ROOT, 'docs', 'mistakes', 'flawed.playbook'), 'utf8'));
            const diagnostics = await s.waitForDiagnostics(uri);
            const byCode = new Map<string, Diagnostic>(diagnostics.map(d => [String(d.code), d]));
            const assetNotReady = byCode.get('asset-not-ready')!;
            assert.equal(assetNotReady.severity, 1);
            assert.deepEqual(assetNotReady.range, { start: { line: 20, character: 46 }, end: { line: 20, character: 52 } });
            assert.match(String(assetNotReady.message), /Step 'a' \(2026-06-02\) uses asset 'poster', which is not ready until 2026-06-03/);
            assert.match(assetNotReady.codeDescription!.href, /README\.md#rule-asset-not-ready$/);
            assert.equal(byCode.get('linking-error')?.severity, 1);
            assert.equal(byCode.get('unused-declaration')?.severity, 4);
            assert.deepEqual(byCode.get('unused-declaration')?.tags, [1]);
            for (const d of diagnostics) assert.ok(typeof d.code === 'string' && d.codeDescription, JSON.stringify(d));
        } finally {
            await s.stop();
        }
    });

    it('speaks the locale the client sends', async () => {
        const s = await LspSession.start({ locale: 'zh-cn' });
        try {
            const uri = pathToFileURL(join(tmp, 'zh.playbook')).href;
            s.open(uri, 'playbook p "活动" { start 2026-02-30 }');
            const diagnostics = await s.waitForDiagnostics(uri);
            const invalid = diagnostics.find(d => d.code === 'invalid-date')!;
            assert.equal(invalid.message, "'2026-02-30' 不是有效的日历日期。");
        } finally {
            await s.stop();
        }
    });

    it('updates diagnostics on incremental edits and answers completion', async () => {
        const s = await LspSession.start();
        try {
            const uri = pathToFileURL(join(tmp, 'edit.playbook')).href;
            const text = 'playbook p "t" {\n  start 2026-09-07\n  owner ops\n  role ops "o"\n  channel group "g" kind wechat_group\n  phase a "A" kind warmup days 7 {\n    step s "x" day 9 on \n  }\n}\n';
            s.open(uri, text, 1);
            const first = await s.waitForDiagnostics(uri, 1);
            assert.ok(first.some(d => d.code === 'day-out-of-range'));
            // day 9 → day 3 (line 6, "day 9" at character 19..20)
            const published = s.publications.get(uri) ?? 0;
            s.change(uri, 2, [{ range: { start: { line: 6, character: 19 }, end: { line: 6, character: 20 } }, text: '3' }]);
            const second = await s.waitForPublication(uri, published);
            assert.ok(!second.some(d => d.code === 'day-out-of-range'), JSON.stringify(second));
            const completion = await s.request<CompletionList | CompletionItem[]>('textDocument/completion', {
                textDocument: { uri }, position: { line: 6, character: 25 },
            });
            const items = Array.isArray(completion) ? completion : completion.items;
            assert.ok(items.some(i => i.label === 'group'), `channel completion after 'on': ${items.map(i => i.label).join(', ')}`);
        } finally {
            await s.stop();
        }
    });

    it('resolves imports between files of the workspace folder', async () => {
        const ws = mkdtempSync(join(tmpdir(), 'playbook-ws-'));
        try {
            writeFileSync(join(ws, 'team.playbook'), 'library team { role ops "运营" }');
            const text = 'import "./team.playbook"\nplaybook p "t" { start 2026-09-07 owner ops }';
            writeFileSync(join(ws, 'main.playbook'), text);
            const s = await LspSession.start({ workspace: ws });
            try {
                const uri = pathToFileURL(join(ws, 'main.playbook')).href;
                s.open(uri, text);
                const d = await s.waitForDiagnostics(uri);
                assert.ok(!d.some(x => x.code === 'linking-error' || x.code === 'import-not-found'), JSON.stringify(d));
            } finally {
                await s.stop();
            }
        } finally {
            rmSync(ws, { recursive: true, force: true });
        }
    });

    it('loads an imported library from disk when no workspace folder holds it', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'playbook-loose-'));
        try {
            writeFileSync(join(dir, 'team.playbook'), 'library team { role ops "运营" }');
            const text = 'import "./team.playbook"\nplaybook p "t" { start 2026-09-07 owner ops }';
            const s = await LspSession.start();
            try {
                const uri = pathToFileURL(join(dir, 'main.playbook')).href;
                s.open(uri, text);
                // The very first diagnostics already see the library (it is loaded before linking).
                const first = await s.waitForDiagnostics(uri, undefined, 30_000);
                assert.deepEqual(first.filter(x => x.code === 'linking-error' || x.code === 'import-not-found'), []);
                assert.equal(s.publications.get(uri), 1);
                // An import typed later is loaded too, and the file built again.
                writeFileSync(join(dir, 'more.playbook'), 'library more { channel oa "公众号" kind official_account }');
                s.diagnostics.delete(uri);
                s.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'import "./more.playbook"\n' }]);
                await s.waitFor(() => s.diagnostics.get(uri), 30_000, 'diagnostics after the edit');
                s.diagnostics.delete(uri);
                s.change(uri, 3, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'playbook q "t" { start 2026-09-07 owner ops step s "x" day 1 on oa }\n' }]);
                const d = await s.waitFor(() => {
                    const list = s.diagnostics.get(uri)?.diagnostics;
                    return list && !list.some(x => x.code === 'linking-error' || x.code === 'import-not-found') ? list : undefined;
                }, 30_000, 'diagnostics without unresolved names after an import was typed');
                assert.ok(Array.isArray(d));
            } finally {
                await s.stop();
            }
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
