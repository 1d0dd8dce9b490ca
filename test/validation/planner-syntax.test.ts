/**
 * Syntax mistakes a planner makes when writing a playbook by hand, and what the message says:
 * `days 1-3` (a dash where the language writes `..`, with a quick fix), and a keyword the parser
 * expected named in backticks (`此处应为 \`day\``), not glued to the Chinese text.
 */
import { strict as assert } from 'node:assert';
import { build } from '../helpers/parse.js';
import { applyFix } from '../helpers/quick-fix.js';

const HEAD = 'start 2027-03-01 owner ops role ops "运营" channel g "群" kind wechat_group';

async function errors(text: string, locale = 'en'): Promise<Array<[unknown, string, string]>> {
    const { diagnostics } = await build(text, {}, locale);
    const line = text.split('\n')[0];
    return diagnostics.filter(d => d.severity === 1).map(d => [d.code, String(d.message), line.slice(d.range.start.character, d.range.end.character)]);
}

describe('planner syntax mistakes', () => {
    for (const dash of ['-', '~', '–', '～', '－']) {
        it(`\`days 2${dash}4\` says to write \`days 2..4\`, at the ${dash}`, async () => {
            const text = `playbook p "t" { ${HEAD} phase a "A" days 7 { step s "x" days 2${dash}4 at 20:00 on g } }`;
            assert.deepEqual(await errors(text), [['lexing-error', `A range of days is written with two dots: \`days 2..4\`, not \`${dash}\`.`, dash]]);
            assert.deepEqual(await errors(text, 'zh-CN'), [['lexing-error', `天数范围用两个句点表示：请写成 \`days 2..4\`，不要用 \`${dash}\`。`, dash]]);
        });
    }

    it('`第 2-4 天` (Chinese keywords) says to write `第 2..4 天`', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 7 { step s "x" 第 2-4 天 at 20:00 on g } }`;
        assert.deepEqual(await errors(text, 'zh-CN'), [['lexing-error', '天数范围用两个句点表示：请写成 `第 2..4 天`，不要用 `-`。', '-']]);
    });

    it('the quick fix puts `..` in place of the dash, and the result is clean', async () => {
        const text = [
            'playbook p "t" {',
            `  ${HEAD}`,
            '  phase a "A" kind warmup days 7 {',
            '    step s "推送" days 2-4 at 20:00 on g',
            '  }',
            '}',
            '',
        ].join('\n');
        const run = await applyFix(text, 'lexing-error', { locale: 'zh-CN' });
        assert.equal(run.action.title, '将 `-` 改为 `..`');
        assert.ok(run.text.includes('days 2..4 at 20:00'), run.text);
        const { diagnostics } = await build(run.text);
        assert.deepEqual(diagnostics.filter(d => d.severity === 1), []);
    });

    it('a dash elsewhere is still an unexpected character (near miss)', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 7 { step s "x" day 2 at 20:00 - on g } }`;
        assert.deepEqual((await errors(text)).map(e => e[1]), ['Unexpected character `-`.']);
    });

    it('an expected keyword is named in backticks, with a space after Chinese text', async () => {
        const text = `playbook p "t" { ${HEAD} track j "进群" { on g } kpi k "进群" = count j target 100 phase a "A" days 7 { step s "x" day 2 on g } risk r "x" kind traffic { when k < 30% by a 3 then "加投" } }`;
        const en = await errors(text);
        assert.deepEqual(en.map(e => e[2]), ['3']);
        assert.match(en[0][1], /^Expected `day`(, `第`)? but found `3`\.$/);
        const zh = (await errors(text, 'zh-CN')).map(e => e[1]);
        assert.match(zh[0], /^此处应为 `day`(、`第`)?，但遇到了 `3`。$/);
    });

    const step = (clauses: string) => `playbook p "t" { ${HEAD} segment vip "会员" { tag "v" } phase a "A" days 7 { step s "x" day 2 ${clauses} } }`;
    for (const [clauses, value, keyword] of [
        ['at 20:00 for 1.5h on g', '1.5h', 'for'],
        ['at 20:00 for 90min on g', '90min', 'for'],
        ['at 20:00 remind 1 h on g', '1', 'remind'],
        ['at 9点 on g', '9点', 'at'],
        ['at 20.30 on g', '20.30', 'at'],
    ]) {
        it(`\`${clauses}\` says how to write the ${keyword} value, at the value`, async () => {
            const [en] = await errors(step(clauses));
            assert.deepEqual([en[0], en[2]], ['parsing-error', value]);
            assert.match(en[1], keyword === 'at' ? /^`at` takes a 24-hour time HH:MM/ : new RegExp(`^\`${keyword}\` takes a duration: a whole number directly followed by m \\(minutes\\)`));
            const [zh] = await errors(step(clauses), 'zh-CN');
            assert.match(zh[1], keyword === 'at' ? /^`at` 后面写 24 小时制时间 HH:MM，如 `at 20:00`/ : new RegExp(`^\`${keyword}\` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天）`));
        });
    }

    it('near misses: good values and `for SEGMENT` keep the parser\'s message', async () => {
        assert.deepEqual(await errors(step('at 20:00 for 90m remind 1h for vip on g')), []);
        const [other] = await errors(step('at 20:00 for vip vip on g'));
        assert.equal(other[1], 'Expected `}` but found `vip`.');
    });
});
