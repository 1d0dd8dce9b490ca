/**
 * Calendar findings as a Chinese planner reads them. send-cap: the audience in the glossary's term
 * (目标人群, not 用户分层) with the spacing of the other messages, the cap as the clause is written
 * (每日 1 次, not 每天). quiet-hours: 「21:30..08:00 内」 spaced. due-on-day-off: the days listed with
 * 、 and the reason in full-width parentheses. Code, severity and range are the fixtures'
 * (test/fixtures/rules/*.playbook); send-cap's range is checked again here with a near miss.
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

    it('quiet-hours (zh-CN): the declared window spaced before 内; the default says so; near miss: 08:00 is outside', async () => {
        const text = TEXT.replace('quiet none', 'quiet 21:30..08:00').replace('day 1 at 15:00', 'day 2 at 22:00');
        const { diagnostics } = await build(text, {}, 'zh-CN');
        const quiet = diagnostics.filter(d => d.code === 'quiet-hours');
        assert.equal(quiet.length, 1);
        assert.equal(quiet[0].severity, 2);
        assert.match(String(quiet[0].message), /的发送时间 22:00 落在免打扰时段 21:30\.\.08:00 内：/);
        const byDefault = (await build(text.replace(' quiet 21:30..08:00', ''), {}, 'zh-CN')).diagnostics.find(d => d.code === 'quiet-hours');
        assert.match(String(byDefault?.message), /落在免打扰时段 22:00\.\.08:00（该渠道类型的默认值）内：/);
        const morning = await build(text.replace('day 2 at 22:00', 'day 2 at 08:00'), {}, 'zh-CN');
        assert.deepEqual(morning.diagnostics.filter(d => d.code === 'quiet-hours'), []);
    });

    it('due-on-day-off (zh-CN): days listed with 、, the reason in full-width parentheses (en keeps ", " and "( )")', async () => {
        const text = `playbook p "国庆" {
  start 2026-09-28
  owner ops
  role ops "运营"
  asset a "海报" kind poster { ready 2026-10-01 }
  asset b "规则" kind poster { ready 2026-10-04 }
  asset c "券" kind coupon { ready 2026-10-03 }
  phase go "爆发" kind burst days 10 { step s "发布" day 8 uses a, b, c }
}
`;
        const zh = (await build(text, {}, 'zh-CN')).diagnostics.filter(d => d.code === 'due-on-day-off').map(d => String(d.message));
        assert.ok(zh.some(m => m.startsWith('物料 \'b\' 的截止日是休息日：2026-10-04 周日（国庆节）。')), zh.join('\n'));
        const en = (await build(text, {}, 'en')).diagnostics.filter(d => d.code === 'due-on-day-off').map(d => String(d.message));
        assert.ok(en.some(m => m.startsWith("Asset 'b' is due on a day off: 2026-10-04 Sun (国庆节).")), en.join('\n'));
        // Two dates in one finding: a repeating playbook whose due date is off in two runs.
        const runs = text.replace('start 2026-09-28', 'repeat 2026-09-28, 2026-10-05\n  anchor go').replace('ready 2026-10-04', 'ready D-1');
        const two = (await build(runs, {}, 'zh-CN')).diagnostics.find(d => d.code === 'due-on-day-off' && String(d.message).includes("'b'"));
        assert.match(String(two?.message), /：2026-09-27 周日（中秋）、2026-10-04 周日（国庆节）。/);
    });
});
