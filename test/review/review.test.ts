/**
 * `playbook review` figures against an independent computation: seeded actuals files whose every
 * row the generator knows (event, instant, user, properties, or why it is unreadable), counted here
 * with plain arithmetic — window and phase edges at 00:00 / 24:00, empty cells, bad times.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHeader } from '../../language/review/actuals.js';
import { validateShippedJson } from '../generators/helpers.js';
import { Review } from '../../language/shapes/review.js';
import { type ReviewJson, computeReview } from '../../language/review/review-compute.js';
import { build } from '../helpers/parse.js';
import { PHASES, REVIEW_PLAYBOOK, type TruthRow, WINDOW, generateActuals } from './actuals-gen.js';

const SEEDS = [1, 20261111, 987654321];
const LINE_LIMIT = 100;

function expected(truth: readonly TruthRow[], asOfEnd = WINDOW.to) {
    const readable = truth.filter(r => !r.unreadable);
    const within = (r: TruthRow, from: number, to: number) => r.epoch >= from && r.epoch < Math.min(to, asOfEnd);
    const measure = (from: number, to: number) => {
        const rows = readable.filter(r => within(r, from, to));
        const joins = rows.filter(r => r.event === 'group_join');
        const paid = rows.filter(r => r.event === 'paid');
        const buyers = new Set(paid.map(r => r.user)).size;
        const refunds = rows.filter(r => r.event === 'refund').length;
        const vip = new Set(paid.filter(r => ['true', '1'].includes((r.props.vip ?? '').toLowerCase())).map(r => r.user)).size;
        let gmv = 0;
        for (const r of paid) {
            const n = Number(r.props.amount);
            if (r.props.amount !== '' && Number.isFinite(n)) gmv += n;
        }
        return {
            joins: joins.length, poster_joins: joins.filter(r => r.props.source === 'poster').length,
            other_joins: joins.filter(r => r.props.source !== 'poster').length, buyers, vip_buyers: vip, gmv,
            rate: joins.length ? buyers / joins.length : null, refunds, refund_rate: buyers ? refunds / buyers : null,
        };
    };
    const unreadable = new Map<string, number[]>();
    for (const r of truth) if (r.unreadable) unreadable.set(r.unreadable, [...unreadable.get(r.unreadable) ?? [], r.line]);
    const violations = new Map<string, { rows: number; firstLine: number }>();
    const violate = (key: string, line: number) => {
        const v = violations.get(key);
        if (v) v.rows++;
        else violations.set(key, { rows: 1, firstLine: line });
    };
    for (const r of readable) {
        const p = new Proxy(r.props, { get: (props, key: string) => props[key] ?? '' }); // an absent cell is empty
        if (r.event === 'group_join') {
            if (p.source === '') violate('group_join.source.required', r.line);
            else if (!['poster', 'live'].includes(p.source)) violate('group_join.source.enum', r.line);
            if (p.level !== '' && !/^[-+]?\d+$/.test(p.level)) violate('group_join.level.type', r.line);
        } else if (r.event === 'paid') {
            if (p.amount === '') violate('paid.amount.required', r.line);
            else if (!Number.isFinite(Number(p.amount))) violate('paid.amount.type', r.line);
            if (p.vip !== '' && !['true', 'false', '1', '0'].includes(p.vip.toLowerCase())) violate('paid.vip.type', r.line);
        }
    }
    const pageViews = readable.filter(r => r.event === 'page_view');
    return {
        total: measure(WINDOW.from, WINDOW.to),
        phases: Object.fromEntries(Object.entries(PHASES).map(([name, [from, to]]) => [name, measure(from, to)])),
        checkpoints: { slow: measure(WINDOW.from, WINDOW.from + 3 * 86_400_000).joins, low_sales: measure(WINDOW.from, WINDOW.from + 6 * 86_400_000).gmv },
        outside: readable.filter(r => !within(r, WINDOW.from, WINDOW.to)).length,
        unreadable, violations, pageViews,
    };
}

async function review(csv: string, asOf?: string): Promise<ReviewJson> {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-review-'));
    try {
        const path = join(dir, 'events.csv');
        writeFileSync(path, csv);
        const r = await build(REVIEW_PLAYBOOK);
        assert.deepEqual(r.diagnostics.filter(d => d.severity === 1).map(d => d.message), []);
        const json = await computeReview(r.services.playbook.Models.getModel(r.document)!, path, await readHeader(path), asOf);
        assert.deepEqual(validateShippedJson('review.schema.json', Review, json), [], 'the review json fits the shipped review.schema.json');
        return json;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

describe('playbook review: figures against an independent computation', () => {
    for (const seed of SEEDS) {
        it(`seed ${seed}: KPIs, phases, checkpoints, goals and tracking quality`, async () => {
            const { csv, truth } = generateActuals(seed, 3000);
            const r = await review(csv);
            const x = expected(truth);
            const kpi = (name: string) => r.kpis.find(k => k.name === name)!;
            for (const [name, value] of Object.entries(x.total)) {
                if (name === 'refunds' && !kpi(name)) continue;
                assert.ok(close(kpi(name).actual, value), `${name}: ${kpi(name).actual} ≠ ${value}`);
            }
            for (const [phase, values] of Object.entries(x.phases)) {
                for (const [name, value] of Object.entries(values)) assert.ok(close(kpi(name).byPhase[phase], value), `${name} in ${phase}: ${kpi(name).byPhase[phase]} ≠ ${value}`);
            }
            assert.equal(kpi('joins').status, x.total.joins >= 600 ? 'met' : 'missed');
            assert.ok(close(kpi('joins').attainment, x.total.joins / 600));
            assert.equal(kpi('refund_rate').status, x.total.refund_rate === null ? null : x.total.refund_rate <= 0.1 ? 'met' : 'missed');
            assert.deepEqual(r.checkpoints.map(c => [c.risk, c.date, c.actual, c.threshold, c.status]), [
                ['slow', '2026-10-14', x.checkpoints.slow, 240, x.checkpoints.slow < 240 ? 'triggered' : 'clear'],
                ['low_sales', '2026-10-17', x.checkpoints.low_sales, 1000, x.checkpoints.low_sales < 1000 ? 'triggered' : 'clear'],
            ]);
            const statusOf = (n: string) => kpi(n).status;
            assert.deepEqual(r.goals.map(g => [g.name, g.status]), [
                ['grow', statusOf('joins')],
                ['sell', [statusOf('gmv'), statusOf('rate'), statusOf('refund_rate')].includes('missed') ? 'missed'
                    : [statusOf('gmv'), statusOf('rate'), statusOf('refund_rate')].every(s => s === 'met') ? 'met' : null],
            ]);
            // Nothing dropped silently: every row is counted, outside the window, or unreadable.
            const unreadableRows = [...x.unreadable.values()].reduce((n, l) => n + l.length, 0);
            assert.equal(r.rows.read, truth.length);
            assert.equal(r.rows.unreadable, unreadableRows);
            assert.equal(r.rows.outsideWindow, x.outside);
            assert.equal(r.rows.counted + r.rows.outsideWindow + r.rows.unreadable, r.rows.read);
            assert.deepEqual(new Map(r.tracking.unreadable.map(u => [u.problem, u.lines])), new Map([...x.unreadable].map(([k, l]) => [k, l.slice(0, LINE_LIMIT)])));
            assert.deepEqual(new Map(r.tracking.violations.map(v => [`${v.event}.${v.property}.${v.problem}`, { rows: v.rows, firstLine: v.firstLine }])), x.violations);
            assert.deepEqual(r.tracking.unplanned, [{ event: 'page_view', rows: x.pageViews.length, firstLine: x.pageViews[0].line }]);
            assert.deepEqual(r.tracking.missing, []);
        });
    }

    it('--as-of: counts up to the end of that day; later checkpoints are pending', async () => {
        const { csv, truth } = generateActuals(7, 2000);
        const asOfEnd = WINDOW.from + 4 * 86_400_000; // 2026-10-15 24:00
        const r = await review(csv, '2026-10-15');
        const x = expected(truth, asOfEnd);
        assert.equal(r.asOf, '2026-10-15');
        assert.deepEqual(r.window, { start: '2026-10-12T00:00:00+08:00', end: '2026-10-16T00:00:00+08:00' });
        assert.equal(r.kpis.find(k => k.name === 'joins')!.actual, x.total.joins);
        assert.deepEqual(r.checkpoints.map(c => c.status), [x.checkpoints.slow < 240 ? 'triggered' : 'clear', 'pending']);
        assert.equal(r.kpis.find(k => k.name === 'joins')!.byPhase.burst, 0);
    });

    it('the window edges: 00:00 of the first day is in, 24:00 of the last day is out', async () => {
        const csv = ['event,time,user,source',
            'group_join,2026-10-12 00:00,a,poster', 'group_join,2026-10-11 23:59:59,b,poster', 'group_join,2026-10-11T16:00:00Z,c,poster',
            'group_join,2026-10-21 23:59:59,d,poster', 'group_join,2026-10-21 24:00,e,poster', 'group_join,2026-10-22T00:00:00+08:00,f,poster',
            'group_join,2026-10-16 24:00,g,poster', ''].join('\n');
        const r = await review(csv);
        const joins = r.kpis.find(k => k.name === 'joins')!;
        assert.equal(joins.actual, 4); // a, c (the same instant as a), d, g
        assert.deepEqual(joins.byPhase, { warm: 2, burst: 1, review: 1 }); // g at 10-16 24:00 is burst's first instant
        assert.deepEqual(r.rows, { read: 7, counted: 4, outsideWindow: 3, unreadable: 0, last: '2026-10-22' });
        assert.deepEqual(r.tracking.missing, [{ event: 'paid', track: 'paid' }, { event: 'refund', track: 'refund' }]);
    });
});
