/**
 * The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate with the
 * Oniguruma regex library), on the lexical forms of the language.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { CONSTRUCTION, KEYWORD_ZH } from '../../language/syntax/chinese-keywords.js';

const require = createRequire(import.meta.url);
const grammarPath = 'extension/syntaxes/playbook.tmLanguage.json';

let grammar: textmate.IGrammar;

before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
            createOnigString: (s: string) => new oniguruma.OnigString(s),
        }),
        loadGrammar: async scope => (scope === 'source.playbook'
            ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
            : null),
    });
    grammar = (await registry.loadGrammar('source.playbook'))!;
});

/** [text, innermost scope] pairs of each line, whitespace-only tokens dropped. */
function tokenize(text: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    let state = textmate.INITIAL;
    for (const line of text.split('\n')) {
        const r = grammar.tokenizeLine(line, state);
        for (const t of r.tokens) {
            const s = line.slice(t.startIndex, t.endIndex);
            if (s.trim()) out.push([s, t.scopes[t.scopes.length - 1]]);
        }
        state = r.ruleStack;
    }
    return out;
}

function scopeOf(text: string, token: string): string {
    const hit = tokenize(text).find(([s]) => s === token);
    assert.ok(hit, `no token ${JSON.stringify(token)} in ${JSON.stringify(tokenize(text))}`);
    return hit[1];
}

