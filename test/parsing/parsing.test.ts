import { strict as assert } from 'node:assert';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Model, Step, Track, Kpi, Risk, Asset, Phase, Budget, Blackout, KpiCheck, SumFormula, CountFormula, RatioFormula } from '../../language/generated/ast.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { dedentBlockString } from '../../language/syntax/value-converter.js';
import { NAME_KEYWORDS } from '../../language/vocabulary/keywords.js';
import { isGiven, lastGiven } from '../../language/syntax/clauses.js';

const services = createPlaybookCoreServices(EmptyFileSystem).Playbook;
const parse = parseHelper<Model>(services);

async function parseOk(text: string): Promise<Model> {
    const doc = await parse(text);
    const errors = [...doc.parseResult.lexerErrors.map(e => e.message), ...doc.parseResult.parserErrors.map(e => e.message)];
    assert.deepEqual(errors, [], `parse errors in:\n${text}`);
    return doc.parseResult.value;
}

function tokens(text: string): string[] {
    return services.parser.Lexer.tokenize(text).tokens.map(t => `${t.tokenType.name}:${t.image}`);
}

describe('lexing', () => {
    it('keeps keywords and identifiers apart, CJK included', () => {
        assert.deepEqual(tokens('channelA 活动群 渠道2 campaignA day day_of days'), ['ID:channelA', 'ID:活动群', 'ID:渠道2', 'ID:campaignA', 'day:day', 'ID:day_of', 'days:days']);
        assert.deepEqual(tokens('on 活动群, 新人券'), ['on:on', 'ID:活动群', ',:,', 'ID:新人券']);
        assert.deepEqual(tokens('on活动群'), ['ID:on活动群'], 'letters continue an identifier');
        assert.deepEqual(tokens('warmup_2 _x'), ['ID:warmup_2', 'ID:_x']);
    });

    it('lexes dates, times, durations, percents, numbers and ranges without collisions', () => {
        assert.deepEqual(tokens('2026-10-12 09:00 30m 2h 1d 40% 12.5% 10000 1.5'),
            ['DATE:2026-10-12', 'TIME:09:00', 'DURATION:30m', 'DURATION:2h', 'DURATION:1d', 'PERCENT:40%', 'PERCENT:12.5%', 'NUMBER:10000', 'NUMBER:1.5']);
        assert.deepEqual(tokens('24..30'), ['NUMBER:24', '..:..', 'NUMBER:30']);
        assert.deepEqual(tokens('2026-10-01..2026-10-07'), ['DATE:2026-10-01', '..:..', 'DATE:2026-10-07']);
        assert.deepEqual(tokens('order_paid.amount'), ['ID:order_paid', '.:.', 'ID:amount']);
    });

    it('lexes strings with escapes and block strings, and skips comments and a BOM', () => {
        assert.deepEqual(tokens('\uFEFF"a\\"b" """x\n"y"\n""" // c\n/* d */'), ['STRING:"a\\"b"', 'BLOCK_STRING:"""x\n"y"\n"""']);
    });
});

