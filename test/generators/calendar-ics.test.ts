import { strict as assert } from 'node:assert';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { calendarJson, generateCalendar } from '../../language/generators/index.js';
import { fixtureText, loadModel, modelFromText, text } from './helpers.js';

interface ParsedEvent {
    uid: string;
    summary: string;
    description: string;
    categories: string[];
    allDay: boolean;
    /** `YYYY-MM-DD` for all-day events, else an ISO instant. */
    start: string;
    end: string;
    startMillis: number;
    alarms: { action: string; seconds: number; description: string }[];
    stampUtc: boolean;
    stamp: string;
}

/** Parses an iCalendar file with ical.js (an independent parser). */
function parseIcs(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map(vevent => {
        const ev = new ICAL.Event(vevent);
        const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
        return {
            uid: ev.uid,
            summary: ev.summary,
            description: ev.description ?? '',
            categories: vevent.getAllProperties('categories').flatMap(p => p.getValues() as string[]),
            allDay: ev.startDate.isDate,
            start: ev.startDate.isDate ? ev.startDate.toString() : ev.startDate.toJSDate().toISOString(),
            end: ev.endDate.isDate ? ev.endDate.toString() : ev.endDate.toJSDate().toISOString(),
            startMillis: ev.startDate.toJSDate().getTime(),
            alarms: vevent.getAllSubcomponents('valarm').map(a => ({
                action: String(a.getFirstPropertyValue('action')),
                seconds: (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
                description: String(a.getFirstPropertyValue('description')),
            })),
            stampUtc: stamp.zone === ICAL.Timezone.utcTimezone,
            stamp: stamp.toJSDate().toISOString(),
        };
    });
    return { calendar, events };
}

async function icsOf(file: string, locale: 'en' | 'zh-CN' = 'en', sourceDateEpoch?: number) {
    const model = await loadModel(file);
    const bytes = await generateCalendar(model, 'ics', { locale, sourceDateEpoch });
    return { model, bytes, ics: text(bytes), json: calendarJson(model) };
}

describe('calendar ics', () => {
    it('parses in ical.js with one VEVENT per event of the json, in the same order and with UIDs from the ids', async () => {
        const { ics, json } = await icsOf('launch.playbook');
        const { calendar, events } = parseIcs(ics);
        assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
        assert.equal(events.length, json.events.length + json.blackouts.length, 'one per event, then one per blackout');
        assert.deepEqual(events.slice(0, json.events.length).map(e => e.uid), json.events.map(e => encodeURIComponent(e.id)));
        assert.ok(!/RRULE|RDATE|EXDATE/.test(ics), 'occurrences are expanded, never recurrence rules');
        assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '春茶上市 · 私域首发');
    });

    it('writes timed events in UTC and all-day events as VALUE=DATE with an exclusive DTEND', async () => {
        const { ics, json } = await icsOf('launch.playbook');
        const { events } = parseIcs(ics);
        json.events.forEach((j, i) => {
            const e = events[i];
            if (j.time === null) {
                assert.ok(e.allDay, j.id);
                assert.equal(e.start, j.date);
                assert.equal(DateTime.fromISO(e.end).diff(DateTime.fromISO(e.start), 'days').days, 1, `${j.id}: DTEND is the next day`);
            } else {
                assert.ok(!e.allDay, j.id);
                assert.equal(e.startMillis, DateTime.fromISO(j.start).toMillis(), `${j.id} start`);
                assert.equal(new Date(e.end).getTime(), DateTime.fromISO(j.end!).toMillis(), `${j.id} end`);
            }
        });
        // Every DATE-TIME value is UTC (…Z) and there is no TZID without a VTIMEZONE.
        for (const line of ics.split('\r\n')) {
            if (/^(DTSTART|DTEND|DTSTAMP)[:;]/.test(line) && !line.includes('VALUE=DATE')) assert.match(line, /:\d{8}T\d{6}Z$/, line);
            if (/^(DTSTART|DTEND);VALUE=DATE:/.test(line)) assert.match(line, /:\d{8}$/, line);
        }
        assert.ok(!ics.includes('TZID'));
    });

    it('adds a DISPLAY alarm per reminder', async () => {
        const { ics } = await icsOf('launch.playbook');
        const { events } = parseIcs(ics);
        const push = events.find(e => e.uid === 'tea_launch.invite_push.2026-03-02')!;
        assert.deepEqual(push.alarms.map(a => [a.action, a.seconds]), [['DISPLAY', -3600], ['DISPLAY', -600]]);
        assert.equal(push.alarms[0].description, '群发入群邀请');
        const live = events.find(e => e.uid === 'tea_launch.go_live.2026-03-23')!;
        assert.deepEqual(live.alarms.map(a => a.seconds), [-1800]);
        assert.equal(events.filter(e => e.allDay && e.alarms.length).length, 0);
    });

    it('escapes text so commas, semicolons, quotes, backslashes and newlines round-trip', async () => {
        const { ics } = await icsOf('launch.playbook');
        const { events } = parseIcs(ics);
        const ship = events.find(e => e.uid === 'tea_launch.sample_ship.2026-03-13')!;
        assert.ok(ship.description.includes('=SUM(A1:A9) 不是公式，只是备注。\n发货前核对地址, 电话和 "收件人"；异常单 | 单独登记。'), ship.description);
        const flash = events.find(e => e.uid === 'tea_launch.flash.2026-03-11')!;
        assert.ok(flash.description.endsWith('\nNote: 链接见 C:\\promo\\flash; 不要外传'), flash.description);
        const seeds = events.find(e => e.uid === 'tea_launch.seeds.2026-03-15')!;
        assert.equal(seeds.summary, 'Milestone: 里程碑: 第 #1 波种子用户; 完成');
        const push = events.find(e => e.uid === 'tea_launch.invite_push.2026-03-02')!;
        assert.ok(push.description.includes('3 月 23 日 20:00 直播开抢, 群内专享 "买一送一"。\n规则 | 说明见置顶'), 'asset text in the description');
        assert.ok(push.description.startsWith('Channels: 茶友福利群, 员工朋友圈\nOwner: 文案策划'), push.description);
        assert.deepEqual(push.categories, ['warm', 'step']);
        const checkpoint = events.find(e => e.uid === 'tea_launch.checkpoint.low_join')!;
        assert.ok(checkpoint.description.includes('Check: 进群人数 < 40% of target (2,000)\nResponse: 追加朋友圈投放, 启动老带新'), checkpoint.description);
        assert.equal(checkpoint.summary, 'Risk checkpoint: 进群人数不足', 'the one label of the type');
        assert.equal(events.find(e => e.uid === 'tea_launch.asset-due.kv')!.summary, 'Asset due: 春茶主视觉');
    });

    it('folds lines at 75 octets without splitting a UTF-8 character, with CRLF line ends', async () => {
        const { bytes, ics } = await icsOf('launch.playbook', 'zh-CN');
        assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
        assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
        // Split the raw bytes at CRLF and decode each physical line on its own: a split multi-byte
        // sequence would not decode.
        const raw = Buffer.from(bytes);
        let start = 0;
        let folded = 0;
        for (let i = 0; i < raw.length - 1; i++) {
            if (raw[i] === 0x0d && raw[i + 1] === 0x0a) {
                const line = raw.subarray(start, i);
                assert.ok(line.length <= 75, `line of ${line.length} octets: ${line.toString('utf8')}`);
                assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(line), 'a line is valid UTF-8 by itself');
                if (line[0] === 0x20) folded++;
                start = i + 2;
                i++;
            }
        }
        assert.ok(folded > 5, 'long Chinese descriptions were folded');
        // The emoji (a surrogate pair in JavaScript, 4 octets in UTF-8) survives.
        const { events } = parseIcs(ics);
        assert.ok(events.find(e => e.uid === 'tea_launch.asset-due.kv')!.description.includes('一口春天 🍵'));
    });

    it('names the reviewer of the material (物料审核) on its due date and on the steps that use it', async () => {
        const en = parseIcs((await icsOf('launch.playbook')).ics).events;
        assert.equal(en.find(e => e.uid === 'tea_launch.asset-due.kv')!.description.split('\n')[1], 'Reviewer: 法务合规');
        assert.ok(en.find(e => e.uid === 'tea_launch.invite_push.2026-03-02')!.description.includes('\nReviewer: 法务合规\n'));
        assert.ok(!en.find(e => e.uid === 'tea_launch.asset-due.invite')!.description.includes('Reviewer'), 'no reviewer, no line');
        const zh = parseIcs((await icsOf('launch.playbook', 'zh-CN')).ics).events;
        assert.ok(zh.find(e => e.uid === 'tea_launch.asset-due.kv')!.description.includes('\n审核人：法务合规'));
    });

    it('localises the human texts (summary prefixes, description labels) in zh-CN only', async () => {
        const { ics } = await icsOf('launch.playbook', 'zh-CN');
        const { events } = parseIcs(ics);
        assert.equal(events.find(e => e.uid === 'tea_launch.seeds.2026-03-15')!.summary, '里程碑：里程碑: 第 #1 波种子用户; 完成');
        assert.ok(events.find(e => e.uid === 'tea_launch.invite_push.2026-03-02')!.description.startsWith('渠道：茶友福利群、员工朋友圈\n负责人：文案策划'));
        assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    });

    it('stamps DTSTAMP in UTC from SOURCE_DATE_EPOCH, else from the playbook start', async () => {
        const fixed = parseIcs((await icsOf('launch.playbook', 'en', 1767225600)).ics).events;
        assert.ok(fixed.every(e => e.stampUtc && e.stamp === '2026-01-01T00:00:00.000Z'));
        const fallback = parseIcs((await icsOf('launch.playbook')).ics).events;
        assert.ok(fallback.every(e => e.stampUtc && e.stamp === '2026-03-02T00:00:00.000Z'));
    });

    it('keeps 10:00 at 10:00 local across the end of daylight saving time in America/New_York', async () => {
        const { ics, json } = await icsOf('dst.playbook');
        const { events } = parseIcs(ics);
        assert.equal(events.length, json.events.length);
        const doors = events.filter(e => e.uid.startsWith('nyc_popup.open_doors.'));
        assert.deepEqual(doors.map(e => e.uid.slice(-10)), ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
        // The same wall-clock time maps to different UTC instants before and after the change…
        assert.deepEqual(doors.map(e => e.start.slice(11, 16)), ['14:00', '14:00', '15:00', '15:00']);
        for (const e of doors) {
            const local = DateTime.fromMillis(e.startMillis, { zone: 'America/New_York' });
            assert.equal(local.toFormat('HH:mm'), '10:00', `${e.uid} starts at 10:00 local`);
            const end = DateTime.fromISO(e.end, { zone: 'America/New_York' });
            assert.equal(end.toFormat('HH:mm'), '18:00', `${e.uid} lasts 8 hours`);
            assert.equal(e.alarms[0].seconds, -3600);
        }
        const late = events.find(e => e.uid === 'nyc_popup.late_text.2026-11-01')!;
        assert.equal(DateTime.fromMillis(late.startMillis, { zone: 'America/New_York' }).toFormat('yyyy-MM-dd HH:mm'), '2026-11-01 23:30');
        const milestone = events.find(e => e.uid === 'nyc_popup.switch.2026-11-01')!;
        assert.ok(milestone.allDay);
        assert.equal(milestone.start, '2026-11-01');
        assert.equal(milestone.end, '2026-11-02');
    });

    it('keeps UIDs stable when unrelated lines change', async () => {
        const original = fixtureText('launch.playbook');
        const uids = async (t: string) => parseIcs(text(await generateCalendar(await modelFromText(t), 'ics', { locale: 'en' }))).events.map(e => e.uid);
        const before = await uids(original);
        const after = await uids(original
            .replace('  blackout 2026-04-04..2026-04-06 "清明假期"', '  blackout 2026-04-04..2026-04-06 "清明节"\n  blackout 2026-05-01 "劳动节"')
            .replace('"直播回放与战报"', '"直播回放、战报与抽奖"')
            .replace('step poll "+1 接龙：你最想喝哪款？" day 3 at 12:00 on fans', 'step poll "+1 接龙：你最想喝哪款？" day 3 at 12:30 on fans, feed'));
        assert.deepEqual(after.filter(u => u !== 'tea_launch.blackout.2026-05-01'), before);
    });

    it('shows each blackout as one all-day, free event over its days (避让日), with the steps planned on it', async () => {
        const { events } = parseIcs(text(await generateCalendar(await loadModel('launch.playbook'), 'ics', { locale: 'zh-CN' })));
        const qingming = events.find(e => e.uid === 'tea_launch.blackout.2026-04-04..2026-04-06')!;
        assert.ok(qingming.allDay);
        assert.deepEqual([qingming.start, qingming.end], ['2026-04-04', '2026-04-07'], 'DTEND is the day after the last');
        assert.equal(qingming.summary, '避让日：清明假期');
        assert.deepEqual(qingming.categories, ['blackout']);
        assert.equal(qingming.description, '');
        const model = await modelFromText(fixtureText('launch.playbook').replace('  blackout 2026-04-04..2026-04-06 "清明假期"', '  blackout 2026-03-04 "竞品品牌日"'));
        const en = parseIcs(text(await generateCalendar(model, 'ics', { locale: 'en' }))).events.find(e => e.uid === 'tea_launch.blackout.2026-03-04')!;
        assert.equal(en.summary, 'Blackout: 竞品品牌日');
        assert.deepEqual([en.start, en.end], ['2026-03-04', '2026-03-05']);
        assert.equal(en.description, 'Steps on these days:\n2026-03-04 +1 接龙：你最想喝哪款？');
        const zh = parseIcs(text(await generateCalendar(model, 'ics', { locale: 'zh-CN' }))).events.find(e => e.uid === 'tea_launch.poll.2026-03-04')!;
        assert.equal(zh.description.split('\n')[0], '避让日：竞品品牌日', 'a step on a blackout day says so');
    });

    it('percent-encodes non-ASCII names in UIDs', async () => {
        const model = await modelFromText(`import "./shared.playbook"
playbook 春茶 "春茶" {
  start 2026-03-02
  owner lead
  phase 预热 "预热" kind warmup days 7 {
    step 发帖 "发帖" day 1 at 10:00 on fans
  }
}`);
        const { events } = parseIcs(text(await generateCalendar(model, 'ics', { locale: 'en' })));
        assert.equal(events[0].uid, encodeURIComponent('春茶.发帖.2026-03-02'));
        assert.match(events[0].uid, /^[\x21-\x7e]+$/);
        assert.equal(decodeURIComponent(events[0].uid), '春茶.发帖.2026-03-02');
    });
});
