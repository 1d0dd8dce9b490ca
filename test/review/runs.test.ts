/**
 * `playbook review` and `playbook diff` per run, on the model's real runs (`repeat monthly on 18`):
 * review figures per run, per phase over all runs and per run's checkpoints against a computation
 * here over seeded actuals (run days worked out by hand: D-7 … D+2 around the 18th); diffs of
 * edited repeat rules (a run added, a run excepted, a new D-day, a step moved in every run).
 */
import { strict as assert } from 'node:assert';
import { type DiffJson, alignRuns, diffSnapshots } from '../../language/review/diff.js';
import { diffMarkdown } from '../../language/review/diff-md.js';
import { reviewMarkdown } from '../../language/review/review-md.js';
import { snapshotOf } from '../../language/review/snapshot.js';
import { build } from '../helpers/parse.js';
import { MONTHLY, edit } from './pairs.js';
import { DDAYS, OFFSET, actuals, figures, midnight, reviewOf } from './runs-gen.js';

const close = (a: number | null | undefined, b: number | null) => (a === null || b === null ? a === b : Math.abs(a! - b) < 1e-9);

describe('playbook review per run (real runs of a repeating playbook)', function () {
    this.timeout(60_000);
    for (const seed of [3, 20260318]) {
        it(`seed ${seed}: totals over the runs' days, each run, each phase over all runs, each run's checkpoints`, async () => {
            const { csv, rows } = actuals(seed, 1500);
            const r = await reviewOf(csv);
            const runRange = (d: string): [number, number] => [midnight(d, -7), midnight(d, 3)];
            const total = figures(rows, DDAYS.map(runRange));
            const kpi = (name: string) => r.kpis.find(k => k.name === name)!;
            for (const [name, value] of Object.entries(total)) assert.ok(close(kpi(name).actual, value), `${name}: ${kpi(name).actual} ≠ ${value}`);
            for (const d of DDAYS) {
                for (const [name, value] of Object.entries(figures(rows, [runRange(d)]))) {
                    assert.ok(close(kpi(name).byRun![d], value), `${name} in run ${d}: ${kpi(name).byRun![d]} ≠ ${value}`);
                }
            }
            const phases: Record<string, (d: string) => [number, number]> = {
                warmup: d => [midnight(d, -7), midnight(d)], day_of: d => [midnight(d), midnight(d, 1)], recap: d => [midnight(d, 1), midnight(d, 3)],
            };
            assert.deepEqual(r.phases.map(p => p.name), Object.keys(phases));
            for (const [phase, range] of Object.entries(phases)) {
                for (const [name, value] of Object.entries(figures(rows, DDAYS.map(range)))) {
                    assert.ok(close(kpi(name).byPhase[phase], value), `${name} in ${phase}: ${kpi(name).byPhase[phase]} ≠ ${value}`);
                }
            }
            // Per run: slow at D (orders from the run's first day to D 24:00 < 40 % of 100), thin at warmup day 6 = D-2.
            const expected = DDAYS.flatMap((d, i) => {
                const thin = figures(rows, [[midnight(d, -7), midnight(d, -1)]]).checkins;
                const slow = figures(rows, [[midnight(d, -7), midnight(d, 1)]]).orders;
                const shift = (n: number) => new Date(midnight(d, n) + OFFSET).toISOString().slice(0, 10);
                return [
                    ['thin', shift(-2), i + 1, thin, 15, thin < 15 ? 'triggered' : 'clear'],
                    ['slow', d, i + 1, slow, 40, slow < 40 ? 'triggered' : 'clear'],
                ];
            });
            assert.deepEqual(r.checkpoints.map(c => [c.risk, c.date, c.run, c.actual, c.threshold, c.status]), expected);
            // Rows between runs and after the last are outside, not dropped and not counted.
            const inRuns = rows.filter(x => DDAYS.some(d => x.epoch >= runRange(d)[0] && x.epoch < runRange(d)[1])).length;
            const last = new Date(Math.max(...rows.map(x => x.epoch)) + OFFSET).toISOString().slice(0, 10);
            assert.deepEqual(r.rows, { read: rows.length, counted: inRuns, outsideWindow: rows.length - inRuns, unreadable: 0, last });
            assert.ok(rows.length - inRuns > 0, 'the seed puts rows between runs');
        });
    }

    it('--as-of in the second run: the third run has no value yet and its checkpoints are pending', async () => {
        const { csv, rows } = actuals(11, 1200);
        const r = await reviewOf(csv, '2026-04-17');
        const orders = r.kpis.find(k => k.name === 'orders')!;
        const upTo = midnight('2026-04-18');
        assert.equal(orders.byRun!['2026-03-18'], figures(rows, [[midnight('2026-03-11'), midnight('2026-03-21')]]).orders);
        assert.equal(orders.byRun!['2026-04-18'], figures(rows, [[midnight('2026-04-11'), upTo]]).orders);
        assert.equal(orders.byRun!['2026-05-18'], null);
        assert.deepEqual(r.checkpoints.map(c => `${c.risk} ${c.date} ${c.status === 'pending' ? 'pending' : 'checked'}`), [
            'thin 2026-03-16 checked', 'slow 2026-03-18 checked', 'thin 2026-04-16 checked', 'slow 2026-04-18 pending',
            'thin 2026-05-16 pending', 'slow 2026-05-18 pending',
        ]);
        // The third run's checkpoints have no value yet; the second run's slow checkpoint counts so far.
        assert.deepEqual(r.checkpoints.filter(c => c.run === 3).map(c => c.actual), [null, null]);
        assert.equal(r.checkpoints.find(c => c.run === 2 && c.risk === 'slow')!.actual, figures(rows, [[midnight('2026-04-11'), upTo]]).orders);
        const md = Buffer.from(reviewMarkdown(r, 'zh-CN')).toString();
        assert.match(md, /\n\| 指标 \| 2026-03-18 周三 \| 2026-04-18 周六 \| 2026-05-18 周一 \|\n/);
        assert.match(md, /\n\| 订单数 \| \d+（[\d.]+%）[✓✗] \| \d+（[\d.]+%）[✓✗] \| — \|\n/);
        assert.match(md, /统计区间：2026-03-11 00:00 – 2026-04-17 24:00（共 3 期，只计各期内的数据）/);
    });
});

