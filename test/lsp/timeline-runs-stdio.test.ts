/**
 * The timeline preview's data for a repeating playbook (playbook.server.timeline over stdio): every
 * run with its D-day, span, label and phases, and the holidays and 调休 workdays within the days shown,
 * checked against dates worked out here by hand (weekly Wednesdays, two-day warm-up before D).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Timeline } from '../../language/protocol/contract.js';
import { LspSession } from '../helpers/lsp-client.js';

const WEEKLY = [
    'playbook weekly "周三会员日" {',
    '  repeat weekly on wed from 2026-09-16 until 2026-09-30',
    '  holidays none',
    '  owner ops',
    '  role ops "运营"',
    '  phase warm "预热" kind warmup days 2 { step t "预告" day D-1 }',
    '  phase go "爆发" kind burst days 1 { step s "秒杀" day D }',
    '  holiday 2026-09-22..2026-09-23 "团队日"',
    '  holiday 2026-10-08 "不在图上"',
    '  workday 2026-09-27 "补班"',
    '}',
    '',
].join('\n');

/** ISO date `days` after `date` (UTC arithmetic, independent of the model's dates.ts). */
function plus(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('timeline preview of a repeating playbook: runs, D-days, holidays (stdio)', function () {
    this.timeout(90_000);
    let dir: string;
    const sessions: LspSession[] = [];

    async function answer(locale?: string): Promise<Timeline> {
        const s = await LspSession.start({ workspace: dir, ...(locale ? { locale } : {}) });
        sessions.push(s);
        const uri = pathToFileURL(join(dir, 'weekly.playbook')).href;
        s.open(uri, WEEKLY);
        await s.waitForDiagnostics(uri);
        const a = await s.request<{ ok: boolean; message?: string; timeline?: Timeline }>('workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [{ uri }] });
        assert.equal(a.ok, true, a.message);
        return a.timeline!;
    }

    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-timeline-runs-'));
        writeFileSync(join(dir, 'weekly.playbook'), WEEKLY);
    });

    after(async () => {
        for (const s of sessions) await s.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('sends every run (D-day, first and last day, label, its phases\' days) and the holidays and 调休 workdays shown, none outside', async () => {
        const t = await answer();
        // Wednesdays from 2026-09-16 (a Wednesday) to 2026-09-30; each run is D-2 (warm-up) to D.
        const ddays: string[] = [];
        for (let d = '2026-09-16'; d <= '2026-09-30'; d = plus(d, 7)) ddays.push(d);
        assert.equal(new Date('2026-09-16T00:00:00Z').getUTCDay(), 3);
        assert.deepEqual(t.runs, ddays.map((dday, i) => ({
            run: i + 1, dday, start: plus(dday, -2), end: dday, label: `Run ${i + 1}`, title: `Run ${i + 1} · D ${dday}`,
            // Every run's own phases: the two warm-up days before D, then D.
            phases: [{ name: 'warm', start: plus(dday, -2), end: plus(dday, -1) }, { name: 'go', start: dday, end: dday }],
        })));
        assert.deepEqual(t.dayMarks, [
            { from: '2026-09-22', to: '2026-09-23', kind: 'holiday', title: '团队日' },
            { from: '2026-09-27', to: '2026-09-27', kind: 'workday', title: '补班' },
        ], 'the holiday of 2026-10-08 lies after the last day shown (2026-09-30)');
        // The same model marks the events: run 2's two steps are on the holiday.
        assert.deepEqual(t.events.filter(e => e.dayOff === 'holiday').map(e => [e.run, e.date, e.dayNote]), [[2, '2026-09-22', '团队日'], [2, '2026-09-23', '团队日']]);
        assert.equal(t.types.holiday, 'holiday');
        assert.equal(t.types.workday, 'make-up workday (调休)');
    });

    it('labels the runs in Chinese for a zh-CN client', async () => {
        const t = await answer('zh-CN');
        assert.deepEqual(t.runs.map(r => [r.label, r.title]), [
            ['第 1 期', '第 1 期 · D 日 2026-09-16'], ['第 2 期', '第 2 期 · D 日 2026-09-23'], ['第 3 期', '第 3 期 · D 日 2026-09-30'],
        ]);
        assert.equal(t.types.holiday, '法定节假日');
        assert.equal(t.types.workday, '调休上班');
    });
});
