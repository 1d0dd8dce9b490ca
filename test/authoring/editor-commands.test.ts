import { strict as assert } from 'node:assert';
import { EmptyFileSystem } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { withHolidayCoverage } from '../../language/authoring/template-holidays.js';
import { TEMPLATE_NAMES, renderTemplate } from '../../language/authoring/templates.js';
import { convertedText } from '../../language/lsp/authoring-commands.js';
import { createPlaybookServices } from '../../language/lsp/playbook-lsp-module.js';
import { CONVERT_KEYWORDS_COMMAND, SERVER_COMMANDS, TEMPLATE_COMMAND, TEMPLATES_COMMAND, asTemplatesResult, asTextResult } from '../../language/protocol/contract.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { convertKeywords } from '../../language/syntax/format-text.js';

const core = createPlaybookCoreServices().Playbook;

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
        const answer = asTextResult(await server('zh-CN')(TEMPLATE_COMMAND, [{ template: 'retention', start: '2027-01-04', keywords: 'en' }]));
        assert.ok(answer.ok);
        // 2027 is not in the holiday data yet: the template says so (template-holidays.ts).
        assert.equal(answer.text, (await withHolidayCoverage(renderTemplate('retention', { locale: 'zh-CN', start: '2027-01-04' })!, 'zh-CN')).text);
        assert.match(answer.text, /^ {2}holidays none$/m);
        assert.match(answer.text, /^\/\/ 沉睡用户唤醒/);
        // A Chinese editor gets Chinese keywords unless asked otherwise.
        const zh = asTextResult(await server('zh-CN')(TEMPLATE_COMMAND, [{ template: 'retention', start: '2027-01-04' }]));
        assert.ok(zh.ok);
        assert.match(zh.text, /^活动 retention "沉睡用户唤醒" \{$/m);
        // The same text in Chinese keywords, the comment too quoting the Chinese forms (放假 / 上班).
        assert.equal(zh.text, convertKeywords(core, answer.text.replace('holiday / workday', '放假 / 上班'), 'zh').text);
        assert.match(answer.text, /该年的 holiday \/ workday 行/);
        const en = asTextResult(await server('en')(TEMPLATE_COMMAND, [{ template: 'retention', start: '2027-01-04' }]));
        assert.ok(en.ok && /^playbook retention/m.test(en.text));
    });

    it('answers bad arguments with a message naming the field that does not fit, never a throw', async () => {
        const cases: [unknown[], RegExp][] = [
            [[], /arguments: must be object/],
            [[null], /arguments: must be object/],
            [[{ template: 'webinar' }], /: template: must be equal to one of the allowed values/],
            [[{ template: 'live', start: 5 }], /: start: must be string/],
            [[{ template: 'live', keywords: 'fr' }], /: keywords: must be equal to one of the allowed values/],
            [[{ template: 'live', start: '2027-02-30' }], /: start: YYYY-MM-DD$/],
        ];
        for (const [args, reason] of cases) {
            const answer = asTextResult(await server('en')(TEMPLATE_COMMAND, args));
            assert.equal(answer.ok, false, JSON.stringify(args));
            assert.ok(!answer.ok && answer.message.startsWith(`Invalid arguments for ${TEMPLATE_COMMAND}`), JSON.stringify(answer));
            assert.match(!answer.ok ? answer.message : '', reason);
        }
        // The near miss: the same request with the field right works.
        assert.ok(asTextResult(await server('en')(TEMPLATE_COMMAND, [{ template: 'live', start: '2027-02-01', keywords: 'zh' }])).ok);
        const zh = asTextResult(await server('zh-CN')(TEMPLATE_COMMAND, [{ template: 'live', keywords: 'fr' }]));
        assert.ok(!zh.ok && zh.message.startsWith(`命令 ${TEMPLATE_COMMAND} 的参数无效：keywords:`), JSON.stringify(zh));
    });

    it('the client narrows malformed answers to failures', () => {
        assert.equal(asTemplatesResult({ ok: true, templates: [{ name: 1 }] }).ok, false);
        assert.equal(asTextResult({ ok: true }).ok, false);
        assert.deepEqual(asTextResult({ ok: false, message: 'm' }), { ok: false, message: 'm' });
    });
});

describe('editor: Convert Keywords to Chinese / English (server command)', () => {
    const text = 'playbook p "t" {\n  start 2026-03-02\n  phase w "预热" kind warmup days 7 {\n    step a "a" days 2..3 at 09:00 // 注释\n  }\n}\n';

    it('is a command of the server, with the id the client sends', () => {
        assert.equal(CONVERT_KEYWORDS_COMMAND, SERVER_COMMANDS.convertKeywords);
        const { shared } = createPlaybookServices(EmptyFileSystem);
        assert.ok(shared.lsp.ExecuteCommandHandler!.commands.includes(CONVERT_KEYWORDS_COMMAND));
    });

    it('returns the text with its keywords converted, and back', () => {
        const zh = convertedText(text, 'zh', 'zh-CN', core);
        assert.ok(zh.ok);
        assert.equal(zh.text, '活动 p "t" {\n  开始 2026-03-02\n  阶段 w "预热" 类型 预热 为期 7 天 {\n    动作 a "a" 第 2..3 天 每天 09:00 // 注释\n  }\n}\n');
        const en = convertedText(zh.text, 'en', 'en', core);
        assert.ok(en.ok);
        assert.equal(en.text, text);
    });

    it('refuses a bad target language or a missing uri naming the field, and a text with syntax errors, with a message', async () => {
        for (const [arg, reason] of [[{ uri: 'file:///p.playbook', to: 'fr' }, /: to: must be equal to one of the allowed values/], [{ to: 'zh' }, /: arguments: must have required properties uri/], [{ uri: 7, to: 'zh' }, /: uri: must be string/]] as const) {
            const bad = asTextResult(await server('en')(CONVERT_KEYWORDS_COMMAND, [arg]));
            assert.ok(!bad.ok && bad.message.startsWith(`Invalid arguments for ${CONVERT_KEYWORDS_COMMAND}`), JSON.stringify(bad));
            assert.match(!bad.ok ? bad.message : '', reason);
        }
        // A good request converts (over stdio: test/lsp/commands-stdio.test.ts).
        const refused = convertedText('playbook p {\n  start\n}\n', 'zh', 'zh-CN', core);
        assert.ok(!refused.ok && /语法错误（第 3 行/.test(refused.message), JSON.stringify(refused));
    });
});