describe('parsing', () => {
    it('parses a playbook with every header line and declaration kind', async () => {
        const model = await parseOk(`
import "./lib.playbook"
playbook demo "演示" {
  start 2026-10-12
  timezone "Asia/Shanghai"
  owner ops
  type promotion
  novel
  consent "同意"
  role ops "运营" person "王敏"
  channel group "社群" kind wechat_group
  segment lapsed "沉睡" { tag "a" tag "b" }
  asset teaser "海报" kind poster {
    owner ops
    review ops
    ready warmup day 1
    text "文案"
  }
  asset fixed "固定" kind copy { ready 2026-10-01 }
  goal grow "拉新" kind acquisition { kpi joins, rate }
  phase warmup "预热" kind warmup days 30 {
    owner ops
    step a "步骤" day 1 at 10:00 for 2h on group, group uses teaser owner ops for lapsed remind 1h remind 10m note "备注"
    step b "范围" days 24..30 at 09:00
    milestone m "里程碑" day 14 owner ops
    step c "块" day 2 {
      note """
        第一行
          缩进行
        """
    }
  }
  phase burst "爆发" kind burst days 7 from 2026-11-11 { }
  track join "进群" {
    event "group_join"
    on group
    property id string required
    property amount number required "金额"
    property phone string pii
    property n integer
    property ok boolean
    property at datetime
    property pay enum("wechat", "alipay")
  }
  kpi joins "进群" = count join where pay = "wechat" target 10000
  kpi buyers "人数" = unique join
  kpi gmv "金额" = sum join.amount target 1000000
  kpi rate "比率" = buyers / joins target 5%
  kpi complaints "投诉率" = buyers / joins target <= 1%
  kpi reach "触达" target 50000
  risk low "流量" kind traffic {
    when joins < 40% by warmup day 20
    then "加投"
    owner ops
  }
  risk text_risk "文字条件" kind other { when "下雨" then "改期" }
  budget 100000 CNY { line ads "广告" 50% line rest "其余" 50% }
  blackout 2026-10-01..2026-10-07 "国庆"
  blackout 2026-11-11 "竞品"
}`);
        const pb = model.playbook!;
        assert.equal(model.imports[0].path, './lib.playbook');
        assert.equal(lastGiven(pb.start), '2026-10-12');
        assert.equal(isGiven(pb.novel), true);
        assert.equal(lastGiven(pb.type), 'promotion');
        const phase = pb.declarations.find(d => d.$type === 'Phase' && d.name === 'warmup') as Phase;
        const step = phase.items[0] as Step;
        assert.equal(lastGiven(step.day), 1);
        assert.equal(lastGiven(step.time), '10:00');
        assert.equal(lastGiven(step.duration), '2h');
        assert.equal(lastGiven(step.segment)?.$refText, 'lapsed');
        assert.deepEqual(step.reminders, ['1h', '10m']);
        assert.deepEqual(step.channels.map(c => c.$refText), ['group', 'group']);
        const range = lastGiven((phase.items[1] as Step).range)!;
        assert.deepEqual([range.from, range.to], [24, 30]);
        assert.equal(lastGiven((phase.items[3] as Step).note), '第一行\n  缩进行');
        const track = pb.declarations.find(d => d.$type === 'Track') as Track;
        assert.equal(lastGiven(track.event), 'group_join');
        assert.deepEqual(track.properties.map(p => p.type.primitive ?? `enum(${p.type.values.join(',')})`), ['string', 'number', 'string', 'integer', 'boolean', 'datetime', 'enum(wechat,alipay)']);
        assert.equal(lastGiven(track.properties[1].title), '金额');
        assert.equal(isGiven(track.properties[2].pii), true);
        const kpis = pb.declarations.filter(d => d.$type === 'Kpi') as Kpi[];
        assert.equal((kpis[0].formula as CountFormula).filter?.value.text, 'wechat');
        assert.equal((kpis[2].formula as SumFormula).property.$refText, 'amount');
        assert.equal((kpis[3].formula as RatioFormula).denominator.$refText, 'joins');
        assert.equal(kpis[3].target?.value.percent, '5%');
        assert.equal(kpis[4].target?.op, '<=');
        assert.equal(kpis[5].formula, undefined);
        const risk = pb.declarations.find(d => d.$type === 'Risk') as Risk;
        const check = lastGiven(risk.when) as KpiCheck;
        assert.equal(check.threshold.percent, '40%');
        assert.equal(check.at?.day, 20);
        const budget = pb.declarations.find(d => d.$type === 'Budget') as Budget;
        assert.equal(budget.currency, 'CNY');
        assert.deepEqual(budget.lines.map(l => l.share.percent), ['50%', '50%']);
        const blackout = pb.declarations.find(d => d.$type === 'Blackout') as Blackout;
        assert.deepEqual([blackout.from, blackout.to, blackout.title], ['2026-10-01', '2026-10-07', '国庆']);
        const asset = pb.declarations.find(d => d.$type === 'Asset') as Asset;
        assert.equal(lastGiven(asset.ready)?.at?.day, 1);
    });

    it('parses a library and lets keywords be names', async () => {
        const model = await parseOk(`library kit {
  role review "审核"
  channel live "直播" kind live
  segment start "开始"
  asset survey "问卷" kind survey
  track event "事件" { property type string property count number }
}`);
        assert.deepEqual(model.library!.declarations.map(d => 'name' in d ? d.name : undefined), ['review', 'live', 'start', 'survey', 'event']);
    });

    it('takes exactly the name keywords as names, declared and referenced, and no other keyword', async () => {
        const grammarKeywords = new Set(services.parser.Lexer.definition && Object.keys(services.parser.Lexer.definition).filter(k => /^([a-z]+|D)$/.test(k)));
        for (const word of NAME_KEYWORDS) {
            assert.ok(grammarKeywords.has(word), `${word} is a keyword of the grammar`);
            const model = await parseOk(`playbook p "t" {\n  owner ${word}\n  role ${word} "r"\n  phase ${word} "x" days 3 { step s "y" day 1 owner ${word} }\n  asset a "a" { ready ${word} day 1 }\n}`);
            const phase = model.playbook!.declarations.find(d => d.$type === 'Phase') as Phase;
            assert.equal(phase.name, word);
            assert.equal(lastGiven((phase.items[0] as Step).owner)?.$refText, word);
            assert.equal(lastGiven(model.playbook!.owner)?.$refText, word);
        }
        const reserved = [...grammarKeywords].filter(k => !NAME_KEYWORDS.has(k));
        assert.ok(reserved.includes('step') && reserved.includes('owner') && reserved.length > 10, reserved.join(' '));
        for (const word of reserved) {
            const doc = await parse(`playbook p "t" {\n  role ${word} "r"\n}`);
            assert.ok(doc.parseResult.parserErrors.length > 0, `${word} must not be a name`);
        }
    });

    it('parses clauses on several lines, CRLF and a BOM', async () => {
        const model = await parseOk('\uFEFFplaybook p "t" {\r\n  phase a "x" kind warmup days 3 {\r\n    step s "y"\r\n      day 1\r\n      at 09:00\r\n  }\r\n}\r\n');
        assert.equal(lastGiven(((model.playbook!.declarations[0] as Phase).items[0] as Step).time), '09:00');
    });

    it('keeps every value of a clause written twice, in order; the last one counts; a flag is its English keyword', async () => {
        const model = await parseOk([
            'playbook p "t" {', '  owner a', '  novel', '  负责人 b', '  新玩法', '  timezone "Asia/Shanghai"',
            '  phase w "w" kind warmup days 3 为期 5 天 {', '    step s "s" day 1 at 09:00 第 2 天 at 10:00 workdays workdays', '  }',
            '  track t "t" { property n integer 必填 "a" required "b" }', '}',
        ].join('\n'));
        const pb = model.playbook!;
        assert.deepEqual(pb.owner.map(r => r.$refText), ['a', 'b']);
        assert.equal(lastGiven(pb.owner)?.$refText, 'b');
        assert.deepEqual(pb.novel, ['novel', 'novel']);
        assert.deepEqual(pb.timezone, ['Asia/Shanghai']);
        assert.deepEqual(pb.start, []);
        assert.equal(lastGiven(pb.start), undefined);
        const phase = pb.declarations.find((d): d is Phase => d.$type === 'Phase')!;
        assert.deepEqual(phase.days, [3, 5]);
        const step = phase.items[0] as Step;
        assert.deepEqual([step.day, step.time, step.workdays], [[1, 2], ['09:00', '10:00'], ['workdays', 'workdays']]);
        assert.equal(isGiven(step.workdays), true);
        assert.equal(isGiven(step.relDay), false);
        const property = pb.declarations.find((d): d is Track => d.$type === 'Track')!.properties[0];
        assert.deepEqual([property.required, property.title, property.pii], [['required', 'required'], ['a', 'b'], []]);
    });

    it('accepts an empty file and a file with only comments', async () => {
        assert.equal((await parseOk('')).playbook, undefined);
        assert.equal((await parseOk('// nothing here\n/* at all */')).library, undefined);
    });

    it('reports half-typed input as errors without throwing', async () => {
        for (const text of ['playbook', 'playbook p "t" { step', 'playbook p "t" { phase a "x" days', 'kpi k = count', '"""never closed', '{{{{', 'playbook p { start 2026-13-45 }']) {
            const doc = await parse(text);
            assert.ok(doc.parseResult.parserErrors.length + doc.parseResult.lexerErrors.length > 0 || text.includes('2026-13-45'), text);
        }
    });
});

describe('block strings', () => {
    it('strip the first and last blank lines and the common indentation, keeping line breaks', () => {
        assert.equal(dedentBlockString('"""\n    a\n      b\n\n    c\n    """'), 'a\n  b\n\nc');
        assert.equal(dedentBlockString('"""one line"""'), 'one line');
        assert.equal(dedentBlockString('"""\r\n  x\r\n  """'), 'x');
    });
});
