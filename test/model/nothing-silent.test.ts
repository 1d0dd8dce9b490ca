/**
 * Issue 10 §1 "Nothing silent", the model and outputs side: what was dropped or shown wrong
 * without a word, read back from the model and from each output with an independent parser.
 */
import { strict as assert } from 'node:assert';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { generateCalendar, generateTracking } from '../../language/generators/index.js';
import type { PlaybookModel } from '../../language/model/playbook-model.js';
import { build } from '../helpers/parse.js';

async function modelOf(text: string, files: Record<string, string> = {}): Promise<PlaybookModel> {
    const r = await build(text, files);
    const errors = r.diagnostics.filter(d => d.severity === 1);
    assert.deepEqual(errors.map(e => e.message), [], 'the playbook has no errors');
    return r.services.playbook.Models.getModel(r.document)!;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');

function icsEvents(bytes: Uint8Array) {
    const cal = new ICAL.Component(ICAL.parse(decode(bytes)));
    return cal.getAllSubcomponents('vevent').map(v => {
        const ev = new ICAL.Event(v);
        return {
            uid: ev.uid,
            start: ev.startDate.isDate ? ev.startDate.toString() : ev.startDate.toJSDate().toISOString(),
            allDay: ev.startDate.isDate,
            alarms: v.getAllSubcomponents('valarm').map(a => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
        };
    });
}

const HEAD = 'start 2027-03-01 owner ops role ops "运营"';

describe('nothing silent: the model and its outputs', () => {
    it('`remind` on an all-day step is kept, before 00:00 of its day, and becomes a VALARM', async () => {
        const m = await modelOf(`playbook p "t" { ${HEAD}
  phase a "A" days 3 { step s "全天" day 2 remind 1d remind 2h step t "定时" day 3 at 10:00 remind 30m } }`);
        const s = m.events.find(e => e.name === 's')!;
        assert.equal(s.time, undefined, 'still all-day');
        assert.deepEqual(s.reminderMinutes, [1440, 120]);
        assert.deepEqual(s.reminders, ['P1D', 'PT2H']);
        const ics = icsEvents(await generateCalendar(m, 'ics', { locale: 'en' }));
        const allDay = ics.find(e => e.allDay)!;
        assert.equal(allDay.start, '2027-03-02');
        assert.deepEqual(allDay.alarms, [-86400, -7200], 'relative to DTSTART, the start of the day');
        assert.deepEqual(ics.find(e => !e.allDay)!.alarms, [-1800]);
    });

    it('an asset imported from a library that a step uses has its due date in the calendar', async () => {
        const lib = 'library shared { asset poster "活动海报" kind poster { ready 2027-02-26 } asset unused "没用上" kind copy { ready 2027-02-20 } }';
        const m = await modelOf(`import "./shared.playbook"
playbook p "t" { ${HEAD}
  phase a "A" days 3 { step s "发海报" day 1 uses poster } }`, { 'shared.playbook': lib });
        const due = m.events.filter(e => e.type === 'asset-due');
        assert.deepEqual(due.map(e => [e.name, e.date, e.id]), [['poster', '2027-02-26', 'p.asset-due.poster']]);
        const json = JSON.parse(decode(await generateCalendar(m, 'json', { locale: 'en' })));
        assert.ok(json.events.some((e: { type: string; date: string }) => e.type === 'asset-due' && e.date === '2027-02-26'));
        assert.ok(icsEvents(await generateCalendar(m, 'ics', { locale: 'en' })).some(e => e.start === '2027-02-26'));
    });

    it('`at 02:30` in a daylight-saving gap is 03:30 everywhere: model, csv, md and ics', async () => {
        const m = await modelOf(`playbook p "t" { start 2027-03-14 timezone "America/New_York" owner ops role ops "运营"
  phase a "A" days 1 { step s "推送" day 1 at 02:30 } }`);
        const e = m.events[0];
        assert.equal(e.time, '03:30');
        assert.equal(e.start?.local, '2027-03-14T03:30:00-04:00');
        const rows = parseCsv(decode(await generateCalendar(m, 'csv', { locale: 'en' })), { columns: true }) as Record<string, string>[];
        assert.ok(Object.values(rows[0]).includes('03:30'), JSON.stringify(rows[0]));
        assert.ok(!Object.values(rows[0]).includes('02:30'));
        const md = decode(await generateCalendar(m, 'md', { locale: 'en' }));
        assert.match(md, /03:30–04:00/);
        assert.doesNotMatch(md, /02:30/);
        assert.equal(icsEvents(await generateCalendar(m, 'ics', { locale: 'en' }))[0].start, '2027-03-14T07:30:00.000Z');
    });

    it('an end at midnight reads 24:00; a one-day phase shows one date', async () => {
        const m = await modelOf(`playbook p "t" { ${HEAD}
  phase a "A" days 1 { step s "晚场" day 1 at 21:00 for 3h step l "跨夜" day 1 at 23:00 for 2h } }`);
        const md = decode(await generateCalendar(m, 'md', { locale: 'en' }));
        assert.match(md, /21:00–24:00/);
        assert.match(md, /23:00–2027-03-02 01:00/);
        assert.match(md, /## A `a` · 2027-03-01\n/);
        assert.doesNotMatch(md, /2027-03-01 – 2027-03-01/);
        const rows = parseCsv(decode(await generateCalendar(m, 'csv', { locale: 'en' })), { columns: true }) as Record<string, string>[];
        assert.ok(Object.values(rows.find(r => Object.values(r).includes('21:00'))!).includes('24:00'));
    });

    it('tracking md and json (the xlsx KPI sheet) name the event by its wire name in KPI formulas', async () => {
        const m = await modelOf(`playbook p "t" { ${HEAD}
  track group_joined "进群" { event "group_join" property source string }
  kpi joins "进群数" = count group_joined where source = "poster" target 100
  kpi amount "人数" = unique group_joined target 50 }`);
        const md = decode(await generateTracking(m, 'md', { locale: 'en' }));
        assert.match(md, /`count group_join where source = "poster"`/);
        assert.match(md, /`unique group_join`/);
        assert.doesNotMatch(md, /count group_joined|unique group_joined/);
        const json = JSON.parse(decode(await generateTracking(m, 'json', { locale: 'en' })));
        assert.deepEqual(json.kpis.map((k: { formula: string }) => k.formula), ['count group_join where source = "poster"', 'unique group_join']);
    });

    it('a `ready`/`by` day past the phase gives no date (and day-out-of-range an error)', async () => {
        const r = await build(`playbook p "t" { ${HEAD}
  asset poster "海报" kind poster { ready a day 9 }
  phase a "A" days 3 { step s "x" day 1 } }`);
        const m = r.services.playbook.Models.getModel(r.document)!;
        assert.equal(m.events.filter(e => e.type === 'asset-due').length, 0);
        assert.ok(r.diagnostics.some(d => d.code === 'day-out-of-range' && /no day 9/.test(String(d.message))));
    });
});
