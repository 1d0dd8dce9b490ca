/**
 * send-cap as a planner reads it: the audience in the glossary's term (目标人群, not 用户分层) with
 * the spacing of the other messages, the cap as the clause is written (每日 1 次, not 每天). Code,
 * severity and range are the fixtures' (test/fixtures/rules/send-cap*.playbook); this checks the
 * range again here with a near miss (the same sends on two days).
 */
import { strict as assert } from 'node:assert';
import { build } from '../helpers/parse.js';

const TEXT = `playbook p "会员日" {
  start 2026-03-02
  holidays none
  owner ops
  role ops "运营"
  channel mass "企微群发" kind wecom { cap 1 per day quiet none }
  segment sleepy "沉睡会员" { tag "90天未下单" }
  phase go "爆发" kind burst days 2 {
    step first "秒杀提醒" day 1 at 09:30 on mass
    step second "二次提醒" day 1 at 15:00 on mass for sleepy
  }
}
`;

async function capFindings(text: string, locale: string) {
    const { diagnostics } = await build(text, {}, locale);
    return diagnostics.filter(d => d.code === 'send-cap');
}

describe('send-cap message', () => {
    it('zh-CN: 向目标人群 \'sleepy\' 的发送超出上限（每日 1 次）; warning on the step\'s channel', async () => {
        const [d, ...rest] = await capFindings(TEXT, 'zh-CN');
        assert.equal(rest.length, 0);
        assert.equal(d.severity, 2);
        const line = TEXT.split('\n').findIndex(l => l.includes('step second'));
        assert.equal(d.range.start.line, line);
        assert.equal(TEXT.split('\n')[line].slice(d.range.start.character, d.range.end.character), 'mass');
        assert.equal(String(d.message), "SOP 动作 'second' 在渠道 'mass' 向目标人群 'sleepy' 的发送超出上限（每日 1 次）：单日（2026-03-02），同时计入 first。超出上限的消息不会送达。");
    });

    it('en: to segment \'sleepy\' beyond its cap (1 per day)', async () => {
        const [d] = await capFindings(TEXT, 'en');
        assert.match(String(d.message), /^Step 'second' sends on channel 'mass' to segment 'sleepy' beyond its cap \(1 per day\) in one day \(2026-03-02\), counted with first:/);
    });

    it('everyone reads 向所有人的发送 (no space); near miss: the second send on day 2 is within the cap', async () => {
        const [d] = await capFindings(TEXT.replace(' for sleepy', ''), 'zh-CN');
        assert.match(String(d.message), /在渠道 'mass' 向所有人的发送超出上限（每日 1 次）/);
        assert.deepEqual(await capFindings(TEXT.replace('step second "二次提醒" day 1', 'step second "二次提醒" day 2'), 'zh-CN'), []);
    });
});
