/** The real calendar in the editor: hovers and inlay hints with D offsets and day marks, channel limits. */
import { strict as assert } from 'node:assert';
import type { InlayHint } from 'vscode-languageserver';
import { completeAt, dispose, hoverAt as hoverIn, labels, lspServices, workspace } from './lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

const TEXT = `playbook golden "国庆" {
  dday 2026-10-01
  owner ops
  role ops "运营"
  channel oa "服务号" kind official_account
  channel mass "企微群发" kind wecom { cap 1 per day quiet none }
  asset poster "海报" kind poster { ready D-6 }
  phase warm "预热" kind warmup days 5 { step teaser "预告" day D-3 at 10:00 on oa uses poster }
  phase burst "国庆" kind burst days 7 { step flash "秒杀" days D..D+2 at 10:00 on mass }
  risk slow "不足" kind traffic { when k < 10 by D+1 then "加推" }
  kpi k "订单" target 100
}`;

const hoverAt = (services: ReturnType<typeof lspServices>, needle: string, text = TEXT): Promise<string> => hoverIn(services, text, needle, 1);

async function hintsOf(services: ReturnType<typeof lspServices>, text = TEXT): Promise<string[]> {
    const docs = await workspace(services, { 'main.playbook': text });
    try {
        const doc = docs['main.playbook'];
        const hints = (await services.lsp.InlayHintProvider!.getInlayHints(doc, {
            textDocument: { uri: doc.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(text.length) },
        })) as InlayHint[];
        return hints.map(h => `${h.position.line}:${typeof h.label === 'string' ? h.label : ''}`);
    } finally {
        await dispose(services, docs);
    }
}

describe('the real calendar in the editor', () => {
    it('inlay hints: date, weekday, day mark and D offset after D-relative days', async () => {
        const zhHints = await hintsOf(zh);
        assert.ok(zhHints.includes('6:09-25 周五 · 中秋 · D-6'), zhHints.join('\n'));
        assert.ok(zhHints.includes('7:09-28 周一 · D-3'), zhHints.join('\n'));
        assert.ok(zhHints.includes('9:10-02 周五 · 国庆节 · D+1'), zhHints.join('\n'));
        const enHints = await hintsOf(en);
        assert.ok(enHints.includes('7:09-28 Mon · D-3'), enHints.join('\n'));
    });

    it('inlay hints of a repeating playbook show the first run and the number of runs', async () => {
        const text = TEXT.replace('dday 2026-10-01', 'repeat weekly on thu from 2026-10-01 until 2026-10-29');
        const hints = await hintsOf(zh, text);
        assert.ok(hints.includes('7:09-28 周一 · D-3 · 共 5 期'), hints.join('\n'));
    });

    it('hover of a step lists its occurrences with day marks and D offsets', async () => {
        const h = await hoverAt(zh, 'flash');
        assert.match(h, /2026-10-01 周四 10:00–10:30 · 国庆节 · D\b/);
        assert.match(h, /2026-10-03 周六 10:00–10:30 · 国庆节 · D\+2/);
    });

    it('hover of a channel shows its effective cap and quiet hours', async () => {
        const oa = await hoverAt(en, 'oa "服务号"');
        assert.match(oa, /Sending cap: none/);
        assert.match(oa, /Quiet hours: 22:00\.\.08:00 \(default of kind official_account\)/);
        const mass = await hoverAt(zh, 'mass "企微群发"');
        assert.match(mass, /发送上限：每日 1 次（每位客户）/); // as the cap clause is written: 上限 每日 1 次
        assert.match(mass, /免打扰时段：无/);
        const wecom = await hoverAt(en, ' w "企微"', TEXT.replace('channel oa', 'channel w "企微" kind wecom\n  channel oa'));
        assert.match(wecom, /Sending cap: as many per month as the month has days per customer \(default of kind wecom\)/);
    });

    it('completion: the new clauses, weekdays after `weekly on`, `last` after `monthly on`, D after `day`', async () => {
        const header = labels(await completeAt(en, 'playbook p "t" {\n  <|>\n}'));
        for (const k of ['dday', 'repeat', 'anchor', 'holidays', 'holiday', 'workday']) assert.ok(header.includes(k), `${k} in ${header.join(' ')}`);
        const weekdays = await completeAt(zh, 'playbook p "t" {\n  repeat weekly on <|>\n}');
        assert.deepEqual(labels(weekdays).filter(l => /^[a-z]{3}$/.test(l)), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
        assert.equal(weekdays.find(i => i.label === 'thu')?.detail, '周四');
        assert.ok(labels(await completeAt(en, 'playbook p "t" {\n  repeat monthly on <|>\n}')).includes('last'));
        assert.ok(labels(await completeAt(en, 'playbook p "t" {\n  holidays <|>\n}')).includes('cn'));
        const inStep = labels(await completeAt(en, 'playbook p "t" {\n  dday 2026-10-01\n  phase a "a" kind burst days 3 { step s "s" day <|> }\n}'));
        assert.ok(inStep.includes('D'), inStep.join(' '));
        const channel = labels(await completeAt(en, 'playbook p "t" {\n  channel c "c" kind wecom { <|> }\n}'));
        assert.ok(channel.includes('cap') && channel.includes('quiet'), channel.join(' '));
    });
});
