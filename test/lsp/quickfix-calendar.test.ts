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

    it('quiet-hours: the send moves to the end of the quiet window', async () => {
        const run = await applyFix(playbook('start 2026-06-01', `  channel oa "服务号" kind official_account
  phase go "爆发" kind burst days 1 { step s "零点开抢" day 1 at 23:30 on oa }`), 'quiet-hours');
        assert.match(run.text, /at 08:00 on oa/);
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
