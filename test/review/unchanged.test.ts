/**
 * Per-run judging (byRunAttainment / byRunStatus) is for repeating playbooks only: a playbook
 * without `repeat` — a start date, or a single `dday` (one run, not repeating) — writes the same
 * bytes as before it existed. The golden files were written by the code before that change; the
 * one later edit is deliberate: targets read as people read them (`≥ 5,000`, was `>= 5000`), as in
 * the tracking spec and the diff. The json did not change.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonBytes } from '../../language/generators/common.js';
import { readHeader } from '../../language/review/actuals.js';
import { computeReview } from '../../language/review/review-compute.js';
import { reviewMarkdown } from '../../language/review/review-md.js';
import { reviewXlsx } from '../../language/review/review-xlsx.js';
import { Prng } from '../helpers/prng.js';
import { REVIEW_PLAYBOOK, generateActuals } from './actuals-gen.js';
import { MONTHLY, edit } from './pairs.js';
import { withActuals } from './runs-gen.js';

const GOLDEN = join(import.meta.dirname, 'golden');
/** The single-D-day member day: one run, not repeating. */
const ONE_DDAY = edit(MONTHLY, ['repeat monthly on 18 from 2026-03 until 2026-05', 'dday 2026-03-18']);
/** sha256 of the workbooks (ExcelJS pinned by the lock; document and zip times fixed by SOURCE_DATE_EPOCH). */
const XLSX: Record<string, string> = {
    shop: '043569ecf0723c8ae4c5f845c4aa1604fbb3ed84c2759eee2514c634fa789efe',
    dday: '5e2ee35319eca0b1499934d184763aa8e33f856d575bc68b78d9b2b110495830',
};

function outputs(text: string, csv: string) {
    return withActuals(text, csv, async (model, path) => {
        const review = await computeReview(model, path, await readHeader(path));
        const text8 = (b: Uint8Array) => Buffer.from(b).toString();
        return {
            json: text8(jsonBytes(review)), en: text8(reviewMarkdown(review, 'en')), zh: text8(reviewMarkdown(review, 'zh-CN')),
            xlsx: createHash('sha256').update(await reviewXlsx(review, 'zh-CN', model.start, 1_700_000_000)).digest('hex'),
        };
    });
}

/** Seeded check-ins and orders around the member day (2026-03-05 … 2026-03-24, local time). */
function memberDayActuals(seed: number, count: number): string {
    const rnd = new Prng(seed);
    const lines = ['event,time,user,amount,source'];
    for (let i = 0; i < count; i++) {
        const paid = rnd.chance(0.5);
        const time = `2026-03-${String(rnd.int(5, 24)).padStart(2, '0')} ${String(rnd.int(0, 23)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}`;
        lines.push([paid ? 'order_paid' : 'checkin_done', time, `u${rnd.int(1, 30)}`, paid ? `${rnd.int(10, 300)}` : '', paid ? rnd.pick(['oa', 'group', '']) : ''].join(','));
    }
    return lines.join('\n') + '\n';
}

const CASES = [
    { name: 'shop', text: REVIEW_PLAYBOOK, csv: () => generateActuals(7, 400).csv },
    { name: 'dday', text: ONE_DDAY, csv: () => memberDayActuals(7, 300) },
];

describe('playbook review without repeat: the same bytes as before per-run judging', function () {
    this.timeout(60_000);
    for (const c of CASES) {
        it(`${c.name}: json, md (en, zh-CN) and xlsx unchanged`, async () => {
            const o = await outputs(c.text, c.csv());
            const file = { json: `${c.name}.json`, en: `${c.name}.en.md`, zh: `${c.name}.zh-CN.md` } as const;
            for (const k of ['json', 'en', 'zh'] as const) assert.equal(o[k], readFileSync(join(GOLDEN, file[k]), 'utf8'), `${c.name} ${k}`);
            assert.equal(o.xlsx, XLSX[c.name]);
        });
    }
});
