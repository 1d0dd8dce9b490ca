/**
 * The monthly member day's seeded actuals (MONTHLY in pairs.ts: D-days 2026-03-18, 04-18, 05-18,
 * each run D-7 … D+2) with the rows kept, and the figures over day ranges computed here with plain
 * arithmetic, for the per-run review tests.
 */
import type { PlaybookModel } from '../../language/model/playbook-model.js';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHeader } from '../../language/review/actuals.js';
import { type ReviewJson, computeReview } from '../../language/review/review-compute.js';
import { Review } from '../../language/shapes/review.js';
import { validateShippedJson } from '../generators/helpers.js';
import { build } from '../helpers/parse.js';
import { Prng } from '../helpers/prng.js';
import { MONTHLY } from './pairs.js';

export const DAY = 86_400_000;
export const OFFSET = 8 * 3600_000;
export const DDAYS = ['2026-03-18', '2026-04-18', '2026-05-18'];
/** 00:00 (+08:00) of a date shifted by `days`, as epoch millis. */
export const midnight = (date: string, days = 0) => Date.parse(`${date}T00:00:00Z`) - OFFSET + days * DAY;

export interface Row { event: string; epoch: number; user: string; amount: string; source: string }

/** Seeded rows from 2026-03-05 to 2026-05-25 (inside runs, between runs, after the last). */
export function actuals(seed: number, count: number): { csv: string; rows: Row[] } {
    const rnd = new Prng(seed);
    const from = midnight('2026-03-05');
    const to = midnight('2026-05-25');
    const rows: Row[] = [];
    const lines = ['event,time,user,amount,source'];
    for (let i = 0; i < count; i++) {
        const epoch = from + Math.floor(rnd.next() * (to - from) / 60_000) * 60_000;
        const paid = rnd.chance(0.5);
        const row: Row = {
            event: paid ? 'order_paid' : 'checkin_done', epoch, user: `u${rnd.int(1, 40)}`,
            amount: paid ? `${rnd.int(10, 300)}.${rnd.int(0, 9)}` : '', source: paid ? rnd.pick(['oa', 'group', '']) : '',
        };
        rows.push(row);
        const local = new Date(epoch + OFFSET).toISOString();
        // Both time forms the file may use: local wall-clock, and ISO with an offset.
        const time = rnd.chance(0.5) ? `${local.slice(0, 10)} ${local.slice(11, 19)}` : new Date(epoch).toISOString();
        lines.push([row.event, time, row.user, row.amount, row.source].join(','));
    }
    return { csv: lines.join('\n') + '\n', rows };
}

/** The figures over the rows in [from, to) ranges, computed with plain arithmetic. */
export function figures(rows: readonly Row[], ranges: readonly [number, number][]) {
    const inside = rows.filter(r => ranges.some(([a, b]) => r.epoch >= a && r.epoch < b));
    const paid = inside.filter(r => r.event === 'order_paid');
    const checkins = new Set(inside.filter(r => r.event === 'checkin_done').map(r => r.user)).size;
    const buyers = new Set(paid.map(r => r.user)).size;
    return {
        checkins, orders: paid.length, group_orders: paid.filter(r => r.source === 'group').length, buyers,
        gmv: paid.reduce((n, r) => n + Number(r.amount), 0), conversion: checkins ? buyers / checkins : null,
    };
}

/** Runs `fn` on the model of `text` (which must have no error) and an actuals file holding `csv`, in a temporary folder. */
export async function withActuals<T>(text: string, csv: string, fn: (model: PlaybookModel, path: string) => Promise<T>): Promise<T> {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-review-runs-'));
    try {
        const path = join(dir, 'events.csv');
        writeFileSync(path, csv);
        const r = await build(text);
        assert.deepEqual(r.diagnostics.filter(d => d.severity === 1).map(d => d.message), []);
        return await fn(r.services.playbook.Models.getModel(r.document)!, path);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** The review of MONTHLY (or a variant with the same runs) over `csv`, checked against the shipped review.schema.json. */
export function reviewOf(csv: string, asOf?: string, text = MONTHLY): Promise<ReviewJson> {
    return withActuals(text, csv, async (model, path) => {
        assert.deepEqual(model.runs.map(x => x.dday), DDAYS, 'the model has the three runs');
        const json = await computeReview(model, path, await readHeader(path), asOf);
        assert.deepEqual(validateShippedJson('review.schema.json', Review, json), [], 'the review json fits the shipped review.schema.json');
        return json;
    });
}

