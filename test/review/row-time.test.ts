/** The `time` cell of the actuals: every accepted layout against Luxon, and what is refused. */
import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { RowTimes } from '../../language/review/row-time.js';

describe('review: time cells', () => {
    const shanghai = new RowTimes('Asia/Shanghai');
    const newYork = new RowTimes('America/New_York');
    const iso = (text: string) => DateTime.fromISO(text, { setZone: true }).toMillis();

    it('reads ISO 8601 with an offset in every spelling', () => {
        for (const [cell, expected] of [
            ['2026-11-11T20:03:00+08:00', '2026-11-11T20:03:00+08:00'],
            ['2026-11-11T12:03:00Z', '2026-11-11T12:03:00Z'],
            ['2026-11-11 20:03:00 +0800', '2026-11-11T20:03:00+08:00'],
            ['2026-11-11T20:03+08', '2026-11-11T20:03:00+08:00'],
            ['2026-11-11T20:03:05.250-05:30', '2026-11-11T20:03:05.250-05:30'],
            ['2026-11-11T20:03:05.123456789Z', '2026-11-11T20:03:05.123Z'],
            ['2026-11-11T24:00:00+08:00', '2026-11-12T00:00:00+08:00'],
            ['2028-02-29T10:00:00Z', '2028-02-29T10:00:00Z'],
        ]) assert.equal(shanghai.parse(cell), iso(expected), cell);
    });

    it('reads wall-clock times in the playbook zone, across daylight-saving changes', () => {
        for (const [cell, local] of [
            ['2026-03-08 01:59', '2026-03-08T01:59'], ['2026-03-08 03:00', '2026-03-08T03:00'],
            ['2026-11-01 12:00:30', '2026-11-01T12:00:30'], ['2026-11-01T23:59:59', '2026-11-01T23:59:59'], ['2026-11-01 24:00', '2026-11-02T00:00'],
        ]) assert.equal(newYork.parse(cell), DateTime.fromISO(local, { zone: 'America/New_York' }).toMillis(), cell);
        assert.equal(shanghai.parse(' 2026-10-12 00:00 '), iso('2026-10-12T00:00:00+08:00'));
    });

    it('refuses what is not a time', () => {
        for (const cell of ['', 'yesterday', '2026-13-01 10:00', '2026-02-29 10:00', '2026-04-31T10:00Z', '2026-10-12 25:00', '2026-10-12 24:01',
            '2026-10-12 10:60', '2026-10-12 10:00:61', '2026-10-12', '2026/10/12 10:00', '2026-10-12T10:00+25:00', '2026-10-12T10:00Zulu', '2026-10-12T10:00:00.Z',
            '1760000000']) assert.equal(shanghai.parse(cell), undefined, cell);
    });
});
