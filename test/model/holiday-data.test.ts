/**
 * The holiday data against the official 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知),
 * written from the notice, not from the package: if an update of the package got a date wrong,
 * this fails.
 */
import assert from 'node:assert/strict';
import { CN_HOLIDAY_DATA, adaptTable, yearsText } from '../../language/model/holiday-data.js';

/** Each holiday of 2026: its name as the notice gives it, its days off, its 调休 working days. */
const OFFICIAL_2026: { name: RegExp; from: string; to: string; workdays: string[] }[] = [
    { name: /^元旦$/, from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
    { name: /^春节$/, from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
    { name: /^清明/, from: '2026-04-04', to: '2026-04-06', workdays: [] },
    { name: /^劳动节$/, from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
    { name: /^端午/, from: '2026-06-19', to: '2026-06-21', workdays: [] },
    { name: /^中秋/, from: '2026-09-25', to: '2026-09-27', workdays: [] },
    { name: /^国庆节$/, from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
];

function daysOf(year: number): string[] {
    const out: string[] = [];
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
}

describe('holiday data (chinese-days)', () => {
    const data = CN_HOLIDAY_DATA;

    it('has exactly the 2026 holidays and 调休 working days of the official notice', () => {
        const expected = new Map<string, { kind: string; name: RegExp }>();
        for (const h of OFFICIAL_2026) {
            for (const d of daysOf(2026)) if (d >= h.from && d <= h.to) expected.set(d, { kind: 'holiday', name: h.name });
            for (const w of h.workdays) expected.set(w, { kind: 'workday', name: h.name });
        }
        assert.equal(expected.size, 33 + 6);
        for (const day of daysOf(2026)) {
            const fact = data.fact(day);
            const want = expected.get(day);
            if (!want) {
                assert.equal(fact, undefined, `${day} is an ordinary day in 2026, the data says ${JSON.stringify(fact)}`);
                continue;
            }
            assert.ok(fact, `${day} is missing from the data`);
            assert.equal(fact.kind, want.kind, day);
            assert.match(fact.name, want.name, day);
        }
    });

    it('covers 2026 and says which years it covers', () => {
        assert.ok(data.covers(2026));
        assert.ok(data.covers(2004));
        assert.ok(!data.covers(2003));
        assert.equal(data.source, 'chinese-days');
        const ys = data.years;
        assert.deepEqual(ys, Array.from({ length: ys.length }, (_, i) => 2004 + i), 'contiguous from 2004');
        assert.equal(yearsText(data), `2004–${ys[ys.length - 1]}`);
    });

    it('reads the names of the package format and survives malformed entries', () => {
        const d = adaptTable({
            holidays: { '2030-01-01': "New Year's Day,元旦,1", '2030-02-01': '春节', 'not a date': 'x,y,1' },
            workdays: { '2030-01-05': 'Spring Festival,春节,4', '2030-01-06': 42 as unknown as string },
            inLieuDays: { '2030-01-01': "New Year's Day,元旦,1" },
        }, 'test', '0');
        assert.deepEqual(d.fact('2030-01-01'), { kind: 'holiday', name: '元旦', nameEn: "New Year's Day" });
        assert.deepEqual(d.fact('2030-02-01'), { kind: 'holiday', name: '春节', nameEn: undefined });
        assert.deepEqual(d.fact('2030-01-05'), { kind: 'workday', name: '春节', nameEn: 'Spring Festival' });
        assert.equal(d.fact('2030-01-06'), undefined);
        assert.deepEqual(d.years, [2030]);
        assert.equal(yearsText(d), '2030');
        assert.equal(yearsText(adaptTable({}, 'empty', '0')), '');
    });
});
