/**
 * dates.ts answers most questions with plain day-number arithmetic instead of Luxon (a speed-up for
 * big playbooks). These tests compare every fast path with the plain Luxon computation it replaces,
 * over random dates, times and zones (DST zones, half-hour zones, zones south of the equator).
 */
import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { atWallClock, daysBetween, parseLocalDate, parseTimeOfDay, plusMinutes, prepareZone, shiftDate, utcMidnight, wallClockOf, weekdayOf } from '../../language/model/dates.js';
import { Prng } from '../helpers/prng.js';

const utc = (d: string) => DateTime.fromISO(d, { zone: 'utc' });
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'UTC', 'America/Sao_Paulo', 'Asia/Tehran'];

function reference(date: string, hour: number, minute: number, zone: string) {
    const [y, mo, d] = date.split('-').map(Number);
    const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour, minute }, { zone });
    return {
        local: dt.toISO({ suppressMilliseconds: true, includeOffset: true }),
        utc: dt.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\+00:00$/, 'Z'),
        epochMillis: dt.toMillis(),
    };
}

/** The three fields, as a plain object (fast-path times write their strings when read). */
const plain = (z: { local: string; utc: string; epochMillis: number }) => ({ local: z.local, utc: z.utc, epochMillis: z.epochMillis });

function randomDate(rnd: Prng): string {
    const y = rnd.chance(0.1) ? rnd.int(0, 9999) : rnd.int(1990, 2060);
    return `${String(y).padStart(4, '0')}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 31)).padStart(2, '0')}`;
}

