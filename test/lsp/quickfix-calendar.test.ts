/** Quick fixes of the calendar rules: applied, rebuilt, their diagnostic gone and no new error. */
import { strict as assert } from 'node:assert';
import { applyFix, codeActionsFor } from '../helpers/quick-fix.js';
import { applyWorkspaceEdit, buildWorkspace, syntaxErrors } from '../helpers/lsp-edits.js';

const playbook = (header: string, body: string) => `playbook p "t" {
  ${header}
  owner ops
  role ops "运营"
${body}
}
`;

describe('quick fixes: the real calendar', () => {
    it('due-on-day-off: a ready date moves to the previous working day (a date, D-n, PHASE day N)', async () => {
        // 2026-10-03 is 国庆节: the working day before the holiday is 09-30.
        let run = await applyFix(playbook('start 2026-09-21', `  asset a "海报" kind poster { ready 2026-10-03 }
  phase go "爆发" kind burst days 20 { step s "发布" day 15 uses a }`), 'due-on-day-off');
        assert.match(run.text, /ready 2026-09-30 \}/);
        assert.match(run.action.title, /2026-09-30/);
        // D = 2026-10-12 (Monday); D-1 is a Sunday, D-2 the Saturday 10-10, a 调休 working day.
        run = await applyFix(playbook('dday 2026-10-12', `  asset a "海报" kind poster { ready D-1 }
  phase go "爆发" kind burst days 2 { step s "发布" day D uses a }`), 'due-on-day-off');
        assert.match(run.text, /ready D-2 \}/);
        run = await applyFix(playbook('start 2026-06-01', `  asset a "海报" kind poster { ready go day 7 }
  phase go "爆发" kind burst days 9 { step s "发布" day 9 uses a }`), 'due-on-day-off', { locale: 'zh-CN' });
        assert.match(run.text, /ready go day 5 \}/);
        assert.match(run.action.title, /前一个工作日（2026-06-05）/);
    });

    it('due-on-day-off in a repeating playbook: the fewest days back that are a working day in every run', async () => {
        // Weekly Mondays 09-07 … 10-12: D-1 is a Sunday. Moving back to run 1's previous working day
        // (D-3, Fridays) would leave 09-25 中秋 and 10-02 国庆节; D-4 … D-11 each hit a weekend or
        // 国庆节 in some run; D-12 (Wednesdays 08-26 … 09-30) is a working day in all six.
        const text = playbook('repeat weekly on mon from 2026-09-07 until 2026-10-12\n  anchor go', `  asset a "海报" kind poster { ready D-1 }
  phase go "爆发" kind burst days 3 { step s "发布" day D uses a }`);
        const run = await applyFix(text, 'due-on-day-off');
        assert.match(run.text, /ready D-12 \}/);
        assert.equal(run.action.title, 'Make it due 11 days earlier (D-12): a working day in every run');
        const zh = await applyFix(text, 'due-on-day-off', { locale: 'zh-CN' });
        assert.equal(zh.action.title, '截止日提前 11 天（D-12）：每一期都是工作日');
        // A phase day cannot go before day 1: the fix is the best within the phase, and says so.
        const inPhase = playbook('repeat weekly on mon from 2026-09-07 until 2026-10-12\n  anchor go', `  asset a "海报" kind poster { ready warm day 6 }
  phase warm "预热" kind warmup days 6 { step t "预告" day 1 }
  phase go "爆发" kind burst days 3 { step s "发布" day 1 uses a }`);
        const ws = await buildWorkspace({ 'main.playbook': inPhase });
        const d = (ws.main.diagnostics ?? []).find(x => x.code === 'due-on-day-off')!;
        assert.ok(d);
        const [action] = await codeActionsFor(ws, d);
        // warm day 6 is the Sunday before D; days 5..1 are Saturday … Tuesday: day 4 (Friday) leaves 09-25 中秋 and 10-02 国庆节,
        // days 3, 2 and 1 one day of 国庆节 each (10-01, 10-07, 10-06): day 3, the nearest.
        assert.equal(action.title, 'Make it due 3 days earlier (warm day 3): a working day in 5 of 6 runs');
    });

    it('quiet-hours: the send moves to the end of the quiet window', async () => {
        const run = await applyFix(playbook('start 2026-06-01', `  channel oa "服务号" kind official_account
  phase go "爆发" kind burst days 1 { step s "零点开抢" day 1 at 23:30 on oa }`), 'quiet-hours');
        assert.match(run.text, /at 08:00 on oa/);
    });

    it('quiet-hours on a step with two `at`: the diagnostic and the fix are on the last one (the one that counts)', async () => {
        const text = playbook('start 2026-06-01', `  channel oa "服务号" kind official_account
  phase go "爆发" kind burst days 1 { step s "零点开抢" day 1 at 10:00 at 23:30 on oa }`);
        const ws = await buildWorkspace({ 'main.playbook': text });
        const d = (ws.main.diagnostics ?? []).find(x => x.code === 'quiet-hours')!;
        assert.equal(d.severity, 2);
        const lines = text.split('\n');
        const n = lines.findIndex(l => l.includes('23:30'));
        const at = lines[n].indexOf('23:30');
        assert.deepEqual(d.range, { start: { line: n, character: at }, end: { line: n, character: at + 5 } });
        const run = await applyFix(text, 'quiet-hours');
        assert.match(run.text, /day 1 at 10:00 at 08:00 on oa/);
        // Near miss: the late time written first does not count, so nothing is reported.
        const early = await buildWorkspace({ 'main.playbook': text.replace('at 10:00 at 23:30', 'at 23:30 at 10:00') });
        assert.deepEqual((early.main.diagnostics ?? []).filter(x => x.code === 'quiet-hours'), []);
    });

    it('holiday-data-missing: a commented template of the year\'s lines, the playbook unchanged otherwise', async () => {
        const text = playbook('start 2026-12-28', `  phase go "跨年" kind burst days 10 { step s "跨年" day 1 }`);
        const ws = await buildWorkspace({ 'main.playbook': text }, { locale: 'zh-CN' });
        const d = (ws.main.diagnostics ?? []).find(x => x.code === 'holiday-data-missing')!;
        assert.ok(d);
        const [action] = await codeActionsFor(ws, d);
        assert.match(action.title, /2027 年节假日与调休/);
        const after = applyWorkspaceEdit({ [ws.main.uri.toString()]: text }, action.edit!)[ws.main.uri.toString()];
        assert.match(after, /\n {2}\/\/ 2027 年节假日与调休：.*\n {2}\/\/ holiday 2027-01-01 "元旦"\n[\s\S]*\n}\n$/);
        const rebuilt = await buildWorkspace({ 'main.playbook': after });
        assert.deepEqual(syntaxErrors(rebuilt.main), []);
        // Uncommenting the 元旦 line is what silences the warning.
        const declared = await buildWorkspace({ 'main.playbook': after.replace('// holiday 2027-01-01', 'holiday 2027-01-01') });
        assert.deepEqual((declared.main.diagnostics ?? []).filter(x => x.code === 'holiday-data-missing'), []);
    });
});
