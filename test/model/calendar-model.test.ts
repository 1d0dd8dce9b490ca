/**
 * The real calendar in the one model: D-days, runs (each a full copy of the schedule), day marks,
 * workdays/except, sending limits; and what the calendar formats make of it (read back with
 * ajv, csv-parse and ical.js).
 */
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { calendarJson, generateCalendar } from '../../language/generators/index.js';
import { modelFromText, text, validateCalendarJson } from '../generators/helpers.js';

const MEMBER_DAY = `playbook member_day "每月会员日" {
  repeat monthly on 18 from 2026-08 until 2026-10 except 2026-09
  owner ops
  role ops "运营"
  channel group "会员群" kind wechat_group
  channel oa "服务号" kind official_account { quiet none }
  asset poster "海报" kind poster { ready D-8 }
  phase warm "预热" kind warmup days 7 {
    step teaser "悬念海报" day D-7 at 10:00 on oa uses poster
    step rules "规则公布" days D-3..D-1 at 20:00 on group workdays
  }
  phase burst "会员日" kind burst days 1 { step flash "整点秒杀" day D at 10:00 on group }
  phase tail "返场" kind long_tail days 3 { milestone recap "复盘" day D+2 }
  kpi orders "订单数" target 100
  risk slow "首日订单不足" kind traffic { when orders < 50 by D then "加推" }
}`;