describe('robustness: fast date arithmetic agrees with Luxon', () => {
    const rnd = new Prng(424242);

    it('parseLocalDate, daysBetween, weekdayOf, shiftDate', () => {
        for (let i = 0; i < 6_000; i++) {
            const text = randomDate(rnd);
            const valid = utc(text).isValid;
            assert.equal(parseLocalDate(text), valid ? text : undefined, text);
            if (!valid) continue;
            const days = rnd.chance(0.05) ? rnd.int(-3_000_000, 3_000_000) : rnd.int(-800, 800);
            const expected = utc(text).plus({ days }).toISODate();
            assert.equal(shiftDate(text, days), expected && /^\d{4}-\d{2}-\d{2}$/.test(expected) ? expected : undefined);
            assert.equal(weekdayOf(text), utc(text).weekday, text);
            assert.equal(utcMidnight(text).getTime(), utc(text).toMillis(), text);
            const other = randomDate(rnd);
            if (utc(other).isValid) assert.equal(daysBetween(text, other), Math.round(utc(other).diff(utc(text), 'days').days), `${text}..${other}`);
        }
        for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '1900-02-29', '0000-00-00', '2026-1-01']) {
            assert.equal(parseLocalDate(bad), undefined, bad);
        }
        for (const good of ['2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31']) assert.equal(parseLocalDate(good), good);
        assert.equal(shiftDate('9999-12-31', 1), undefined);
        assert.equal(shiftDate('2026-01-01', Number.NaN), undefined);
    });

    it('atWallClock and plusMinutes, including DST changes and their gaps', () => {
        for (let i = 0; i < 6_000; i++) {
            const zone = rnd.pick(ZONES);
            // Many samples around the spring and autumn changes of both hemispheres.
            const date = rnd.chance(0.5)
                ? `${rnd.int(1995, 2040)}-${rnd.pick(['03', '04', '09', '10', '11'])}-${String(rnd.int(1, 31)).padStart(2, '0')}`
                : randomDate(rnd);
            if (!utc(date).isValid) continue;
            const hour = rnd.int(0, 23);
            const minute = rnd.pick([0, 15, 30, 45, rnd.int(0, 59)]);
            const time = parseTimeOfDay(`${hour}:${String(minute).padStart(2, '0')}`)!;
            const got = atWallClock(date, time, zone);
            const want = reference(date, hour, minute, zone);
            assert.deepEqual(plain(got), want, `${date} ${time.text} ${zone}`);
            assert.equal(wallClockOf(got), want.local!.slice(11, 16), `${date} ${time.text} ${zone}`);
            const minutes = rnd.pick([30, 45, 60, 90, 180, 1440, rnd.int(1, 100_000)]);
            const end = plusMinutes(got, minutes, zone);
            const dt = DateTime.fromMillis(want.epochMillis + minutes * 60_000, { zone });
            assert.deepEqual(plain(end), {
                local: dt.toISO({ suppressMilliseconds: true, includeOffset: true }),
                utc: dt.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\+00:00$/, 'Z'),
                epochMillis: dt.toMillis(),
            }, `${date} ${time.text} + ${minutes}m ${zone}`);
            assert.equal(wallClockOf(end), end.local.slice(11, 16));
        }
    });

    it('atWallClock and plusMinutes on and around every offset change of 2026 in every zone', function () {
        this.timeout(120_000);
        // Offset changes found by sampling each zone's offset daily (Luxon's Zone#offset),
        // then every wall-clock half hour of the day before, the day of and the day after compared.
        const zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
        const from = Date.UTC(2026, 0, 1);
        const to = Date.UTC(2027, 0, 1);
        let days = 0;
        for (const zone of zones) {
            const z = DateTime.now().setZone(zone).zone;
            let previous = z.offset(from);
            for (let t = from; t < to; t += 86_400_000) {
                const offset = z.offset(t);
                if (offset === previous) continue;
                previous = offset;
                const day = DateTime.fromMillis(t, { zone }).toISODate()!;
                for (const date of [shiftDate(day, -1)!, day, shiftDate(day, 1)!]) {
                    days++;
                    for (let m = 0; m < 1440; m += 30) {
                        const hour = Math.floor(m / 60);
                        const minute = m % 60;
                        const time = parseTimeOfDay(`${hour}:${String(minute).padStart(2, '0')}`)!;
                        const got = atWallClock(date, time, zone);
                        assert.deepEqual(plain(got), reference(date, hour, minute, zone), `${date} ${time.text} ${zone}`);
                        const end = plusMinutes(got, 150, zone);
                        const dt = DateTime.fromMillis(got.epochMillis + 150 * 60_000, { zone });
                        assert.equal(end.local, dt.toISO({ suppressMilliseconds: true, includeOffset: true }), `${date} ${time.text} + 150m ${zone}`);
                        assert.equal(end.epochMillis, dt.toMillis());
                    }
                }
            }
        }
        assert.ok(days > 150, `offset changes found: ${days / 3}`);
    });

    it('atWallClock day after day through 2027 (each day knowing the day before), around the clock', function () {
        this.timeout(60_000);
        for (const zone of ZONES) {
            for (let date = '2027-01-01'; date < '2028-01-01'; date = shiftDate(date, 1)!) {
                for (const [hour, minute] of [[0, 0], [1, 30], [2, 30], [3, 0], [12, 0], [23, 30]]) {
                    const time = parseTimeOfDay(`${hour}:${String(minute).padStart(2, '0')}`)!;
                    assert.deepEqual(plain(atWallClock(date, time, zone)), reference(date, hour, minute, zone), `${date} ${time.text} ${zone}`);
                }
            }
        }
    });

    it('prepareZone (the start-up warm-up of the server) takes any zone name and changes no answer', () => {
        for (const zone of ['Asia/Shanghai', 'America/New_York', 'Not/AZone', '', '\u0000']) assert.doesNotThrow(() => prepareZone(zone), zone);
        const time = parseTimeOfDay('10:00')!;
        assert.deepEqual(plain(atWallClock('2026-11-01', time, 'America/New_York')), reference('2026-11-01', 10, 0, 'America/New_York'));
    });

    it('known DST cases', () => {
        // Berlin springs forward at 02:00 on 2026-03-29: 02:30 does not exist, Luxon moves it to 03:30 +02:00.
        assert.equal(atWallClock('2026-03-29', parseTimeOfDay('02:30')!, 'Europe/Berlin').local, '2026-03-29T03:30:00+02:00');
        assert.equal(atWallClock('2026-03-30', parseTimeOfDay('10:00')!, 'Europe/Berlin').local, '2026-03-30T10:00:00+02:00');
        assert.equal(atWallClock('2026-03-28', parseTimeOfDay('10:00')!, 'Europe/Berlin').utc, '2026-03-28T09:00:00Z');
        assert.equal(atWallClock('2026-10-12', parseTimeOfDay('10:00')!, 'Asia/Shanghai').utc, '2026-10-12T02:00:00Z');
        const start = atWallClock('2026-10-24', parseTimeOfDay('23:00')!, 'Europe/Berlin');
        assert.equal(plusMinutes(start, 240, 'Europe/Berlin').local, '2026-10-25T02:00:00+01:00');
    });
});
