import { strict as assert } from 'node:assert';
import { chineseSnippet } from '../../language/lsp/chinese-snippets.js';
import { playbookSnippet, riskSnippet } from '../../language/lsp/completion-provider.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { convertKeywords, layoutText } from '../../language/syntax/format-text.js';
import { CompletionItemKind } from 'vscode-languageserver';
import { completeAt, lspServices } from '../lsp/lsp-services.js';

const core = createPlaybookCoreServices().Playbook;

/** Fills a snippet with its default values (first choice; `${1}` repeats placeholder 1). */
function expand(snippet: string): string {
    const values = new Map<string, string>();
    snippet.replace(/\$\{(\d+):([^}]*)\}/g, (_, i: string, v: string) => { if (!values.has(i)) values.set(i, v); return ''; });
    snippet.replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, i: string, v: string) => { if (!values.has(i)) values.set(i, v); return ''; });
    return snippet.replace(/\$\{(\d+):([^}]*)\}/g, (_, i: string) => values.get(i)!).replace(/\$\{(\d+)\|[^}]*\|\}/g, (_, i: string) => values.get(i)!)
        .replace(/\$\{(\d+)\}/g, (_, i: string) => values.get(i) ?? '').replace(/\$0/g, '');
}

/** The Chinese snippet, expanded, is the English one expanded and converted. */
function assertSame(english: string, wrap: (body: string) => string = b => b): void {
    const zh = wrap(expand(chineseSnippet(english)));
    const en = wrap(expand(english));
    const back = convertKeywords(core, zh, 'en');
    assert.deepEqual(back.errors ?? [], [], zh);
    assert.equal(back.text, layoutText(core, en).text, zh);
}

describe('snippets in Chinese keywords', () => {
    it('a new playbook, a risk, a step and a KPI read in Chinese and mean what the English ones mean', () => {
        const now = new Date('2026-12-02T00:00:00Z');
        const pb = chineseSnippet(playbookSnippet('zh-CN', now));
        assert.match(pb, /^活动 \$\{1:campaign\}/);
        assert.match(pb, /阶段 warmup "预热期" 类型 预热 为期 \d+ 天/);
        assert.match(pb, /活动类型 \$\{5\|裂变,促活,促销,留存,其他\|\}/);
        assertSame(playbookSnippet('zh-CN', now));
        const inPlaybook = (body: string) => `playbook p "t" {\n  start 2026-03-02\n  channel group "g" kind wechat_group\n  track t "t" { on group }\n${body}\n}\n`;
        assert.match(chineseSnippet(riskSnippet('zh-CN')), /^风险 \$\{1:name\} "[^"]*" 类型 \$\{3\|流量不足,/);
        assertSame(riskSnippet('zh-CN'), inPlaybook);
        const step = 'step ${1:name} "${2:标题}" day ${3:1} at ${4:10:00} on ${6|group|}$0';
        assert.equal(chineseSnippet(step), '动作 ${1:name} "${2:标题}" 第 ${3:1} 天 于 ${4:10:00} 在 ${6|group|}$0');
        assertSame(step, body => inPlaybook(`  phase w "w" kind warmup days 7 {\n    ${body}\n  }`));
    });

    it('completion in a Chinese editor offers them under the Chinese keyword', async () => {
        const items = await completeAt(lspServices('zh-CN'), '<|>');
        const pb = items.find(i => i.label === '活动' && i.insertText?.includes('${1:campaign}'));
        assert.ok(pb, JSON.stringify(items.map(i => i.label)));
        const en = await completeAt(lspServices('en'), '<|>');
        assert.ok(en.some(i => i.label === 'playbook' && i.insertText?.startsWith('playbook ${1:campaign}')));
    });

    it('inside a document, the snippets take the keywords the document is written with, not the editor\'s language', async () => {
        const zhDoc = '活动 p "t" {\n  开始 2026-10-12\n  阶段 w "w" 为期 7 天 {\n    <|>\n  }\n}';
        const step = (await completeAt(lspServices('en'), zhDoc)).find(i => i.kind === CompletionItemKind.Snippet && i.label === '动作');
        assert.ok(step, 'a Chinese document in an English editor: the step snippet in Chinese');
        assert.match(step.insertText!, /^动作 \$\{1:name\} "\$\{2:[^}]*\}" 第 \$\{3:1\} 天 于 \$\{4:10:00\} 在 /);
        // Near miss: an English document in a Chinese editor gets the English snippet.
        const enDoc = 'playbook p "t" {\n  start 2026-10-12\n  phase w "w" days 7 {\n    <|>\n  }\n}';
        const items = await completeAt(lspServices('zh-CN'), enDoc);
        const enStep = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'step');
        assert.ok(enStep, JSON.stringify(items.filter(i => i.kind === CompletionItemKind.Snippet).map(i => i.label)));
        assert.match(enStep.insertText!, /^step \$\{1:name\} "\$\{2:[^}]*\}" day \$\{3:1\} at \$\{4:10:00\} on /);
        assert.ok(!items.some(i => i.kind === CompletionItemKind.Snippet && /[动作第于]/.test(i.insertText ?? '')));
    });
});