describe('TextMate grammar', () => {
    it('colours keywords and the names they declare, CJK names included', () => {
        const line = 'step 发布海报 "发布悬念海报" day 1 at 10:00 on 朋友圈, group uses teaser';
        assert.equal(scopeOf(line, 'step'), 'storage.type.step.playbook');
        assert.equal(scopeOf(line, '发布海报'), 'entity.name.type.step.playbook');
        assert.equal(scopeOf(line, 'day'), 'keyword.other.playbook');
        assert.equal(scopeOf(line, 'on'), 'keyword.other.playbook');
        assert.equal(scopeOf(line, '朋友圈'), 'variable.other.reference.playbook');
        assert.equal(scopeOf('playbook 双十一 "双十一私域活动" {', '双十一'), 'entity.name.type.playbook.playbook');
        assert.equal(scopeOf('role 运营 "用户运营经理" person "王敏"', 'person'), 'keyword.other.playbook');
    });

    it('colours the Chinese keywords too, and not inside identifiers', () => {
        const line = '动作 发布海报 "发布悬念海报" 第3天 于 10:00 在 朋友圈, group 使用 teaser 持续 1h';
        assert.equal(scopeOf(line, '动作'), 'storage.type.playbook');
        assert.equal(scopeOf(line, '发布海报'), 'entity.name.type.playbook');
        for (const k of ['第', '天', '于', '在', '使用', '持续']) assert.equal(scopeOf(line, k), 'keyword.other.playbook', k);
        assert.equal(scopeOf(line, '10:00'), 'constant.numeric.time.playbook');
        assert.equal(scopeOf('阶段 warmup "预热期" 类型 预热 为期 30 天 {', '为期'), 'keyword.other.playbook');
        assert.equal(scopeOf('阶段 warmup "预热期" 类型 预热 为期 30 天 {', '预热'), 'support.constant.kind.playbook');
        assert.equal(scopeOf('  属性 phone 文本 个人信息 "手机号"', '文本'), 'support.type.primitive.playbook');
        assert.equal(scopeOf('  属性 phone 文本 个人信息 "手机号"', 'phone'), 'variable.other.property.playbook');
        const tokens = tokenize('负责人 阶段目标 在线 第一期 天猫');
        assert.deepEqual(tokens.map(t => t[1]), ['keyword.other.playbook', ...Array(4).fill('variable.other.reference.playbook')]);
    });

    it('colours every Chinese keyword and construction, the calendar\'s included', () => {
        const lines = [
            '活动 md "会员日" {',
            '  重复 每月 18 日 始于 2026-03 止于 2026-06 跳过 2026-05',
            '  重复 每月 最后一天 始于 2026-03 止于 2026-06',
            '  重复 每周 周四 始于 2026-03-05 止于 2026-04-30',
            '  重复 每 14 天 始于 2026-03-05 止于 2026-04-30',
            '  D日 2026-03-18 锚定阶段 burst 节假日 中国大陆',
            '  放假 2026-04-04..2026-04-06 "清明节"',
            '  上班 2026-04-26 "调休上班"',
            '  渠道 wx "企微群发" 类型 企业微信 { 上限 每日 1 次 免打扰 无 }',
            '  物料 a "a" { 就绪 D-5 }',
            '  动作 checkin "签到" 第 1..2 天 每天 09:00 在 wx 仅工作日',
        ].join('\n');
        const scopes = new Map(tokenize(lines));
        const calendar = ['重复', '每月', '日', '最后一天', '每周', '每', '天', '始于', '止于', '跳过', 'D日', '锚定阶段', '节假日', '中国大陆',
            '放假', '上班', '上限', '每日', '次', '免打扰', '无', '仅工作日', '就绪'];
        for (const k of calendar) assert.ok(/^(storage|keyword)\./.test(scopes.get(k) ?? ''), `${k}: ${scopes.get(k)}`);
        // The Chinese forms of the calendar's keywords are all in the list above.
        for (const en of ['dday', 'anchor', 'repeat', 'until', 'except', 'last', 'holidays', 'cn', 'none', 'holiday', 'workday', 'workdays', 'cap', 'quiet']) {
            assert.ok(calendar.includes(KEYWORD_ZH[en]), en);
        }
        for (const c of [CONSTRUCTION.monthly, CONSTRUCTION.monthDay, CONSTRUCTION.weekly, CONSTRUCTION.every, CONSTRUCTION.perDay, CONSTRUCTION.times]) assert.ok(calendar.includes(c), c);
        assert.equal(scopeOf('渠道 日报 "x" 类型 社群', '日报'), 'entity.name.type.playbook');
        assert.equal(scopeOf('  每月会员日 每周例会', '每月会员日'), 'variable.other.reference.playbook');
    });

    it('does not see keywords inside identifiers', () => {
        const tokens = tokenize('owner step_owner ondemand 活动day');
        assert.deepEqual(tokens.map(t => t[0]), ['owner', 'step_owner', 'ondemand', '活动day']);
        assert.equal(tokens[1][1], 'variable.other.reference.playbook');
        assert.equal(tokens[3][1], 'variable.other.reference.playbook');
    });

    it('colours dates, times, durations, percents and numbers', () => {
        const t = (text: string, token: string) => scopeOf(text, token);
        assert.equal(t('start 2026-10-12', '2026-10-12'), 'constant.numeric.date.playbook');
        assert.equal(t('blackout 2026-10-01..2026-10-07 "国庆"', '2026-10-07'), 'constant.numeric.date.playbook');
        assert.equal(t('blackout 2026-10-01..2026-10-07 "国庆"', '..'), 'keyword.operator.range.playbook');
        assert.equal(t('at 20:30', '20:30'), 'constant.numeric.time.playbook');
        assert.equal(t('for 2h remind 30m', '2h'), 'constant.numeric.duration.playbook');
        assert.equal(t('for 2h remind 30m', '30m'), 'constant.numeric.duration.playbook');
        assert.equal(t('target 12.5%', '12.5%'), 'constant.numeric.percent.playbook');
        assert.equal(t('budget 100000 CNY', '100000'), 'constant.numeric.decimal.playbook');
        assert.equal(t('days 24..30', '24'), 'constant.numeric.decimal.playbook');
        assert.equal(t('kpi a = count b where paid = true', 'true'), 'constant.language.boolean.playbook');
        assert.equal(t('property amount number required', 'number'), 'support.type.primitive.playbook');
        assert.equal(t('channel group "群" kind wechat_group', 'wechat_group'), 'support.constant.kind.playbook');
        assert.equal(t('kpi complaint_rate = complaints / buyers target <= 1%', '<='), 'keyword.operator.comparison.playbook');
    });

    it('keeps a block string across lines, with quotes and keywords inside', () => {
        const text = 'note """\n  第一行 "引号" step day 1\n  // not a comment\n  """ owner ops';
        const tokens = tokenize(text);
        const inside = tokens.filter(([s]) => /第一行|not a comment/.test(s));
        assert.ok(inside.length >= 2);
        for (const [, scope] of inside) assert.equal(scope, 'string.quoted.triple.block.playbook');
        assert.equal(tokens.at(-2)![1], 'keyword.other.playbook', 'owner after the block string is a keyword again');
    });

    it('colours strings with escapes, and comments of both kinds', () => {
        const s = tokenize('text "双十一 \\"惊喜\\" 倒计时" // trailing');
        assert.ok(s.some(([t, scope]) => t === '\\"' && scope === 'constant.character.escape.playbook'));
        assert.ok(s.some(([t, scope]) => t.includes('trailing') && scope === 'comment.line.double-slash.playbook'));
        const b = tokenize('/* 多行\n   注释 step */ phase');
        assert.ok(b.some(([t, scope]) => t.includes('注释') && scope === 'comment.block.playbook'));
        assert.equal(b.at(-1)![1], 'storage.type.playbook');
    });

    it('knows every keyword of the Langium grammar', () => {
        const langium = readFileSync('language/grammar/playbook.langium', 'utf8');
        const keywords = new Set([...langium.matchAll(/'([a-z]+)'/g)].map(m => m[1]));
        const raw = readFileSync(grammarPath, 'utf8');
        const missing = [...keywords].filter(k => !new RegExp(`[(|:]${k}[|)]`).test(raw));
        assert.deepEqual(missing, []);
        for (const k of keywords) {
            const scope = scopeOf(`${k} `, k);
            assert.ok(/^(storage|keyword|support|constant)\./.test(scope), `${k}: ${scope}`);
        }
    });
});
