/**
 * A repeating playbook's KPI targets apply to each run (SCHEDULE.md): `playbook review` judges each
 * run's value against the target (byRunAttainment, byRunStatus), and the KPI over its runs — missed
 * when a run is missed, met when every judged run is met, the attainment their mean. Checked
 * against values worked out here from the seeded rows and the targets, and on crafted runs (one
 * run short of the target, and the near miss where every run reaches it) in json, md (en, zh-CN)
 * and xlsx (read back with the independent reader).
 */
import { strict as assert } from 'node:assert';
import { reviewMarkdown } from '../../language/review/review-md.js';
import { reviewXlsx } from '../../language/review/review-xlsx.js';
import type { LocalDate } from '../../language/model/dates.js';
import { Review } from '../../language/shapes/review.js';
import { validateShippedJson } from '../generators/helpers.js';
import { readXlsx, serialDate } from '../helpers/xlsx-cells.js';
import { MONTHLY, edit } from './pairs.js';
import { DDAYS, actuals, figures, midnight, reviewOf } from './runs-gen.js';

type Status = 'met' | 'missed' | null;
const close = (a: number | null | undefined, b: number | null) => (a === null || b === null ? a === b : Math.abs(a! - b) < 1e-9);
const runRange = (d: string): [number, number] => [midnight(d, -7), midnight(d, 3)];

/** The KPI over its runs as SCHEDULE.md and the schema describe it. */
function overRuns(attainments: (number | null)[], statuses: Status[]): { attainment: number | null; status: Status } {
    const judged = statuses.filter(s => s !== null);
    const known = attainments.filter((a): a is number => a !== null);
    return {
        status: judged.some(s => s === 'missed') ? 'missed' : judged.length ? 'met' : null,
        attainment: known.length ? known.reduce((n, a) => n + a, 0) / known.length : null,
    };
}

/**
 * Crafted runs: check-ins on D-1 by distinct users, orders on D at 11:xx by a few buyers with one
 * amount. Run 2's orders and amount vary; runs 1 and 3 are 120 × 100 and 100 × 95.
 */
function crafted(orders2: number, amount2: number): string {
    const runs = [
        { d: '2026-03-18', checkins: 20, orders: 120, buyers: 6, amount: 100 },
        { d: '2026-04-18', checkins: 40, orders: orders2, buyers: 4, amount: amount2 },
        { d: '2026-05-18', checkins: 25, orders: 100, buyers: 5, amount: 95 },
    ];
    const lines = ['event,time,user,amount,source'];
    runs.forEach((r, i) => {
        const dayBefore = `${r.d.slice(0, 8)}17`;
        for (let j = 0; j < r.checkins; j++) lines.push(`checkin_done,${dayBefore} 10:${String(j % 60).padStart(2, '0')},c${i}_${j},,`);
        for (let j = 0; j < r.orders; j++) lines.push(`order_paid,${r.d} 11:${String(j % 60).padStart(2, '0')},b${i}_${j % r.buyers},${r.amount},`);
    });
    return lines.join('\n') + '\n';
}

