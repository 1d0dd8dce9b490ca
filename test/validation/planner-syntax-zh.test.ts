/**
 * Syntax mistakes a planner makes in Chinese keywords, reported where they are with what to write:
 * `持续 2小时` at `2小时` (write `2h`), `第 1,3 天` at the comma (one `第 N 天` per step, or a range),
 * `target 1万` at `1万` (write `10000`). Each with near misses that stay clean.
 */
import { strict as assert } from 'node:assert';
import { build } from '../helpers/parse.js';

const HEAD = '开始 2027-03-01 负责人 ops 角色 ops "运营" 渠道 g "群" 类型 社群';
const step = (clauses: string) => `活动 p "t" { ${HEAD} 阶段 a "A" 为期 7 天 { 动作 s "x" ${clauses} } }`;

/** [code, severity, covered text, message] of the errors of a one-line playbook. */
async function errors(text: string, locale = 'zh-CN'): Promise<Array<[unknown, unknown, string, string]>> {
    const { diagnostics } = await build(text, {}, locale);
    return diagnostics.filter(d => d.severity === 1).map(d => [d.code, d.severity, text.slice(d.range.start.character, d.range.end.character), String(d.message)]);
}

describe('planner syntax mistakes in Chinese keywords', () => {
    for (const [clauses, value, message] of [
        ['第 2 天 持续 2小时 在 g', '2小时', '`持续` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天），如 `持续 90m`、`持续 2h`；`2小时` 写成 `2h`。'],
        ['第 2 天 于 10:00 持续2小时 在 g', '2小时', '`持续` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天），如 `持续 90m`、`持续 2h`；`2小时` 写成 `2h`。'],
        ['第 2 天 持续 30分钟', '30分钟', '`持续` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天），如 `持续 90m`、`持续 2h`；`30分钟` 写成 `30m`。'],
        ['第 2 天 于 10:00 提前 1 小时', '1', '`提前` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天），如 `提前 15m`、`提前 1h`、`提前 1d`。'],
        ['第 2 天 于 9点 在 g', '9点', '`于` 后面写 24 小时制时间 HH:MM，如 `于 20:00`、`于 9:30`。'],
    ]) {
        it(`\`${clauses}\`: at \`${value}\`, saying how to write it`, async () => {
            assert.deepEqual(await errors(step(clauses)), [['parsing-error', 1, value, message]]);
        });
    }

    it('`持续 2小时` in an English editor says the same in English', async () => {
        const [e] = await errors(step('第 2 天 持续 2小时'), 'en');
        assert.deepEqual([e[2], e[3]], ['2小时', '`持续` takes a duration: a whole number directly followed by m (minutes), h (hours) or d (days), such as `持续 90m` or `持续 2h`; `2小时` is `2h`.']);
    });

    it('`第 1,3 天`: at the comma, saying to write a `第 N 天` line per day or a range', async () => {
        const message = '`第 … 天` 只能写一天或一段连续的天：不连续的几天，请每天各写一个动作（`第 1 天`、`第 3 天` 各一行）；连续的几天写成范围，如 `第 1..3 天`。';
        assert.deepEqual(await errors(step('第 1,3 天 于 10:00 在 g')), [['parsing-error', 1, ',', message]]);
        // The full-width comma and the 顿号 are lexing errors with the same advice.
        assert.deepEqual(await errors(step('第 1、3 天 于 10:00 在 g')), [['lexing-error', 1, '、', message]]);
        assert.deepEqual(await errors(step('第 1，3 天 于 10:00 在 g')), [['lexing-error', 1, '，', message]]);
        const [en] = await errors(step('第 1,3 天 于 10:00 在 g'), 'en');
        assert.match(en[3], /^`第 … 天` takes one day or one range of days: for days not in a row, write one step per day/);
    });

    it('`第 D-3 天`: says a day counted from D is written `D-3` alone', async () => {
        const text = `活动 p "t" { ${HEAD.replace('开始 2027-03-01', 'D日 2027-03-20')} 阶段 a "A" 类型 爆发 为期 7 天 { 动作 s "x" 第 D-3 天 在 g } }`;
        assert.deepEqual(await errors(text), [['parsing-error', 1, '第 D-3 天', '按 D 日计的天直接写 `D-3`，不加「第 … 天」（如 `D-7`、`D`、`D-3..D-1`）。']]);
        const range = await errors(text.replace('第 D-3 天', '第 D-3..D-1 天'), 'en');
        assert.deepEqual(range.map(e => [e[2], e[3]]), [['第 D-3..D-1 天', 'A day counted from D is written `D-3..D-1`, without 「第 … 天」 (such as `D-7`, `D` or `D-3..D-1`).']]);
        // Near miss: written as the message says (a day inside the burst phase).
        assert.deepEqual((await errors(text.replace('第 D-3 天', 'D+3'))), []);
    });

    for (const [target, written, digits] of [['target 1万', '1万', '10000'], ['目标值 1.5万', '1.5万', '15000'], ['目标值 >= 3千', '3千', '3000']]) {
        it(`\`${target}\`: at \`${written}\`, saying to write ${digits}`, async () => {
            const text = `活动 p "t" { ${HEAD} 埋点 j "进群" { 在 g } 指标 k "进群" = 计数 j ${target} }`;
            assert.deepEqual(await errors(text), [['parsing-error', 1, written, `数字请直接写阿拉伯数字，不带「万」「千」「亿」：\`${written}\` 写成 \`${digits}\`。`]]);
            assert.equal((await errors(text, 'en'))[0][3], `Write the number in digits, without 万, 千 or 亿: \`${written}\` is \`${digits}\`.`);
        });
    }

    it('near misses: written as the messages say, nothing is wrong; 万 as a name is a name', async () => {
        assert.deepEqual(await errors(step('第 2 天 于 10:00 持续 2h 提前 1h 在 g')), []);
        assert.deepEqual(await errors(step('第 1..3 天 每天 10:00 在 g')), []);
        assert.deepEqual(await errors(`活动 p "t" { ${HEAD} 埋点 j "进群" { 在 g } 指标 k "进群" = 计数 j 目标值 10000 }`), []);
        assert.deepEqual(await errors(`活动 p "t" { ${HEAD} 角色 万 "万经理" }`), []);
        // Another mistake after a number keeps the parser's own message.
        const [other] = await errors(`活动 p "t" { ${HEAD} 埋点 j "进群" { 在 g } 指标 k "进群" = 计数 j 目标值 10 人 }`);
        assert.equal(other[3], '此处应为 `}`，但遇到了 `人`。');
    });
    it('"expected …" names the keywords as the file writes them: 中国大陆 / 无, 计数 / 去重 / 求和 in a Chinese file, cn / none in an English one', async () => {
        const head = `活动 p "t" { ${HEAD} `;
        assert.equal((await errors(`${head}节假日 }`, 'en'))[0][3], 'Expected `中国大陆`, `无` but found `}`.');
        assert.equal((await errors(`${head}节假日 }`))[0][3], '此处应为 `中国大陆`、`无`，但遇到了 `}`。');
        assert.equal((await errors(`${head}指标 k "k" = 计数 }`, 'en'))[0][3], 'Expected `计数`, `去重`, `求和`, a name but found `计数`.');
        // Near miss: an English file keeps (or gets) the English forms, in a Chinese editor too; what was found is quoted as written.
        assert.equal((await errors('playbook p "t" { start 2027-03-01 holidays }'))[0][3], '此处应为 `cn`、`none`，但遇到了 `}`。');
        assert.equal((await errors('playbook p "t" { start 2027-03-01 kpi k "k" = count }'))[0][3], '此处应为 `count`、`unique`、`sum`、名称，但遇到了 `count`。');
        assert.equal((await errors(`${head}阶段 a "A" 为期 7 天 { 动作 s "x" 第 1 天 在 } }`, 'en'))[0][3], 'Expected `}` but found `在`.');
    });
});
