import { strict as assert } from 'node:assert';
import { EmptyFileSystem } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { TEMPLATE_NAMES, renderTemplate } from '../../language/authoring/templates.js';
import { createPlaybookServices } from '../../language/lsp/playbook-lsp-module.js';
import { TEMPLATE_COMMAND, TEMPLATES_COMMAND, asTemplatesResult, asTextResult } from '../../language/protocol/contract.js';

function server(locale: string) {
    const { shared, Playbook } = createPlaybookServices(EmptyFileSystem);
    Playbook.playbook.Locale.set(locale);
    const handler = shared.lsp.ExecuteCommandHandler!;
    return (command: string, args: unknown[]) => handler.executeCommand(command, args, CancellationToken.None);
}

describe('editor: New Playbook from Template (server commands)', () => {
    it('lists the six templates with labels in the editor\'s language', async () => {
        for (const [locale, first] of [['en', 'Community fission'], ['zh-CN', '社群裂变拉新']]) {
            const answer = asTemplatesResult(await server(locale)(TEMPLATES_COMMAND, []));
            assert.ok(answer.ok);
            assert.deepEqual(answer.templates.map(t => t.name), [...TEMPLATE_NAMES]);
            assert.equal(answer.templates[0].label, first);
        }
    });

    it('returns the text of a template, comments in the editor\'s language', async () => {
        const answer = asTextResult(await server('zh-CN')(TEMPLATE_COMMAND, [{ template: 'retention', start: '2027-01-04' }]));
        assert.ok(answer.ok);
        assert.equal(answer.text, renderTemplate('retention', { locale: 'zh-CN', start: '2027-01-04' }));
        assert.match(answer.text, /^\/\/ 沉睡用户唤醒/);
    });

    it('answers bad arguments with a message, never a throw', async () => {
        for (const args of [[], [{ template: 'webinar' }], [null], [{ template: 'live', start: '2027-02-30' }], [{ template: 'live', start: 5 }]]) {
            const answer = asTextResult(await server('en')(TEMPLATE_COMMAND, args));
            assert.equal(answer.ok, false, JSON.stringify(args));
            assert.ok(!answer.ok && answer.message.includes(TEMPLATE_COMMAND));
        }
    });

    it('the client narrows malformed answers to failures', () => {
        assert.equal(asTemplatesResult({ ok: true, templates: [{ name: 1 }] }).ok, false);
        assert.equal(asTextResult({ ok: true }).ok, false);
        assert.deepEqual(asTextResult({ ok: false, message: 'm' }), { ok: false, message: 'm' });
    });
});