describe('playbook review judges a repeating playbook per run', function () {
    this.timeout(60_000);
    for (const seed of [3, 20260318]) {
        it(`seed ${seed}: each run against the target (>= and the inverted <=), the KPI over its runs`, async () => {
            const { csv, rows } = actuals(seed, 1500);
            const seen = new Set<Status>();
            const atMost = edit(MONTHLY, ['= count order_paid target 100', '= count order_paid target <= 90']);
            for (const [text, targets] of [
                [MONTHLY, { orders: ['>=', 100], gmv: ['>=', 9000], conversion: ['>=', 0.2] }],
                [atMost, { orders: ['<=', 90], gmv: ['>=', 9000], conversion: ['>=', 0.2] }],
            ] as const) {
                const r = await reviewOf(csv, undefined, text);
                for (const k of r.kpis) {
                    const target = (targets as Record<string, readonly [string, number]>)[k.name];
                    const attainments: (number | null)[] = [];
                    const statuses: Status[] = [];
                    for (const d of DDAYS) {
                        const value = (figures(rows, [runRange(d)]) as Record<string, number | null>)[k.name];
                        const [op, t] = target ?? ['', 0];
                        const attainment = !target || value === null ? null : op === '<=' ? (value === 0 ? null : t / value) : value / t;
                        const status: Status = !target || value === null ? null : (op === '<=' ? value <= t : value >= t) ? 'met' : 'missed';
                        assert.ok(close(k.byRunAttainment![d], attainment), `${k.name} attainment in run ${d}: ${k.byRunAttainment![d]} ≠ ${attainment}`);
                        assert.equal(k.byRunStatus![d], status, `${k.name} status in run ${d}`);
                        attainments.push(attainment);
                        statuses.push(status);
                        seen.add(status);
                    }
                    const over = overRuns(attainments, statuses);
                    assert.equal(k.status, over.status, `${k.name} over the runs`);
                    assert.ok(close(k.attainment, over.attainment), `${k.name} attainment over the runs: ${k.attainment} ≠ ${over.attainment}`);
                    assert.deepEqual(Object.keys(k.byRunStatus!), DDAYS);
                    assert.deepEqual(Object.keys(k.byRunAttainment!), DDAYS);
                }
            }
            assert.ok(seen.has('met') && seen.has('missed') && seen.has(null), 'the seed gives met, missed and unjudged runs');
        });
    }

    it('one run short of the target: the KPI is missed, though the total is far above a run\'s target', async () => {
        const r = await reviewOf(crafted(80, 50));
        const orders = r.kpis.find(k => k.name === 'orders')!;
        assert.equal(orders.actual, 300, 'the actual stays the total over the runs');
        assert.deepEqual(orders.byRun, { '2026-03-18': 120, '2026-04-18': 80, '2026-05-18': 100 });
        assert.deepEqual(orders.byRunStatus, { '2026-03-18': 'met', '2026-04-18': 'missed', '2026-05-18': 'met' });
        assert.deepEqual(orders.byRunAttainment, { '2026-03-18': 1.2, '2026-04-18': 0.8, '2026-05-18': 1 });
        assert.equal(orders.status, 'missed');
        assert.ok(close(orders.attainment, (1.2 + 0.8 + 1) / 3));
        // 20 % exactly in run 3 (5 buyers of 25 check-ins) is met: `>=`.
        assert.deepEqual(r.kpis.find(k => k.name === 'conversion')!.byRunStatus, { '2026-03-18': 'met', '2026-04-18': 'missed', '2026-05-18': 'met' });
        assert.deepEqual(r.goals.map(g => [g.name, g.status]), [['sell', 'missed']]);
        // Near misses of the shipped schema: a run's status that is not one, an attainment that is text.
        const broken = (edit: (k: Record<string, Record<string, unknown>>) => void) => {
            const copy = JSON.parse(JSON.stringify(r));
            edit(copy.kpis[1]);
            return validateShippedJson('review.schema.json', Review, copy);
        };
        assert.notDeepEqual(broken(k => { k.byRunStatus['2026-04-18'] = 'pending'; }), []);
        assert.notDeepEqual(broken(k => { k.byRunAttainment['2026-04-18'] = '80%'; }), []);
        const checkins = r.kpis.find(k => k.name === 'checkins')!;
        assert.deepEqual([checkins.status, checkins.attainment, checkins.byRunStatus, checkins.byRunAttainment],
            [null, null, { '2026-03-18': null, '2026-04-18': null, '2026-05-18': null }, { '2026-03-18': null, '2026-04-18': null, '2026-05-18': null }]);
    });

    it('near miss: every run reaches the target, so the KPI and its goal are met', async () => {
        const r = await reviewOf(crafted(100, 95));
        const orders = r.kpis.find(k => k.name === 'orders')!;
        assert.deepEqual(orders.byRunStatus, { '2026-03-18': 'met', '2026-04-18': 'met', '2026-05-18': 'met' });
        assert.equal(orders.status, 'met');
        assert.ok(close(orders.attainment, (1.2 + 1 + 1) / 3));
        assert.equal(r.kpis.find(k => k.name === 'gmv')!.status, 'met');
        assert.deepEqual(r.goals.map(g => [g.name, g.status]), [['sell', 'met']]);
    });

    it('--as-of between runs: the run not started is null everywhere and left out of the KPI\'s status and mean', async () => {
        const r = await reviewOf(crafted(100, 95), '2026-04-30');
        const orders = r.kpis.find(k => k.name === 'orders')!;
        assert.deepEqual(orders.byRun, { '2026-03-18': 120, '2026-04-18': 100, '2026-05-18': null });
        assert.deepEqual(orders.byRunAttainment, { '2026-03-18': 1.2, '2026-04-18': 1, '2026-05-18': null });
        assert.deepEqual(orders.byRunStatus, { '2026-03-18': 'met', '2026-04-18': 'met', '2026-05-18': null });
        assert.deepEqual([orders.status, orders.attainment], ['met', 1.1]);
        const en = Buffer.from(reviewMarkdown(r, 'en')).toString().split('\n');
        assert.ok(en.includes('| 订单数 `orders` | ≥ 100 per run | 220 | 110% | ✓ met | met in 2 of 2 runs |'), en.join('\n'));
        assert.ok(en.includes('| 订单数 | 120 (120%) ✓ | 100 (100%) ✓ | — |'), en.join('\n'));
        // Before the first day: nothing judged, not started.
        const early = await reviewOf(crafted(100, 95), '2026-03-01');
        assert.equal(early.started, false);
        for (const k of early.kpis) {
            assert.deepEqual([k.status, k.attainment], [null, null], k.name);
            assert.ok(Object.values(k.byRunStatus!).every(s => s === null) && Object.values(k.byRunAttainment!).every(a => a === null), k.name);
        }
    });

    it('md: targets per run, the total over the runs, how many runs met; each run with its attainment and ✓/✗ (en, zh-CN)', async () => {
        const r = await reviewOf(crafted(80, 50));
        const lines = (locale: 'en' | 'zh-CN') => Buffer.from(reviewMarkdown(r, locale)).toString().split('\n');
        const has = (md: string[], expected: string[]) => { for (const line of expected) assert.ok(md.includes(line), `missing: ${line}\n${md.join('\n')}`); };
        // 300 orders, 25500 of GMV (12000 + 4000 + 9500), 15 buyers of 85 check-ins (17.65 %); attainments
        // orders (1.2 + 0.8 + 1) / 3, GMV (12000 + 4000 + 9500) / 9000 / 3 = 94.4 %, conversion (1.5 + 0.5 + 1) / 3.
        has(lines('en'), [
            '**0 of 1 goals met · 0 of 3 KPIs with targets met**',
            '| KPI | Target | Actual (total over runs) | Attainment (mean of runs) | Status | Runs |',
            '| 签到人数 `checkins` | — | 85 | — | — | — |',
            '| 订单数 `orders` | ≥ 100 per run | 300 | 100% | ✗ missed | met in 2 of 3 runs |',
            '| 成交额 `gmv` | ≥ 9,000 per run | 25500 | 94.4% | ✗ missed | met in 2 of 3 runs |',
            '| 转化 `conversion` | ≥ 20% per run | 17.65% | 100% | ✗ missed | met in 2 of 3 runs |',
            '| KPI | 2026-03-18 Wed | 2026-04-18 Sat | 2026-05-18 Mon |',
            '| 签到人数 | 20 | 40 | 25 |',
            '| 订单数 | 120 (120%) ✓ | 80 (80%) ✗ | 100 (100%) ✓ |',
            '| 成交额 | 12000 (133.3%) ✓ | 4000 (44.4%) ✗ | 9500 (105.6%) ✓ |',
            '| 转化 | 30% (150%) ✓ | 10% (50%) ✗ | 20% (100%) ✓ |',
        ]);
        has(lines('zh-CN'), [
            '**目标达成 0/1 · 有目标值的指标达成 0/3**',
            '| 指标 | 目标值 | 实际值（各期合计） | 达成率（各期平均） | 是否达成 | 各期达成 |',
            '| 签到人数 `checkins` | — | 85 | — | — | — |',
            '| 订单数 `orders` | 每期 ≥ 100 | 300 | 100% | ✗ 未达成 | 3 期中 2 期达成 |',
            '| 转化 `conversion` | 每期 ≥ 20% | 17.65% | 100% | ✗ 未达成 | 3 期中 2 期达成 |',
            '| 指标 | 2026-03-18 周三 | 2026-04-18 周六 | 2026-05-18 周一 |',
            '| 订单数 | 120（120%）✓ | 80（80%）✗ | 100（100%）✓ |',
            '| 转化 | 30%（150%）✓ | 10%（50%）✗ | 20%（100%）✓ |',
        ]);
        // English plural: one run judged.
        const one = Buffer.from(reviewMarkdown(await reviewOf(crafted(80, 50), '2026-03-25'), 'en')).toString();
        assert.ok(one.includes('| 订单数 `orders` | ≥ 100 per run | 120 | 120% | ✓ met | met in 1 of 1 run |'), one);
    });

    it('xlsx: the KPI sheet per run and a row per KPI and run with attainment as a percentage and the status (independent reader)', async () => {
        const r = await reviewOf(crafted(80, 50));
        const sheets = readXlsx(await reviewXlsx(r, 'zh-CN', DDAYS[0] as LocalDate, 1_700_000_000));
        const values = (rows: { value: unknown }[][]) => rows.map(x => x.map(c => c.value));
        const kpis = sheets.get('指标')!;
        assert.deepEqual(values(kpis)[0], ['指标', '目标值', '实际值（各期合计）', '达成率（各期平均）', '是否达成', '各期达成', '标识（ID）']);
        const orders = kpis.find(x => x[6].value === 'orders')!;
        assert.deepEqual(orders.map(c => c.value).filter((_, i) => i !== 3), ['订单数', '每期 ≥ 100', 300, '✗ 未达成', '3 期中 2 期达成', 'orders']);
        assert.ok(close(orders[3].value as number, 1));
        assert.equal(orders[3].format, '0.0%');
        const runs = sheets.get('各期')!;
        assert.deepEqual(values(runs)[0], ['指标', '期次（D 日）', '实际值', '达成率', '是否达成', '标识（ID）']);
        assert.equal(runs.length, 1 + 6 * 3, 'a row per KPI and run');
        const row = (kpi: string, d: string) => runs.find(x => x[5].value === kpi && serialDate(x[1].value as number) === d)!;
        const expected: [string, string, number, number | null, string][] = [
            ['orders', '2026-03-18', 120, 1.2, '✓ 已达成'], ['orders', '2026-04-18', 80, 0.8, '✗ 未达成'], ['orders', '2026-05-18', 100, 1, '✓ 已达成'],
            ['gmv', '2026-04-18', 4000, 4000 / 9000, '✗ 未达成'], ['conversion', '2026-03-18', 0.3, 1.5, '✓ 已达成'], ['checkins', '2026-04-18', 40, null, '—'],
        ];
        for (const [kpi, d, value, attainment, status] of expected) {
            const x = row(kpi, d);
            assert.ok(close(x[2].value as number, value) && close(x[3].value as number | null, attainment), `${kpi} ${d}: ${x.map(c => c.value)}`);
            assert.equal(x[4].value, status);
            assert.equal(x[1].format, 'yyyy-mm-dd');
            if (attainment !== null) assert.equal(x[3].format, '0.0%');
        }
        assert.equal(row('conversion', '2026-04-18')[2].format, '0.00%', 'a ratio KPI\'s run value as a percentage');
        assert.equal(row('orders', '2026-04-18')[2].format, 'General');
    });
});
