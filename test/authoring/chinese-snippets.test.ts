import { strict as assert } from 'node:assert';
import { chineseSnippet } from '../../language/lsp/chinese-snippets.js';
import { playbookSnippet, riskSnippet } from '../../language/lsp/completion-provider.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { convertKeywords, layoutText } from '../../language/syntax/format-text.js';
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
});