describe('the real calendar in the model', () => {
    it('repeats the whole schedule once per D-day, ids carrying the D-day', async () => {
        const model = await modelFromText(MEMBER_DAY);
        assert.equal(model.repeating, true);
        assert.deepEqual(model.runs.map(r => [r.index, r.dday, r.start, r.end]), [
            [1, '2026-08-18', '2026-08-11', '2026-08-21'],
            [2, '2026-10-18', '2026-10-11', '2026-10-21'],
        ]);
        assert.equal(model.start, '2026-08-11');
        assert.equal(model.end, '2026-10-21');
        const flash = model.events.filter(e => e.name === 'flash');
        assert.deepEqual(flash.map(e => [e.id, e.d, e.run?.index]), [
            ['member_day.2026-08-18.flash.2026-08-18', 0, 1], ['member_day.2026-10-18.flash.2026-10-18', 0, 2],
        ]);
        // Every kind of event exists once per run, with its offset from that run's D.
        const due = model.events.filter(e => e.type === 'asset-due');
        assert.deepEqual(due.map(e => [e.id, e.date, e.d]), [
            ['member_day.2026-08-18.asset-due.poster', '2026-08-10', -8], ['member_day.2026-10-18.asset-due.poster', '2026-10-10', -8],
        ]);
        const checks = model.events.filter(e => e.type === 'checkpoint');
        assert.deepEqual(checks.map(e => [e.id, e.date, e.phase?.name]), [
            ['member_day.2026-08-18.checkpoint.slow', '2026-08-18', 'burst'], ['member_day.2026-10-18.checkpoint.slow', '2026-10-18', 'burst'],
        ]);
        assert.deepEqual(model.events.filter(e => e.name === 'recap').map(e => [e.date, e.d]), [['2026-08-20', 2], ['2026-10-20', 2]]);
        // `workdays`: 2026-10-17 is a Saturday, dropped; 08-15/16 are a weekend too.
        assert.deepEqual(model.events.filter(e => e.name === 'rules').map(e => e.date), ['2026-08-17', '2026-10-15', '2026-10-16']);
        assert.equal(model.droppedOf(model.own.items.find(i => i.name === 'rules') as never), 3);
    });

    it('marks days off: statutory holidays by name, weekends, 调休 working weekends', async () => {
        const model = await modelFromText(`playbook golden_week "国庆" {
  dday 2026-10-01
  owner ops
  role ops "运营"
  phase pre "预热" kind warmup days 11 { step s "每日预告" days D-11..D-1 }
  phase burst "国庆" kind burst days 10 { step t "每日秒杀" days D..D+9 }
  holiday 2026-10-09 "公司假"
  workday 2026-10-11 "补班"
}`);
        const mark = (date: string) => {
            const e = model.events.find(x => x.date === date)!;
            return [e.d, e.dayOff ?? null, e.dayNote ?? null];
        };
        assert.deepEqual(mark('2026-09-20'), [-11, null, '国庆节调休上班']);
        assert.deepEqual(mark('2026-09-25'), [-6, 'holiday', '中秋']);
        assert.deepEqual(mark('2026-10-01'), [0, 'holiday', '国庆节']);
        assert.deepEqual(mark('2026-10-08'), [7, null, null]);
        assert.deepEqual(mark('2026-10-09'), [8, 'holiday', '公司假']);
        assert.deepEqual(mark('2026-10-10'), [9, null, '国庆节调休上班']);
        // Under `holidays none` only weekends and the declared lines count.
        const none = await modelFromText(`playbook p "t" {
  start 2026-10-01
  holidays none
  phase a "a" kind burst days 3 { step s "s" days 1..3 }
  holiday 2026-10-02 "自定"
}`);
        assert.deepEqual(none.events.map(e => e.dayOff ?? null), [null, 'holiday', 'weekend']);
        assert.deepEqual(none.uncoveredYears, []);
    });

    it('says which years no holiday schedule covers; a holiday line covers its year', async () => {
        const model = await modelFromText(`playbook p "t" {
  start 2026-12-20
  phase a "a" kind burst days 400 { step s "s" day 1 }
}`);
        assert.deepEqual(model.uncoveredYears, [2027, 2028]);
        const declared = await modelFromText(`playbook p "t" {
  start 2026-12-20
  phase a "a" kind burst days 30 { step s "s" day 1 }
  holiday 2027-01-01 "元旦"
}`);
        assert.deepEqual(declared.uncoveredYears, []);
    });

    it('gives channels their effective cap and quiet hours', async () => {
        const model = await modelFromText(`playbook p "t" {
  start 2026-06-01
  channel w "企微" kind wecom
  channel w1 "企微日限" kind wecom { cap 1 per day quiet none }
  channel oa "服务号" kind official_account { quiet 21:30..07:00 }
  channel g "群" kind wechat_group
}`);
        const [w, w1, oa, g] = model.own.channels.map(c => model.limitsOf(c));
        assert.deepEqual(w.cap, { per: 'month', declared: false });
        assert.deepEqual([w.quiet?.from.text, w.quiet?.to.text, w.quiet?.declared], ['22:00', '08:00', false]);
        assert.deepEqual([w1.cap, w1.quiet, w1.quietLifted], [{ count: 1, per: 'day', declared: true }, undefined, true]);
        assert.deepEqual([oa.cap, oa.quiet?.from.text, oa.quiet?.to.text, oa.quiet?.declared], [undefined, '21:30', '07:00', true]);
        assert.deepEqual([g.cap, g.quiet], [undefined, undefined]);
    });
});

