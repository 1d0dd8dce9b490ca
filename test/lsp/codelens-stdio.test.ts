import { strict as assert } from 'node:assert';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp-client.js';

const TEXT = [
    '// a comment before the playbook',
    'import "./lib.playbook"',
    '',
    'playbook spring "春季活动" {',
    '  start 2026-03-02',
    '}',
    '',
].join('\n');

async function lenses(s: LspSession, uri: string, text: string): Promise<CodeLens[]> {
    s.open(uri, text);
    await s.waitForDiagnostics(uri);
    return s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
}

describe('code lens above `playbook NAME` (stdio server)', function () {
    this.timeout(60_000);

    it('offers Generate SOP calendar · Generate tracking spec · Preview timeline with the document URI', async () => {
        const s = await LspSession.start();
        try {
            const uri = 'file:///tmp/codelens-test/spring.playbook';
            const result = await lenses(s, uri, TEXT);
            assert.equal(result.length, 3);
            assert.deepEqual(result.map(l => l.command?.title), ['Generate SOP calendar', 'Generate tracking spec', 'Preview timeline']);
            assert.deepEqual(result.map(l => l.command?.command), ['playbook.generateCalendar', 'playbook.generateTracking', 'playbook.previewTimeline']);
            for (const lens of result) {
                assert.deepEqual(lens.command?.arguments, [uri]);
                assert.deepEqual(lens.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 15 } });
            }
        } finally {
            await s.stop();
        }
    });

    it('titles the lenses in Chinese for a zh-CN client', async () => {
        const s = await LspSession.start({ locale: 'zh-CN' });
        try {
            const result = await lenses(s, 'file:///tmp/codelens-test/zh.playbook', TEXT);
            assert.deepEqual(result.map(l => l.command?.title), ['生成 SOP 日历', '生成埋点方案', '预览时间线']);
        } finally {
            await s.stop();
        }
    });

    it('shows no lens on a library or a file without a playbook, and survives broken text', async () => {
        const s = await LspSession.start();
        try {
            assert.deepEqual(await lenses(s, 'file:///tmp/codelens-test/lib.playbook', 'library l { role a "A" }'), []);
            assert.deepEqual(await lenses(s, 'file:///tmp/codelens-test/empty.playbook', '// nothing yet\n'), []);
            const broken = await lenses(s, 'file:///tmp/codelens-test/broken.playbook', 'playbook half "t" { phase');
            assert.ok(Array.isArray(broken));
            assert.ok(broken.length === 0 || broken.length === 3);
        } finally {
            await s.stop();
        }
    });
});
