import { strict as assert } from 'node:assert';
import { AstUtils, GrammarAST, type Reference } from 'langium';
import { ASSET_KINDS, CHANNEL_KINDS, GOAL_KINDS, PHASE_KINDS, PLAYBOOK_TYPES, RISK_KINDS } from '../../language/messages/kinds.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { AT_EVERY_DAY, CONSTRUCTION, KEYWORD_ZH, KIND_ZH } from '../../language/syntax/chinese-keywords.js';
import { build } from '../helpers/parse.js';

const services = createPlaybookCoreServices().Playbook;

function tokens(text: string): string[] {
    const r = services.parser.Lexer.tokenize(text);
    assert.deepEqual(r.errors, []);
    return r.tokens.map(t => `${t.tokenType.name}:${t.image}`);
}

describe('Chinese keywords: the table', () => {
    it('gives every English keyword of the grammar a Chinese form, and every Chinese keyword of the grammar is a construction', () => {
        const words = new Set<string>();
        for (const rule of services.Grammar.rules) {
            for (const node of AstUtils.streamAllContents(rule)) if (GrammarAST.isKeyword(node) && /^\p{L}+$/u.test(node.value)) words.add(node.value);
        }
        const constructions = new Set<string>(Object.values(CONSTRUCTION));
        // Keywords whose Chinese form is a construction in Chinese word order (`第 3 天`, `每月 18 日`, `上限 每日 1 次`).
        const byConstruction = ['day', 'days', 'for', 'monthly', 'weekly', 'every', 'per', 'week', 'month'];
        const missing = [...words].filter(w => /^[a-z]+$/.test(w) && !KEYWORD_ZH[w] && !byConstruction.includes(w));
        assert.deepEqual(missing, [], 'English keywords without a Chinese form');
        // `D` (the D-day, `day D-3`) is written the same in both languages.
        assert.deepEqual([...words].filter(w => !/^[a-z]+$/.test(w) && w !== 'D' && !constructions.has(w)), [], 'Chinese grammar keywords that are not constructions');
        assert.deepEqual(Object.keys(KEYWORD_ZH).filter(k => !words.has(k)), [], 'Chinese forms of keywords the grammar does not have');
    });

    it('never gives two keywords the same Chinese form', () => {
        const all = [...Object.values(KEYWORD_ZH), AT_EVERY_DAY, ...Object.values(CONSTRUCTION)];
        assert.equal(new Set(all).size, all.length);
    });

    it('gives every kind value a Chinese form, unique within its table', () => {
        const tables = { Channel: CHANNEL_KINDS, Asset: ASSET_KINDS, Goal: GOAL_KINDS, Phase: PHASE_KINDS, Risk: RISK_KINDS, Playbook: PLAYBOOK_TYPES };
        for (const [name, table] of Object.entries(tables)) {
            const zh = KIND_ZH[name as keyof typeof KIND_ZH];
            assert.deepEqual(Object.keys(zh).sort(), Object.keys(table).sort(), name);
            const values = Object.values(zh);
            assert.equal(new Set(values).size, values.length, `${name}: a Chinese value twice`);
            for (const v of values) assert.match(v, /^[\u4e00-\u9fff]+$/, `${name}: ${v} is not one Chinese word`);
        }
    });
});

describe('Chinese keywords: the lexer respects word boundaries', () => {
    it('a keyword at the start of an identifier is part of the identifier', () => {
        assert.deepEqual(tokens('阶段目标 活动群 目标值 目标 在线 第一期 天猫 开始日期'), [
            'ID:阶段目标', 'ID:活动群', '目标值:目标值', '目标:目标', 'ID:在线', 'ID:第一期', 'ID:天猫', 'ID:开始日期',
        ]);
    });

    it('`第 3 天` with or without spaces; `第` and `天` nowhere else', () => {
        assert.deepEqual(tokens('第3天'), ['第:第', 'NUMBER:3', '天:天']);
        assert.deepEqual(tokens('第 24..30 天'), ['第:第', 'NUMBER:24', '..:..', 'NUMBER:30', '天:天']);
        assert.deepEqual(tokens('为期30天 提前1h 于20:00'), ['为期:为期', 'NUMBER:30', '天:天', '提前:提前', 'DURATION:1h', '于:于', 'TIME:20:00']);
        assert.deepEqual(tokens('天 第 x'), ['ID:天', 'ID:第', 'ID:x']);
    });

    it('parses Chinese identifiers spelled like keywords as names where names are expected', async () => {
        const text = [
            '活动 p "t" {',
            '  开始 2026-03-02',
            '  负责人 负责人',
            '  角色 负责人 "负责人"',
            '  渠道 阶段目标 "群" 类型 社群',
            '  阶段 第一期 "预热" 类型 预热 为期 7 天 {',
            '    动作 动作 "发" 第3天 于 10:00 在 阶段目标',
            '  }',
            '}',
        ].join('\n');
        const { document, diagnostics } = await build(text);
        assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), []);
        assert.deepEqual(document.parseResult.lexerErrors, []);
        const pb = (document.parseResult.value as any).playbook;
        assert.deepEqual(pb.owner.map((r: Reference) => r.$refText), ['负责人']);
        assert.ok(pb.owner[0].ref);
        const phase = pb.declarations.find((d: any) => d.$type === 'Phase');
        assert.equal(phase.name, '第一期');
        assert.deepEqual(phase.kind, ['warmup']);
        assert.deepEqual(phase.days, [7]);
        const step = phase.items[0];
        assert.deepEqual([step.name, step.day, step.time, step.channels[0].ref?.name], ['动作', [3], ['10:00'], '阶段目标']);
        assert.ok(!diagnostics.some(d => d.code === 'linking-error'));
    });

    it('mixes both languages in one file, with the same tree as all-English', async () => {
        const en = 'playbook p "t" {\n  start 2026-03-02\n  role o "o"\n  owner o\n  segment s "s" { tag "x" }\n  phase w "w" kind warmup days 7 {\n    step a "a" days 2..3 at 09:00 for 1h on c for s remind 30m\n  }\n  channel c "c" kind moments\n  track t "t" { on c property n integer required property f boolean }\n  kpi k "k" = count t where f = true target <= 5%\n}\n';
        const mixed = 'playbook p "t" {\n  开始 2026-03-02\n  role o "o"\n  负责人 o\n  目标人群 s "s" { 标签 "x" }\n  phase w "w" 类型 预热 为期 7 天 {\n    动作 a "a" 第 2..3 天 每天 09:00 持续 1h on c 面向 s 提前 30m\n  }\n  渠道 c "c" kind 朋友圈\n  track t "t" { 在 c 属性 n 整数 必填 property f 布尔 }\n  指标 k "k" = 计数 t 筛选 f = 是 目标值 <= 5%\n}\n';
        const strip = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value) => (key.startsWith('$') && key !== '$type' ? undefined : value && typeof value === 'object' && '$refText' in value ? value.$refText : value)));
        const a = await build(en);
        const b = await build(mixed);
        assert.deepEqual(b.document.parseResult.parserErrors, []);
        assert.deepEqual(strip(b.document.parseResult.value), strip(a.document.parseResult.value));
        assert.deepEqual(b.diagnostics.map(d => d.code), a.diagnostics.map(d => d.code));
    });
});