async function snapshot(text: string) {
    const r = await build(text);
    assert.deepEqual(r.diagnostics.filter(d => d.severity === 1).map(d => d.message), [], 'the version has no errors');
    return snapshotOf(r.services.playbook.Models.getModel(r.document)!);
}

const diff = async (a: string, b: string): Promise<DiffJson> => diffSnapshots(await snapshot(a), await snapshot(b));
const rows = (d: DiffJson) => d.events.map(e => `${e.change} ${e.name}#${e.occurrence} run ${e.run} (${e.runDday}) ${e.old?.date ?? '∅'} → ${e.new?.date ?? '∅'}`);

describe('playbook diff per run (real runs of a repeating playbook)', function () {
    this.timeout(60_000);
    it('a run added at the end: only its occurrences are added', async () => {
        const d = await diff(MONTHLY, edit(MONTHLY, ['until 2026-05', 'until 2026-06']));
        // poster due, teaser, rules, checkin ×2, the two checkpoints, open, report: 9 per run.
        assert.deepEqual(d.summary, { moved: 0, added: 9, removed: 0, changed: 1, breaking: false });
        assert.ok(d.events.filter(e => e.change === 'added').every(e => e.run === 4 && e.runDday === '2026-06-18' && e.new!.date >= '2026-06-09'));
        assert.deepEqual(d.declarations.map(c => c.fields.map(f => `${f.field}: ${f.old} → ${f.new}`)), [['repeat: monthly on 18 from 2026-03 until 2026-05 → monthly on 18 from 2026-03 until 2026-06']]);
    });

    it('a run excepted in the middle: that run is removed, the later runs stay where they are', async () => {
        const d = await diff(MONTHLY, edit(MONTHLY, ['until 2026-05', 'until 2026-05 except 2026-04']));
        assert.deepEqual(d.summary, { moved: 0, added: 0, removed: 9, changed: 1, breaking: false });
        assert.ok(d.events.filter(e => e.change === 'removed').every(e => e.run === 2 && e.runDday === '2026-04-18' && e.old!.date.startsWith('2026-04')));
        const en = Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'member_day' }, 'en')).toString();
        assert.ok(en.includes('| removed | 开抢 `open` | 会员日 | 2 (2026-04-18 Sat) | 2026-04-18 Sat 11:00 |  |  |'), en);
    });

    it('a new D-day rule: every run moves by two days, nothing added or removed', async () => {
        const d = await diff(MONTHLY, edit(MONTHLY, ['monthly on 18', 'monthly on 20']));
        assert.deepEqual(d.summary, { moved: 27, added: 0, removed: 0, changed: 4, breaking: false });
        assert.deepEqual(d.declarations.map(c => `${c.kind} ${c.name}`), ['playbook member_day', 'phase warmup', 'phase day_of', 'phase recap']); // the first run's phase dates
        assert.ok(d.events.filter(e => e.change === 'moved').every(e => e.shiftMinutes === 2 * 1440));
        assert.deepEqual([...new Set(d.events.filter(e => e.change === 'moved').map(e => `${e.run} ${e.runDday}`))], ['1 2026-03-20', '2 2026-04-20', '3 2026-05-20']);
    });

    it('a step moved by a day: moved once in each run, with its run', async () => {
        const d = await diff(MONTHLY, edit(MONTHLY, ['day D-3 at 12:00', 'day D-4 at 12:00']));
        assert.deepEqual(rows(d), [
            'moved rules#1 run 1 (2026-03-18) 2026-03-15 → 2026-03-14',
            'moved rules#1 run 2 (2026-04-18) 2026-04-15 → 2026-04-14',
            'moved rules#1 run 3 (2026-05-18) 2026-05-15 → 2026-05-14',
        ]);
        assert.ok(d.events.every(e => e.shiftMinutes === -1440));
    });

    it('aligns runs by D-day, pairing the rest by position between the anchors', () => {
        const a = ['2026-03-18', '2026-04-18', '2026-05-18'];
        assert.deepEqual([...alignRuns(a, a)], [[1, 1], [2, 2], [3, 3]]);
        assert.deepEqual([...alignRuns(a, ['2026-03-18', '2026-05-18'])], [[1, 1], [3, 2]]);
        assert.deepEqual([...alignRuns(a, ['2026-03-20', '2026-04-20', '2026-05-20'])], [[1, 1], [2, 2], [3, 3]]);
        assert.deepEqual([...alignRuns(['2026-04-18', '2026-05-18'], a)], [[1, 2], [2, 3]]); // a run added at the front
        assert.deepEqual([...alignRuns(a, ['2026-03-18', '2026-04-25', '2026-05-18'])], [[1, 1], [2, 2], [3, 3]]); // one run's D-day moved
        assert.deepEqual([...alignRuns([], a)], []);
    });
});
