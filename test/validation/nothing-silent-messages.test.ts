/**
 * Issue 10 §1 "Nothing silent", the message side: findings say the computed facts and what to
 * type (the rule fixtures assert code, severity and range; these the words), and full-width
 * punctuation gets a quick fix.
 */
import { strict as assert } from 'node:assert';
import { build } from '../helpers/parse.js';
import { applyFix, codeActionsFor } from '../helpers/quick-fix.js';
import { buildWorkspace } from '../helpers/lsp-edits.js';

async function messages(text: string, code: string, locale = 'en'): Promise<string[]> {
    const { diagnostics } = await build(text, {}, locale);
    return diagnostics.filter(d => d.code === code).map(d => String(d.message));
}

const HEAD = 'start 2027-03-01 owner ops role ops "运营"';

describe('nothing silent: messages', () => {
    it('a budget split in amounts says the missing amount, not shares', async () => {
        const text = `playbook p "t" { ${HEAD} budget 10000 CNY { line a "投放" 6000 line b "礼品" 2000 } }`;
        assert.deepEqual(await messages(text, 'budget-mismatch'), [
            "Budget lines add up to 8000 CNY, not the budget's 10000 CNY: 2000 CNY unassigned. Add a line for the rest or adjust the amounts.",
        ]);
        assert.match((await messages(text, 'budget-mismatch', 'zh-CN'))[0], /2000 CNY 未分配/);
    });

    it('phase-overlap gives the true overlap with each earlier phase', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 30 { } phase b "B" days 3 from 2027-03-05 { } }`;
        assert.deepEqual(await messages(text, 'phase-overlap'), [
            "Phase 'b' (2027-03-05 – 2027-03-07) overlaps the earlier phase 'a' (2027-03-01 – 2027-03-30) by 3 days: 2027-03-05 – 2027-03-07.",
        ]);
    });

    it('short-warmup counts a warm-up split into phases together', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" kind warmup days 2 { } phase b "B" kind warmup days 1 { } phase c "C" kind burst days 3 { } }`;
        assert.deepEqual(await messages(text, 'short-warmup', 'zh-CN'), ["预热阶段 'a', 'b' 合计只有 3 天：成熟玩法建议预热 5–7 天，请合计至少安排 5 天。"]);
    });

    it('a phase of 0 or 2.5 days, a reversed range ending on day 0', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 2.5 { } phase b "B" days 3 { step s "x" days 1..0 } }`;
        const found = await messages(text, 'day-out-of-range');
        assert.match(found[0], /Phase 'a' is given 2.5 days: a phase lasts a whole number of days, at least 1/);
        assert.doesNotMatch(found.join('\n'), /days 0\.\.1/, 'never proposes an invalid range');
        assert.match(found[1], /days are counted from 1/);
    });

    it('full-width punctuation says what to type instead, in both languages', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 3 { step s “推送” day 1 at 20：00 } }`;
        const en = await messages(text, 'lexing-error');
        assert.deepEqual(en, [
            'Full-width double quotes `“`: use half-width double quotes: "推送".',
            'Full-width double quotes `”`: use half-width double quotes: "推送".',
            'Full-width colon `：`: use a half-width colon: 20:00.',
        ]);
        const zh = await messages(text, 'lexing-error', 'zh-CN');
        assert.equal(zh[2], '此处是全角冒号 `：`：请使用半角冒号，如 20:00。');
        const { diagnostics } = await build(text);
        assert.deepEqual(diagnostics.filter(d => d.severity === 1).map(d => d.code), ['lexing-error', 'lexing-error', 'lexing-error'], 'no parse error after them');
    });

    it('`days 1,3,5` is reported at the comma with what to write', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 7 { step s "x" days 1,3,5 } }`;
        const { diagnostics } = await build(text);
        const errors = diagnostics.filter(d => d.severity === 1);
        assert.equal(errors.length, 1);
        assert.equal(text.split('\n')[0].slice(errors[0].range.start.character, errors[0].range.end.character), ',');
        assert.match(String(errors[0].message), /`days` takes one range of days, A\.\.B/);
    });
});

describe('quick fix: full-width punctuation', () => {
    const text = [
        'playbook p "t" {',
        '  start 2027-03-01',
        '  owner ops',
        '  role ops "运营"',
        '  channel g "群" kind wechat_group',
        '  channel shop "商城" kind mini_program',
        '  phase a "A" kind warmup days 7 {',
        '    step s "推送" day 1 at 20：00 on g，shop',
        '  }',
        '}',
        '',
    ].join('\n');

    it('replaces `：` with `:`', async () => {
        const run = await applyFix(text.replace('g，shop', 'g, shop'), 'lexing-error');
        assert.equal(run.action.title, 'Replace full-width `：` with half-width `:`');
        assert.ok(run.text.includes('at 20:00 on g, shop'), run.text);
    });

    it('replaces `，` with `,` (title in zh-CN)', async () => {
        const run = await applyFix(text.replace('20：00', '20:00'), 'lexing-error', { locale: 'zh-CN' });
        assert.equal(run.action.title, '将全角 `，` 改为半角 `,`');
        assert.ok(run.text.includes('on g,shop'), run.text);
    });
});

describe('days written as a list', () => {
    it('`days 1，3` (full-width comma) says to write a range, and offers no comma fix', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 7 { step s "x" days 1，3 } }`;
        const { diagnostics } = await build(text);
        assert.deepEqual(diagnostics.filter(d => d.severity === 1).map(d => [d.code, String(d.message).slice(0, 40)]), [
            ['lexing-error', '`days` takes one range of days, A..B (su'],
        ]);
        const ws = await buildWorkspace({ 'main.playbook': text });
        const lexing = (ws.main.diagnostics ?? []).find(d => d.code === 'lexing-error')!;
        assert.deepEqual(await codeActionsFor(ws, lexing), [], 'a half-width comma would be wrong too');
        const colon = await buildWorkspace({ 'main.playbook': text.replace('days 1，3', 'day 1 at 9：30') });
        const d = (colon.main.diagnostics ?? []).find(x => x.code === 'lexing-error')!;
        assert.equal((await codeActionsFor(colon, d)).length, 1);
    });
});

