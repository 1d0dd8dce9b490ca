import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { addDays, daysBetween, parseLocalDate, weekdayOf } from '../../language/model/dates.js';
import { Prng } from '../helpers/prng.js';

describe('date arithmetic (fast paths agree with Luxon)', () => {
    it('adds days, counts days and names weekdays like Luxon for 20,000 random dates', () => {
        const rng = new Prng(20261123);
        for (let i = 0; i < 20_000; i++) {
            const base = DateTime.fromObject({ year: 100 + rng.int(0, 9799), month: 1 + rng.int(0, 11), day: 1 + rng.int(0, 30) }, { zone: 'utc' });
            if (!base.isValid) continue;
            const iso = base.toISODate()!;
            const n = rng.int(-2000, 2000);
            const expected = base.plus({ days: n });
            if (expected.year < 100 || expected.year > 9999) continue;
            assert.equal(addDays(iso, n), expected.toISODate(), `${iso} + ${n}`);
            assert.equal(daysBetween(iso, expected.toISODate()!), n, `${iso} → ${expected.toISODate()}`);
            assert.equal(weekdayOf(iso), base.weekday, `weekday of ${iso}`);
        }
    });

    it('knows real calendar dates, leap years and the edges', () => {
        assert.equal(parseLocalDate('2024-02-29'), '2024-02-29');
        assert.equal(parseLocalDate('2023-02-29'), undefined);
        assert.equal(parseLocalDate('2026-02-30'), undefined);
        assert.equal(parseLocalDate('2026-13-01'), undefined);
        assert.equal(parseLocalDate('2026-00-10'), undefined);
        assert.equal(parseLocalDate('1900-02-29'), undefined);
        assert.equal(parseLocalDate('2000-02-29'), '2000-02-29');
        assert.equal(parseLocalDate('0050-06-15'), '0050-06-15', 'early years go through Luxon');
        assert.equal(addDays('0099-12-31', 1), '0100-01-01');
        assert.equal(addDays('2026-10-31', 1), '2026-11-01');
        assert.equal(weekdayOf('2026-11-23'), 1, 'a Monday');
    });
});
