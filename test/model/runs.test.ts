/**
 * Run expansion (`repeat …`) against an independent computation: every day of a range is tested
 * on its own with the platform's Date (day of month, last day, weekday, distance from the start),
 * instead of stepping from one D-day to the next as the model does.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type RepeatRule, MAX_RUNS, expandRuns } from '../../language/model/runs.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Every day from `from` to `until` (inclusive) that the predicate keeps, minus the exceptions. */
function brute(from: string, until: string, keep: (t: number) => boolean, except: readonly string[]): string[] | 'too-many' {
    const out: string[] = [];
    for (let t = at(from); t <= at(until); t += DAY) {
        const d = iso(t);
        if (!keep(t) || except.includes(d) || except.includes(d.slice(0, 7))) continue;
        out.push(d);
    }
    return out.length > MAX_RUNS ? 'too-many' : out;
}

function expected(rule: RepeatRule): string[] | 'too-many' {
    switch (rule.kind) {
        case 'monthly': {
            const last = new Date(Date.UTC(Number(rule.until.slice(0, 4)), Number(rule.until.slice(5, 7)), 0));
            return brute(`${rule.from}-01`, iso(last.getTime()), t => {
                const d = new Date(t);
                const lastOfMonth = new Date(t + DAY).getUTCDate() === 1;
                return rule.day === 'last' ? lastOfMonth : d.getUTCDate() === rule.day;
            }, rule.except);
        }
        case 'weekly':
            return brute(rule.from, rule.until, t => ((new Date(t).getUTCDay() + 6) % 7) + 1 === rule.weekday, rule.except);
        case 'every':
            return brute(rule.from, rule.until, t => Math.round((t - at(rule.from)) / DAY) % rule.days === 0, rule.except);
        case 'dates': {
            const set = [...new Set(rule.dates)].filter(d => !rule.except.includes(d) && !rule.except.includes(d.slice(0, 7))).sort();
            return set.length > MAX_RUNS ? 'too-many' : set;
        }
    }
}

const dateArb = fc.integer({ min: at('1999-12-01'), max: at('2031-03-01') }).map(t => iso(Math.floor(t / DAY) * DAY));
const rangeArb = fc.tuple(dateArb, fc.integer({ min: 0, max: 3 * 366 })).map(([from, len]) => ({ from, until: iso(at(from) + len * DAY) }));
const monthArb = dateArb.map(d => d.slice(0, 7));

function exceptArb(range: { from: string; until: string }) {
    const inRange = fc.integer({ min: 0, max: Math.round((at(range.until) - at(range.from)) / DAY) }).map(n => iso(at(range.from) + n * DAY));
    return fc.array(fc.oneof(inRange, inRange.map(d => d.slice(0, 7)), dateArb), { maxLength: 6 });
}