describe('quick fix: a reversed day range', () => {
    const text = (range: string) => [
        'playbook p "t" {',
        '  start 2027-03-01',
        '  owner ops',
        '  role ops "运营"',
        '  phase a "A" kind warmup days 7 {',
        `    step s "推送" days ${range}`,
        '  }',
        '}',
        '',
    ].join('\n');

    it('swaps `days 5..2` into `days 2..5`', async () => {
        const run = await applyFix(text('5..2'), 'day-out-of-range');
        assert.equal(run.action.title, 'Write `days 2..5`');
        assert.ok(run.text.includes('step s "推送" days 2..5\n'), run.text);
    });

    it('offers nothing for `days 1..0` or `days 9..3` (the swap is no range of the phase either)', async () => {
        for (const range of ['1..0', '9..3']) {
            const ws = await buildWorkspace({ 'main.playbook': text(range) });
            const d = (ws.main.diagnostics ?? []).find(x => x.code === 'day-out-of-range')!;
            assert.ok(d, range);
            assert.deepEqual(await codeActionsFor(ws, d), [], range);
            assert.doesNotMatch(String(d.message), /days 0\.\.1|days 3\.\.9/);
        }
    });
});

describe('syntax messages quote a token briefly', () => {
    it('a block string found where it cannot stand is quoted by its first line (fuzz seed 1124434646)', async () => {
        const text = `playbook p "t" { ${HEAD} phase a "A" days 3 { step s "x" day 1 """\n   at 19:30 long text\n   more""" } }`;
        const { diagnostics } = await build(text);
        const parse = diagnostics.filter(d => d.code === 'parsing-error').map(d => String(d.message));
        assert.ok(parse.length > 0);
        for (const m of parse) assert.doesNotMatch(m, /\n/, m);
    });
});
