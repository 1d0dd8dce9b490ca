/** Completion, hover and semantic tokens for the calendar's Chinese keywords, in both editor languages. */
import { strict as assert } from 'node:assert';
import { SemanticTokensDecoder } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { completeAt, dispose, hoverAt as hoverIn, labels, lspServices, workspace } from '../lsp/lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

const TEXT = `活动 md "会员日" {
  重复 每月 18 日 始于 2026-03 止于 2026-06 跳过 2026-05
  锚定阶段 burst
  节假日 中国大陆
  放假 2026-04-04..2026-04-06 "清明节"
  渠道 wx "企微群发" 类型 企业微信 { 上限 每日 1 次 免打扰 21:30..08:00 }
  阶段 burst "会员日" 类型 爆发 为期 2 天 {
    动作 checkin "签到" 第 1..2 天 每天 09:00 在 wx 仅工作日
  }
}
`;

const hoverAt = (needle: string, services = zh, text = TEXT): Promise<string> => hoverIn(services, text, needle);

const keywordLabels = (items: Awaited<ReturnType<typeof completeAt>>) => items.filter(i => i.kind === CompletionItemKind.Keyword).map(i => i.label);

describe('Chinese keywords of the real calendar in the editor', () => {
    const head = (line: string) => `活动 p "t" {\n  ${line}\n}`;

    it('completion offers the timeline clauses in the editor\'s language', async () => {
        const zhItems = keywordLabels(await completeAt(zh, head('<|>')));
        for (const k of ['重复', 'D日', '锚定阶段', '节假日', '放假', '上班']) assert.ok(zhItems.includes(k), k);
        for (const k of ['repeat', 'dday', 'anchor', 'holidays']) assert.ok(!zhItems.includes(k), k);
        const enItems = keywordLabels(await completeAt(en, head('<|>')));
        for (const k of ['repeat', 'dday', 'anchor', 'holidays', 'holiday', 'workday']) assert.ok(enItems.includes(k), k);
        for (const k of ['重复', 'D日', '节假日']) assert.ok(!enItems.includes(k), k);
    });

    it('completion offers 每月 N 日 / 每周 / 每 N 天 after 重复, monthly / weekly / every after repeat, values in the language of the keyword before them', async () => {
        const items = await completeAt(zh, head('重复 <|>'));
        const month = items.find(i => i.label === '每月 N 日')!;
        assert.equal(month.insertText, '每月 ${1:18} 日');
        assert.equal(month.insertTextFormat, InsertTextFormat.Snippet);
        for (const k of ['每月 最后一天', '每周', '每 N 天']) assert.ok(labels(items).includes(k), k);
        for (const k of ['monthly', 'weekly', 'every', '每月', '每']) assert.ok(!keywordLabels(items).includes(k), k);
        const english = keywordLabels(await completeAt(en, 'playbook p "t" {\n  repeat <|>\n}'));
        for (const k of ['monthly', 'weekly', 'every']) assert.ok(english.includes(k), k);
        for (const k of ['每月', '每周', '每', '每月 N 日']) assert.ok(!english.includes(k), k);
        const weekday = await completeAt(zh, head('重复 每周 <|>'));
        assert.ok(labels(weekday).includes('周四'));
        assert.ok(!labels(weekday).includes('thu'));
        assert.ok(labels(await completeAt(en, 'playbook p "t" {\n  repeat weekly on <|>\n}')).includes('thu'));
        // A value follows the language of the keyword before it, in either editor.
        const kinds = await completeAt(en, head('渠道 c "c" 类型 <|>'));
        assert.ok(labels(kinds).includes('社群') && !labels(kinds).includes('wechat_group'));
        assert.equal(kinds.find(i => i.label === '社群')!.detail, 'WeChat group · wechat_group');
        assert.ok(labels(await completeAt(zh, head('渠道 c "c" kind <|>'))).includes('wechat_group'));
    });

    it('completion offers 每日 / 每周 / 每月 N 次 after 上限, and the step clauses 仅工作日 and 跳过', async () => {
        const cap = await completeAt(zh, head('渠道 c "c" { 上限 <|> }'));
        for (const k of ['每日 N 次', '每周 N 次', '每月 N 次']) assert.ok(labels(cap).includes(k), k);
        assert.equal(cap.find(i => i.label === '每日 N 次')!.insertText, '每日 ${1:1} 次');
        const step = keywordLabels(await completeAt(zh, '活动 p "t" {\n  阶段 w "w" 为期 7 天 {\n    动作 a "x" 第 1 天 <|>\n  }\n}'));
        for (const k of ['仅工作日', '跳过']) assert.ok(step.includes(k), k);
        const holidays = labels(await completeAt(zh, head('节假日 <|>')));
        for (const k of ['中国大陆', '无']) assert.ok(holidays.includes(k), k);
    });

    it('completion offers D right after a step in Chinese (`D-3`), in English only after day / days / ready / by', async () => {
        const phase = (step: string) => `活动 p "t" {\n  D日 2026-10-01\n  阶段 a "a" 类型 爆发 为期 3 天 { ${step} }\n}`;
        assert.ok(keywordLabels(await completeAt(zh, phase('动作 s "s" <|>'))).includes('D'));
        assert.ok(!keywordLabels(await completeAt(en, phase('step s "s" <|>'))).includes('D'));
        assert.ok(keywordLabels(await completeAt(en, phase('step s "s" day <|>'))).includes('D'));
        assert.ok(keywordLabels(await completeAt(en, phase('step s "s" days D-2..<|>'))).includes('D'));
    });

    it('hovers explain both forms', async () => {
        assert.match(await hoverAt('重复'), /^\*\*`repeat`\*\* · \*\*`重复`\*\* — /);
        assert.match(await hoverAt('每月'), /^\*\*`monthly on 18 · monthly on last`\*\* · \*\*`每月 18 日 · 每月 最后一天`\*\* — /);
        assert.match(await hoverAt('每日'), /^\*\*`cap 1 per day\|week\|month`\*\* · \*\*`上限 每日\|每周\|每月 1 次`\*\* — /);
        assert.match(await hoverAt('仅工作日'), /^\*\*`workdays`\*\* · \*\*`仅工作日`\*\* — 只保留工作日/);
        assert.match(await hoverAt('节假日', en), /^\*\*`holidays`\*\* · \*\*`节假日`\*\* — `cn`/);
        assert.match(await hoverAt('锚定阶段', en), /^\*\*`anchor`\*\* · \*\*`锚定阶段`\*\* — /);
    });

    it('semantic tokens mark them as keywords', async () => {
        const docs = await workspace(zh, { 'main.playbook': TEXT });
        try {
            const doc = docs['main.playbook'];
            const tokens = await zh.lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: { uri: doc.uri.toString() } });
            const byText = new Map<string, string>();
            for (const t of SemanticTokensDecoder.decode(tokens, zh.lsp.SemanticTokenProvider!.tokenTypes, doc)) {
                byText.set(doc.textDocument.getText({ start: doc.textDocument.positionAt(t.offset), end: doc.textDocument.positionAt(t.offset + t.text.length) }), t.tokenType);
            }
            for (const k of ['重复', '每月', '日', '始于', '止于', '跳过', '锚定阶段', '节假日', '中国大陆', '放假', '上限', '每日', '次', '免打扰', '仅工作日']) {
                assert.equal(byText.get(k), 'keyword', k);
            }
        } finally {
            await dispose(zh, docs);
        }
    });
});
