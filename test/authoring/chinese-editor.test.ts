/** Completion, hover and semantic tokens with Chinese keywords, in both editor languages. */
import { strict as assert } from 'node:assert';
import { SemanticTokensDecoder } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { completeAt, dispose, hoverAt as hoverIn, labels, lspServices, workspace } from '../lsp/lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

const ZH_TEXT = `活动 p "活动" {
  开始 2026-10-12
  负责人 ops
  角色 ops "运营"
  渠道 活动群 "活动群" 类型 社群
  阶段 warmup "预热" 类型 预热 为期 7 天 {
    动作 a "发海报" 第 2 天 于 10:00 在 活动群
  }
}
`;

const hoverAt = (needle: string, services = zh, text = ZH_TEXT): Promise<string> => hoverIn(services, text, needle);

describe('Chinese keywords in the editor', () => {
    const inPhase = (body: string) => `活动 p "t" {\n  开始 2026-10-12\n  阶段 w "w" 为期 7 天 {\n    ${body}\n  }\n}`;

    it('completion offers keywords in the editor\'s language', async () => {
        const zhItems = await completeAt(zh, inPhase('<|>'));
        assert.ok(labels(zhItems).includes('动作'));
        assert.ok(labels(zhItems).includes('里程碑'));
        assert.ok(!zhItems.some(i => i.label === 'step' && i.kind === CompletionItemKind.Keyword));
        const enItems = await completeAt(en, inPhase('<|>'));
        assert.ok(labels(enItems).includes('step'));
        // (The snippets follow the document's keywords: chinese-snippets.test.ts.)
        assert.ok(!enItems.some(i => i.label === '动作' && i.kind === CompletionItemKind.Keyword));
    });

    it('completion offers 第 N 天 and 于 / 每天 in Chinese, day and at in English, never the other language\'s construction', async () => {
        const zhItems = await completeAt(zh, inPhase('动作 a "x" <|>'));
        const day = zhItems.find(i => i.label === '第 N 天')!;
        assert.equal(day.insertText, '第 ${1:1} 天');
        assert.equal(day.insertTextFormat, InsertTextFormat.Snippet);
        assert.ok(zhItems.some(i => i.label === '第 A..B 天'));
        for (const k of ['于', '每天', '在', '持续', '负责人', '提前']) assert.ok(labels(zhItems).includes(k), k);
        for (const k of ['day', 'days', 'at', 'for', '第']) assert.ok(!zhItems.some(i => i.label === k && i.kind === CompletionItemKind.Keyword), k);
        const enItems = await completeAt(en, inPhase('step a "x" <|>'));
        for (const k of ['day', 'days', 'at', 'for', 'owner']) assert.ok(labels(enItems).includes(k), k);
        for (const k of ['第', '为期', '持续', '面向', '第 N 天']) assert.ok(!labels(enItems).includes(k), k);
        const phase = await completeAt(zh, '活动 p "t" {\n  阶段 w "w" <|>\n}');
        assert.ok(phase.some(i => i.label === '为期 N 天' && i.kind === CompletionItemKind.Keyword));
    });

    it('hovers explain both forms, in both languages', async () => {
        assert.match(await hoverAt('阶段'), /^\*\*`phase`\*\* · \*\*`阶段`\*\* — /);
        assert.match(await hoverAt('阶段', en), /^\*\*`phase`\*\* · \*\*`阶段`\*\* — A phase: a stretch of the timeline/);
        assert.match(await hoverAt('第 2'), /^\*\*`day N`\*\* · \*\*`第 N 天`\*\* — /);
        assert.match(await hoverAt('为期'), /^\*\*`days N`\*\* · \*\*`为期 N 天`\*\* — /);
        assert.match(await hoverAt('于 10'), /^\*\*`at 20:00`\*\* · \*\*`于 20:00 · 每天 20:00`\*\* — /);
        assert.match(await hoverAt('社群'), /`wechat_group` \(社群\) · `社群`/);
        const english = 'playbook p "t" {\n  start 2026-10-12\n  channel g "g" kind wechat_group\n}\n';
        assert.match(await hoverAt('wechat_group', en, english), /`wechat_group` \(WeChat group\) · `社群`/);
        assert.match(await hoverAt('channel', en, english), /^\*\*`channel`\*\* · \*\*`渠道`\*\*/);
    });

    it('semantic tokens mark Chinese keywords as keywords and names as names', async () => {
        const docs = await workspace(zh, { 'main.playbook': ZH_TEXT });
        try {
            const doc = docs['main.playbook'];
            const tokens = await zh.lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: { uri: doc.uri.toString() } });
            const legend = zh.lsp.SemanticTokenProvider!.tokenTypes;
            const byText = new Map<string, string>();
            for (const t of SemanticTokensDecoder.decode(tokens, legend, doc)) byText.set(doc.textDocument.getText({ start: doc.textDocument.positionAt(t.offset), end: doc.textDocument.positionAt(t.offset + t.text.length) }), t.tokenType);
            for (const k of ['活动', '负责人', '阶段', '为期', '动作', '第', '天', '于', '在']) assert.equal(byText.get(k), 'keyword', k);
            assert.notEqual(byText.get('活动群'), 'keyword');
            assert.ok(byText.has('活动群'));
        } finally {
            await dispose(zh, docs);
        }
    });
});