const ruleArb: fc.Arbitrary<RepeatRule> = fc.oneof(
    fc.tuple(monthArb, fc.integer({ min: 0, max: 40 }), fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constant('last' as const)))
        .chain(([from, months, day]) => {
            const y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)) - 1 + months;
            const until = `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
            return exceptArb({ from: `${from}-01`, until: `${until}-28` }).map(except => ({ kind: 'monthly', day, from, until, except }) as RepeatRule);
        }),
    fc.tuple(rangeArb, fc.integer({ min: 1, max: 7 }))
        .chain(([r, weekday]) => exceptArb(r).map(except => ({ kind: 'weekly', weekday, ...r, except }) as RepeatRule)),
    fc.tuple(rangeArb, fc.integer({ min: 1, max: 60 }))
        .chain(([r, days]) => exceptArb(r).map(except => ({ kind: 'every', days, ...r, except }) as RepeatRule)),
    fc.array(dateArb, { minLength: 1, maxLength: 12 })
        .chain(dates => fc.array(fc.oneof(fc.constantFrom(...dates), dateArb.map(d => d.slice(0, 7))), { maxLength: 3 })
            .map(except => ({ kind: 'dates', dates, except }) as RepeatRule)),
);

describe('run expansion (repeat)', () => {
    it('equals a day-by-day computation over random rules and ranges', () => {
        fc.assert(fc.property(ruleArb, rule => {
            const got = expandRuns(rule);
            const want = expected(rule);
            if (want === 'too-many') assert.deepEqual(got, { ok: false, problem: 'too-many' });
            else assert.deepEqual(got, { ok: true, ddays: want });
        }), { numRuns: 400, seed: Number(process.env.PLAYBOOK_FUZZ_SEED ?? 20270118) });
    });

    it('expands the examples of SCHEDULE.md', () => {
        const monthly = expandRuns({ kind: 'monthly', day: 18, from: '2027-01', until: '2027-06', except: ['2027-02'] });
        assert.deepEqual(monthly, { ok: true, ddays: ['2027-01-18', '2027-03-18', '2027-04-18', '2027-05-18', '2027-06-18'] });
        const last = expandRuns({ kind: 'monthly', day: 'last', from: '2027-01', until: '2028-02', except: [] });
        assert.ok(last.ok);
        assert.deepEqual([last.ddays[1], last.ddays[3], last.ddays[13]], ['2027-02-28', '2027-04-30', '2028-02-29']);
        const weekly = expandRuns({ kind: 'weekly', weekday: 4, from: '2027-01-07', until: '2027-03-25', except: [] });
        assert.ok(weekly.ok);
        assert.equal(weekly.ddays.length, 12);
        assert.equal(weekly.ddays[11], '2027-03-25');
        const every = expandRuns({ kind: 'every', days: 14, from: '2027-01-07', until: '2027-06-30', except: ['2027-01-21'] });
        assert.ok(every.ok);
        assert.deepEqual(every.ddays.slice(0, 2), ['2027-01-07', '2027-02-04']);
        assert.deepEqual(expandRuns({ kind: 'dates', dates: ['2027-11-11', '2027-03-08', '2027-06-18', '2027-03-08'], except: [] }),
            { ok: true, ddays: ['2027-03-08', '2027-06-18', '2027-11-11'] });
    });

    it('refuses what cannot be a schedule, with the reason', () => {
        const problem = (rule: RepeatRule) => { const e = expandRuns(rule); return e.ok ? 'ok' : e.problem; };
        assert.equal(problem({ kind: 'monthly', day: 29, from: '2027-01', until: '2027-06', except: [] }), 'day-of-month');
        assert.equal(problem({ kind: 'monthly', day: 0, from: '2027-01', until: '2027-06', except: [] }), 'day-of-month');
        assert.equal(problem({ kind: 'monthly', day: 1, from: '2027-13', until: '2027-06', except: [] }), 'bad-date');
        assert.equal(problem({ kind: 'monthly', day: 1, from: '2027-06', until: '2027-01', except: [] }), 'reversed');
        assert.equal(problem({ kind: 'weekly', weekday: 8, from: '2027-01-01', until: '2027-06-01', except: [] }), 'weekday');
        assert.equal(problem({ kind: 'every', days: 0, from: '2027-01-01', until: '2027-06-01', except: [] }), 'interval');
        assert.equal(problem({ kind: 'every', days: 1.5, from: '2027-01-01', until: '2027-06-01', except: [] }), 'interval');
        assert.equal(problem({ kind: 'every', days: 1, from: '2027-02-30', until: '2027-06-01', except: [] }), 'bad-date');
        assert.equal(problem({ kind: 'dates', dates: ['2027-01-01'], except: ['2027-1'] }), 'bad-date');
        // 366 runs is the limit; one more is refused, and a range of millions of days ends at once.
        assert.equal(problem({ kind: 'every', days: 1, from: '2028-01-01', until: '2028-12-31', except: [] }), 'ok');
        assert.equal(problem({ kind: 'every', days: 1, from: '2027-01-01', until: '2028-01-02', except: [] }), 'too-many');
        assert.equal(problem({ kind: 'every', days: 1, from: '0100-01-01', until: '9999-12-31', except: [] }), 'too-many');
        assert.equal(problem({ kind: 'monthly', day: 'last', from: '0100-01', until: '9999-12', except: [] }), 'too-many');
        // …but excepting enough brings it back under.
        assert.equal(problem({ kind: 'every', days: 1, from: '2027-01-01', until: '2028-01-02', except: ['2027-01-01'] }), 'ok');
    });
});