describe('the real calendar in the outputs', () => {
    it('json: run, dday, d, dayOff, dayNote valid against the schema', async () => {
        const json = calendarJson(await modelFromText(MEMBER_DAY));
        assert.deepEqual(validateCalendarJson(JSON.parse(JSON.stringify(json))), []);
        assert.deepEqual(json.runs, [
            { run: 1, dday: '2026-08-18', start: '2026-08-11', end: '2026-08-21' },
            { run: 2, dday: '2026-10-18', start: '2026-10-11', end: '2026-10-21' },
        ]);
        const teaser = json.events.find(e => e.id === 'member_day.2026-10-18.teaser.2026-10-11')!;
        assert.deepEqual([teaser.run, teaser.dday, teaser.d, teaser.dayOff, teaser.dayNote], [2, '2026-10-18', -7, 'weekend', null]);
        // Without dday / repeat the new keys are there, null.
        const plain = calendarJson(await modelFromText(`playbook p "t" { start 2026-10-01 phase a "a" kind burst days 1 { step s "s" day 1 } }`));
        assert.deepEqual(validateCalendarJson(JSON.parse(JSON.stringify(plain))), []);
        assert.deepEqual(plain.runs, []);
        const s = plain.events[0];
        assert.deepEqual([s.id, s.run, s.dday, s.d, s.dayOff, s.dayNote], ['p.s.2026-10-01', null, null, null, 'holiday', '国庆节']);
    });

    it('csv: the four columns run,dday,d,day_off after note', async () => {
        const model = await modelFromText(MEMBER_DAY);
        for (const locale of ['en', 'zh-CN'] as const) {
            const rows = parse(Buffer.from(await generateCalendar(model, 'csv', { locale })), { bom: true }) as string[][];
            const header = rows[0];
            assert.deepEqual(header.slice(-5), locale === 'en' ? ['note', 'run', 'dday', 'd', 'day_off'] : ['备注', '期次', 'D 日', '距 D 日', '休息日']);
            const byId = (date: string, name: string) => rows.find(r => r[0] === date && r[6] === name)!;
            assert.deepEqual(byId('2026-10-11', 'teaser').slice(-4), ['2', '2026-10-18', 'D-7', locale === 'en' ? 'weekend' : '周末']);
            assert.deepEqual(byId('2026-08-18', 'flash').slice(-4), ['1', '2026-08-18', 'D', '']);
            assert.deepEqual(byId('2026-08-20', 'recap').slice(-4), ['1', '2026-08-18', 'D+2', '']);
        }
    });

    it('ics: every run expanded, the D offset and day mark in each description', async () => {
        const model = await modelFromText(MEMBER_DAY);
        const ics = text(await generateCalendar(model, 'ics', { locale: 'zh-CN' }));
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
        assert.equal(events.length, model.events.length);
        const teaser = events.find(e => e.uid.startsWith('member_day.2026-10-18.teaser.2026-10-11'))!;
        assert.match(teaser.description, /^第 2 期 · D 日 2026-10-18 · D-7 · 周末\n/);
        const flash = events.find(e => e.uid.startsWith('member_day.2026-08-18.flash.'))!;
        assert.match(flash.description, /^第 1 期 · D 日 2026-08-18 · D\n/);
    });

    it('xlsx: the day mark, the D offset and the run of each event, read back with exceljs', async () => {
        const model = await modelFromText(MEMBER_DAY);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await generateCalendar(model, 'xlsx', { locale: 'zh-CN' })) as unknown as ArrayBuffer);
        const sheet = wb.worksheets[0];
        const header = (sheet.getRow(2).values as unknown[]).slice(1);
        const col = (title: string) => header.indexOf(title) + 1;
        const idCol = col('标识（ID）');
        let row = 3;
        while (sheet.getRow(row).getCell(idCol).value !== 'member_day.2026-10-18.teaser.2026-10-11') row++;
        const r = sheet.getRow(row);
        assert.deepEqual([r.getCell(col('休息日')).value, r.getCell(col('距 D 日')).value, r.getCell(col('期次')).value], ['周末', 'D-7', '第 2 期 · D 日 2026-10-18']);
    });

    it('md: a section per run with its D-day, D offsets beside the dates, the day-off column', async () => {
        const md = text(await generateCalendar(await modelFromText(MEMBER_DAY), 'md', { locale: 'zh-CN' }));
        assert.match(md, /^## 第 1 期 · D 日 2026-08-18 · 2026-08-11 – 2026-08-21$/m);
        assert.match(md, /^## 第 2 期 · D 日 2026-10-18 · 2026-10-11 – 2026-10-21$/m);
        assert.match(md, /^### 预热 `warm`/m);
        assert.match(md, /\| 日期 \| 星期 \| 休息日 \|/);
        assert.match(md, /\| 2026-10-11 `D-7` \| 周日 \| 周末 \|/);
    });
});
