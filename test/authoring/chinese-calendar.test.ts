/**
 * The real calendar in Chinese keywords (SCHEDULE.md, issue 12's clauses): `重复 每月 18 日 …`,
 * `每周 周四`, `每 14 天`, `节假日 中国大陆|无`, `放假` / `上班`, `仅工作日`, `跳过`, `上限 每日 1 次`,
 * `免打扰 …|无`, `D日`, `锚定阶段`. Each gives the tree and model of its English form, and
 * `fmt --keywords` converts each way exactly.
 */
import { strict as assert } from 'node:assert';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { layoutText } from '../../language/syntax/format-text.js';
import { keywordEdits } from '../../language/syntax/keyword-conversion.js';
import { build } from '../helpers/parse.js';
import { lastGiven } from '../../language/syntax/clauses.js';

const services = createPlaybookCoreServices().Playbook;

/** A message without the syntax it quotes, which each file gets in its own keywords (test/messages/quoted-syntax.test.ts). */
const unquoted = (message: unknown) => String(message).replace(/`[^`]*`/g, '`…`');

function tokens(text: string): string[] {
    const r = services.parser.Lexer.tokenize(text);
    assert.deepEqual(r.errors, []);
    return r.tokens.map(t => `${t.tokenType.name}:${t.image}`);
}

const convert = (text: string, to: 'en' | 'zh') => layoutText(services, text, root => keywordEdits(root, to)).text;

/** The AST without Langium's fields and with references as their text. */
const strip = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value) => (key.startsWith('$') && key !== '$type' ? undefined : value && typeof value === 'object' && '$refText' in value ? value.$refText : value)));

const PAIRS: Array<[string, string]> = [
    ['repeat monthly on 18 from 2026-03 until 2026-06 except 2026-05', '重复 每月 18 日 始于 2026-03 止于 2026-06 跳过 2026-05'],
    ['repeat monthly on last from 2026-03 until 2026-05', '重复 每月 最后一天 始于 2026-03 止于 2026-05'],
    ['repeat weekly on thu from 2026-03-05 until 2026-04-30 except 2026-04-02, 2026-04-09', '重复 每周 周四 始于 2026-03-05 止于 2026-04-30 跳过 2026-04-02, 2026-04-09'],
    ['repeat every 14 days from 2026-03-05 until 2026-04-30', '重复 每 14 天 始于 2026-03-05 止于 2026-04-30'],
    ['repeat 2026-03-08, 2026-06-18', '重复 2026-03-08, 2026-06-18'],
    ['dday 2026-03-18\n  anchor burst', 'D日 2026-03-18\n  锚定阶段 burst'],
];

function playbook(timeline: string, zh: boolean): string {
    const body = zh
        ? [
            '  节假日 中国大陆',
            '  放假 2026-04-04..2026-04-06 "清明节"',
            '  上班 2026-04-26 "调休上班"',
            '  渠道 wx "企微群发" 类型 企业微信 { 上限 每日 1 次 免打扰 21:30..08:00 }',
            '  渠道 fans "粉丝群" 类型 社群 { 上限 每周 7 次 免打扰 无 }',
            '  渠道 oa "服务号" 类型 公众号 { 上限 每月 4 次 }',
            '  阶段 burst "会员日" 类型 爆发 为期 2 天 {',
            '    动作 open "开抢" 第 1 天 于 10:00 在 wx',
            '    动作 checkin "签到" 第 1..2 天 每天 09:00 在 fans 仅工作日 跳过 2026-03-19',
            '  }',
        ]
        : [
            '  holidays cn',
            '  holiday 2026-04-04..2026-04-06 "清明节"',
            '  workday 2026-04-26 "调休上班"',
            '  channel wx "企微群发" kind wecom { cap 1 per day quiet 21:30..08:00 }',
            '  channel fans "粉丝群" kind wechat_group { cap 7 per week quiet none }',
            '  channel oa "服务号" kind official_account { cap 4 per month }',
            '  phase burst "会员日" kind burst days 2 {',
            '    step open "开抢" day 1 at 10:00 on wx',
            '    step checkin "签到" days 1..2 at 09:00 on fans workdays except 2026-03-19',
            '  }',
        ];
    return [zh ? '活动 md "会员日" {' : 'playbook md "会员日" {', `  ${timeline}`, ...body, '}', ''].join('\n');
}

describe('Chinese keywords: the real calendar', () => {
    it('lexes 日, 次 and 每 only where they close or open a number; 每月 / 每周 / 每日 only as words', () => {
        assert.deepEqual(tokens('每月 18 日'), ['每月:每月', 'NUMBER:18', '日:日']);
        assert.deepEqual(tokens('每月18日'), ['每月:每月', 'NUMBER:18', '日:日']);
        assert.deepEqual(tokens('每 14 天'), ['每:每', 'NUMBER:14', '天:天']);
        assert.deepEqual(tokens('每日 1 次'), ['每日:每日', 'NUMBER:1', '次:次']);
        assert.deepEqual(tokens('每天 20:00'), ['每天:每天', 'TIME:20:00']);
        // Names: a word that merely starts like a keyword, and 日 / 次 / 每 away from a number.
        assert.deepEqual(tokens('每月会员日 日 次 每 每周例会 日报 D日程'), ['ID:每月会员日', 'ID:日', 'ID:次', 'ID:每', 'ID:每周例会', 'ID:日报', 'ID:D日程']);
        assert.deepEqual(tokens('100000 日元'), ['NUMBER:100000', 'ID:日元']);
        assert.deepEqual(tokens('D日 2026-03-18'), ['D日:D日', 'DATE:2026-03-18']);
    });

    for (const [en, zh] of PAIRS) {
        it(`\`${zh.split('\n')[0]}\` is \`${en.split('\n')[0]}\`: same tree, same diagnostics, exact conversion both ways`, async () => {
            const english = playbook(en, false);
            const chinese = playbook(zh, true);
            const a = await build(english);
            const b = await build(chinese);
            assert.deepEqual(b.document.parseResult.lexerErrors, []);
            assert.deepEqual(b.document.parseResult.parserErrors.map(e => e.message), []);
            assert.deepEqual(strip(b.document.parseResult.value), strip(a.document.parseResult.value));
            assert.deepEqual(b.diagnostics.map(d => [d.code, d.range.start.line, unquoted(d.message)]), a.diagnostics.map(d => [d.code, d.range.start.line, unquoted(d.message)]));
            assert.equal(convert(english, 'zh'), chinese);
            assert.equal(convert(chinese, 'en'), english);
        });
    }

    it('`D-3`, `D-7..D-1`, `就绪 D-5`, `截至 D+1`: the D-day forms without `day` / `days`, same tree and outputs\' model', async () => {
        const english = [
            'playbook md "会员日" {',
            '  dday 2026-03-18',
            '  asset poster "海报" kind poster { ready D-5 }',
            '  kpi orders "订单" target 100',
            '  phase warm "预热" kind warmup days 7 {',
            '    step teaser "悬念海报" day D-7 at 10:00',
            '    step rules "规则" days D-3..D-1 at 20:00 uses poster',
            '    milestone check "物料审核" day D-6',
            '  }',
            '  phase burst "会员日" kind burst days 1 { step flash "秒杀" day D at 10:00 }',
            '  risk slow "订单不足" kind traffic { when orders < 50 by D+1 then "加推" }',
            '}',
            '',
        ].join('\n');
        const chinese = convert(english, 'zh')!;
        assert.match(chinese, /动作 teaser "悬念海报" D-7 于 10:00\n/);
        assert.match(chinese, /动作 rules "规则" D-3\.\.D-1 每天 20:00 使用 poster\n/);
        assert.match(chinese, /里程碑 check "物料审核" D-6\n/);
        assert.match(chinese, /动作 flash "秒杀" D 于 10:00 }/);
        assert.match(chinese, /就绪 D-5/);
        assert.match(chinese, /截至 D\+1/);
        assert.equal(convert(chinese, 'en'), english);
        const a = await build(english);
        const b = await build(chinese);
        assert.deepEqual(b.document.parseResult.parserErrors.map(e => e.message), []);
        assert.deepEqual(strip(b.document.parseResult.value), strip(a.document.parseResult.value));
        assert.deepEqual(b.diagnostics.map(d => [d.code, d.range.start.line, unquoted(d.message)]), a.diagnostics.map(d => [d.code, d.range.start.line, unquoted(d.message)]));
        const dates = (built: typeof a) => built.services.playbook.Models.getModel(built.document)!.events.map(e => `${e.id} ${e.date}`);
        assert.deepEqual(dates(b), dates(a));
        assert.ok(dates(a).length >= 5);
    });

    it('stores the values in English: holidays, cap periods, the weekday', async () => {
        const { document } = await build(playbook(PAIRS[2][1], true).replace('节假日 中国大陆', '节假日 无'));
        const pb = document.parseResult.value.playbook!;
        assert.deepEqual(pb.holidays, ['none']);
        assert.equal(lastGiven(pb.repeat)?.weekday, 'thu');
        const caps = pb.declarations.flatMap(d => (d.$type === 'Channel' ? d.cap.map(c => [c.count, c.per]) : []));
        assert.deepEqual(caps, [[1, 'day'], [7, 'week'], [4, 'month']]);
    });
});
