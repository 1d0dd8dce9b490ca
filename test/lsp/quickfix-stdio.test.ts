import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp-client.js';

const TEXT = [
    'playbook p "活动" {',
    '  start 2026-03-02',
    '  owner ops',
    '  role ops "运营"',
    '  channel group "社群" kind wechat_group',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 1 on group owner host',
    '  }',
    '}',
    '',
].join('\n');

function apply(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'playbook', 1, text), edits);
}

describe('quick fixes and formatting over stdio', function () {
    this.timeout(60_000);

    it('the published diagnostic carries its data; its quick fix applies and the error goes away', async () => {
        const s = await LspSession.start();
        try {
            const uri = 'file:///tmp/quickfix-stdio/p.playbook';
            s.open(uri, TEXT);
            const diagnostics = await s.waitForDiagnostics(uri);
            const linking = diagnostics.find(d => d.code === 'linking-error') as Diagnostic;
            assert.ok(linking, JSON.stringify(diagnostics));
            const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
                textDocument: { uri }, range: linking.range, context: { diagnostics: [linking] },
            });
            assert.equal(actions.length, 1);
            assert.equal(actions[0].title, "Declare role 'host'");
            assert.equal(actions[0].kind, 'quickfix');
            const fixed = apply(TEXT, actions[0].edit!.changes![uri]);
            assert.ok(fixed.includes('  role ops "运营"\n  role host "host"\n'));
            s.diagnostics.delete(uri);
            s.change(uri, 2, [{ text: fixed }]);
            const after = await s.waitForDiagnostics(uri, 2);
            assert.ok(!after.some(d => d.code === 'linking-error' || d.severity === 1), JSON.stringify(after));
        } finally {
            await s.stop();
        }
    });

    it('formats a document to the canonical layout', async () => {
        const s = await LspSession.start();
        try {
            const uri = 'file:///tmp/quickfix-stdio/f.playbook';
            const messy = 'playbook   p {\n      role a   "A"   // c\n}';
            s.open(uri, messy);
            await s.waitForDiagnostics(uri);
            const edits = await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: false } });
            assert.equal(apply(messy, edits), 'playbook p {\n  role a "A"   // c\n}\n');
        } finally {
            await s.stop();
        }
    });
});
