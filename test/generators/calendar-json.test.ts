import { strict as assert } from 'node:assert';
import { calendarJson, generateCalendar } from '../../language/generators/index.js';
import { fixtureText, loadModel, modelFromText, text, validateCalendarJson } from './helpers.js';

describe('calendar json', () => {
    it('validates against the shipped schema and holds every kind of event', async () => {
        const model = await loadModel('launch.playbook');
        const json = JSON.parse(text(await generateCalendar(model, 'json', { locale: 'en' })));
        assert.deepEqual(validateCalendarJson(json), []);
        assert.equal(json.playbook, 'tea_launch');
        assert.equal(json.timezone, 'Asia/Shanghai');
        assert.equal(json.start, '2026-03-02');
        assert.equal(json.end, '2026-04-01');
        assert.deepEqual(json.phases.map((p: { name: string }) => p.name), ['warm', 'live', 'review']);
        const types = new Set(json.events.map((e: { type: string }) => e.type));
        assert.deepEqual([...types].sort(), ['asset-due', 'checkpoint', 'milestone', 'step']);
        // `days 15..21` expands into seven occurrences with their own ids.
        const checkins = json.events.filter((e: { name: string }) => e.name === 'checkin');
        assert.equal(checkins.length, 7);
        assert.equal(new Set(checkins.map((e: { id: string }) => e.id)).size, 7);
        assert.equal(checkins[0].id, 'tea_launch.checkin.2026-03-16');
        // Ids are unique overall.
        assert.equal(new Set(json.events.map((e: { id: string }) => e.id)).size, json.events.length);
    });

    it('writes the fields README "Outputs" lists for timed and all-day events', async () => {
        const json = calendarJson(await loadModel('launch.playbook'));
        const push = json.events.find(e => e.id === 'tea_launch.invite_push.2026-03-02')!;
        assert.deepEqual(push, {
            id: 'tea_launch.invite_push.2026-03-02', type: 'step', phase: 'warm', name: 'invite_push', title: '群发入群邀请',
            date: '2026-03-02', time: '09:30', start: '2026-03-02T09:30:00+08:00', end: '2026-03-02T10:00:00+08:00',
            channels: ['fans', 'feed'], owner: 'writer', assets: ['invite', 'kv'], segment: null, reminders: ['PT1H', 'PT10M'],
            note: null, check: null, run: null, dday: null, d: null, dayOff: null, dayNote: null,
        });
        const ship = json.events.find(e => e.name === 'sample_ship')!;
        assert.equal(ship.time, null);
        assert.equal(ship.start, ship.date);
        assert.equal(ship.end, null);
        assert.equal(ship.owner, 'eng');
        const due = json.events.find(e => e.id === 'tea_launch.asset-due.invite')!;
        assert.equal(due.type, 'asset-due');
        assert.equal(due.date, '2026-02-27');
        assert.equal(due.phase, null);
        const checkpoint = json.events.find(e => e.type === 'checkpoint')!;
        assert.equal(checkpoint.id, 'tea_launch.checkpoint.low_join');
        assert.equal(checkpoint.date, '2026-03-15');
        assert.equal(checkpoint.check, 'joins < 40%');
        assert.equal(checkpoint.owner, 'lead');
        const watch = json.events.find(e => e.name === 'night_watch')!;
        assert.equal(watch.end, '2026-03-24T01:30:00+08:00', 'a step past midnight ends the next day');
    });

    it('sorts by start, all-day before timed on a date, then phase order, then text order', async () => {
        const json = calendarJson(await loadModel('launch.playbook'));
        const key = (e: (typeof json.events)[number]) => `${e.date}|${e.time === null ? 0 : 1}|${e.time === null ? '' : e.start}`;
        for (let i = 1; i < json.events.length; i++) {
            assert.ok(key(json.events[i - 1]) <= key(json.events[i]), `${json.events[i - 1].id} before ${json.events[i].id}`);
        }
        const first = json.events.filter(e => e.date === '2026-03-02').map(e => e.id);
        assert.deepEqual(first, ['tea_launch.asset-due.kv', 'tea_launch.invite_push.2026-03-02']);
        const march15 = json.events.filter(e => e.date === '2026-03-15').map(e => e.type);
        assert.deepEqual(march15, ['milestone', 'checkpoint'], 'text order among all-day events of a phase');
    });

    it('keeps ids stable across unrelated edits', async () => {
        const original = fixtureText('launch.playbook');
        const before = calendarJson(await modelFromText(original)).events.map(e => e.id);
        const edited = original
            .replace('// 新茶上市私域活动', '// 一行新注释\n// 新茶上市私域活动')
            .replace('"茶友满意度问卷（单选为主）"', '"茶友满意度问卷（改过标题）"')
            .replace('    milestone report "复盘报告定稿" day 7', '    step thanks "感谢信" day 3 at 11:00 on fans\n    milestone report "复盘报告定稿" day 7');
        const after = calendarJson(await modelFromText(edited)).events.map(e => e.id);
        assert.equal(after.length, before.length + 1);
        for (const id of before) assert.ok(after.includes(id), `${id} kept`);
        assert.ok(after.includes('tea_launch.thanks.2026-03-28'));
    });

    it('is the same in every locale', async () => {
        const model = await loadModel('launch.playbook');
        const en = await generateCalendar(model, 'json', { locale: 'en' });
        const zh = await generateCalendar(model, 'json', { locale: 'zh-CN' });
        assert.equal(Buffer.compare(Buffer.from(en), Buffer.from(zh)), 0);
    });

    it('an all-day step with reminders (counted back from 00:00 of its day) passes the shipped schema', async () => {
        const model = await modelFromText(`import "./shared.playbook"
playbook p "全天提醒" {
  start 2026-12-07
  owner lead
  phase a "爆发" kind burst days 3 {
    step call "高价值茶友电话回访" day 2 on fans remind 1d
  }
}`);
        const json = JSON.parse(text(await generateCalendar(model, 'json', { locale: 'en' })));
        const call = json.events.find((e: { name: string }) => e.name === 'call');
        assert.deepEqual([call.time, call.end, call.reminders], [null, null, ['P1D']]);
        assert.deepEqual(validateCalendarJson(json), []);
    });

    it('the schema rejects malformed calendars', () => {
        const good = { playbook: 'p', title: 't', timezone: 'UTC', start: '2026-01-01', end: '2026-01-02', phases: [], runs: [], events: [], blackouts: [] };
        assert.deepEqual(validateCalendarJson(good), []);
        assert.deepEqual(validateCalendarJson({ ...good, blackouts: [{ from: '2026-10-01', to: '2026-10-07', title: '国庆假期' }, { from: '2026-11-11', to: '2026-11-11', title: null }] }), []);
        assert.notDeepEqual(validateCalendarJson({ ...good, blackouts: [{ from: '2026-10-01', title: '国庆假期' }] }), [], 'a blackout has its last day');
        assert.notDeepEqual(validateCalendarJson({ ...good, start: '2026/01/01' }), []);
        assert.notDeepEqual(validateCalendarJson({ ...good, extra: 1 }), []);
        const event = {
            id: 'p.a.2026-01-01', type: 'step', phase: null, name: 'a', title: 'A', date: '2026-01-01', time: '10:00',
            start: '2026-01-01T10:00:00+08:00', end: '2026-01-01T10:30:00+08:00', channels: [], owner: null, assets: [],
            segment: null, reminders: ['PT1H'], note: null, check: null, run: null, dday: null, d: null, dayOff: null, dayNote: null,
        };
        assert.deepEqual(validateCalendarJson({ ...good, events: [event] }), []);
        assert.notDeepEqual(validateCalendarJson({ ...good, events: [{ ...event, dayOff: 'sunday' }] }), [], 'dayOff is weekend, holiday or null');
        assert.notDeepEqual(validateCalendarJson({ ...good, events: [{ ...event, d: 1.5 }] }), [], 'd is a whole number of days');
        assert.notDeepEqual(validateCalendarJson({ ...good, runs: [{ run: 0, dday: '2026-01-01', start: null, end: null }] }), [], 'runs count from 1');
        assert.notDeepEqual(validateCalendarJson({ ...good, events: [{ ...event, type: 'meeting' }] }), []);
        assert.notDeepEqual(validateCalendarJson({ ...good, events: [{ ...event, time: null }] }), [], 'all-day events start on a date');
        assert.notDeepEqual(validateCalendarJson({ ...good, events: [{ ...event, time: '25:00' }] }), []);
    });
});
