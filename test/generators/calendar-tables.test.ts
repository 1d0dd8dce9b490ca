import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { calendarJson, generateCalendar } from '../../language/generators/index.js';
import { fixtureText, loadModel, modelFromText, text } from './helpers.js';

const HEADER_EN = ['date', 'weekday', 'time', 'end', 'phase', 'type', 'name', 'title', 'channels', 'owner', 'assets', 'segment', 'note', 'run', 'dday', 'd', 'day_off'];

function cells(ws: ExcelJS.Worksheet, row: number): unknown[] {
    return (ws.getRow(row).values as unknown[]).slice(1).map(v => v ?? '');
}

/** One entry of a zip archive (stored or deflated), read with node:zlib: the XML as written. */
function zipEntry(zip: Uint8Array, name: string): string {
    const buf = Buffer.from(zip);
    let p = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = buf.readUInt16LE(p + 10);
    p = buf.readUInt32LE(p + 16);
    for (let i = 0; i < count; i++) {
        const method = buf.readUInt16LE(p + 10);
        const size = buf.readUInt32LE(p + 20);
        const nameLength = buf.readUInt16LE(p + 28);
        const local = buf.readUInt32LE(p + 42);
        if (buf.toString('utf8', p + 46, p + 46 + nameLength) === name) {
            const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
            const data = buf.subarray(start, start + size);
            return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
        }
        p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    throw new Error(`no ${name} in the archive`);
}

function readCsv(bytes: Uint8Array): string[][] {
    return parse(Buffer.from(bytes), { bom: true, relax_column_count: false }) as string[][];
}

describe('calendar csv', () => {
    it('is RFC 4180 with CRLF and a UTF-8 BOM, one row per event, the columns README "Outputs" lists', async () => {
        const model = await loadModel('launch.playbook');
        const bytes = await generateCalendar(model, 'csv', { locale: 'en' });
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        const raw = text(bytes);
        assert.ok(raw.endsWith('\r\n'));
        const rows = readCsv(bytes);
        assert.deepEqual(rows[0], HEADER_EN);
        const json = calendarJson(model);
        assert.equal(rows.length - 1, json.events.length + 1, 'one row per event, one per blackout');
        // 避让日: a row of type blackout before the events of its first day, its last day in `end`.
        assert.deepEqual(rows[rows.length - 1], ['2026-04-04', 'Sat', '', '2026-04-06', '', 'blackout', '', '清明假期', '', '', '', '', '', '', '', '', '清明']);
        rows.slice(1, -1).forEach((row, i) => {
            const e = json.events[i];
            assert.equal(row[0], e.date);
            assert.equal(row[2], e.time ?? '');
            assert.equal(row[5], e.type);
            assert.equal(row[6], e.name);
            assert.equal(row[8], e.channels.join(', '));
        });
        const push = rows.find(r => r[6] === 'invite_push')!;
        assert.deepEqual(push.slice(0, 12), ['2026-03-02', 'Mon', '09:30', '10:00', 'warm', 'step', 'invite_push', '群发入群邀请', 'fans, feed', 'writer', 'invite, kv', '']);
        assert.equal(rows.find(r => r[6] === 'night_watch')![3], '2026-03-24 01:30', 'an end on a later date carries that date');
        assert.equal(rows.find(r => r[6] === 'checkin')![11], 'sleepers');
        assert.equal(rows.find(r => r[5] === 'checkpoint')![12], 'joins < 40% — 追加朋友圈投放, 启动老带新');
    });

    it('round-trips commas, quotes, newlines and backslashes', async () => {
        const rows = readCsv(await generateCalendar(await loadModel('launch.playbook'), 'csv', { locale: 'en' }));
        const invite = rows.find(r => r[6] === 'invite' && r[5] === 'asset-due')!;
        assert.equal(invite[12], '欢迎加入茶友福利群！\n3 月 23 日 20:00 直播开抢, 群内专享 "买一送一"。\n规则 | 说明见置顶');
        assert.equal(rows.find(r => r[6] === 'flash')![12], '链接见 C:\\promo\\flash; 不要外传');
        assert.equal(rows.find(r => r[6] === 'seeds')![7], '里程碑: 第 #1 波种子用户; 完成');
    });

    it('neutralises formula injection, including the full-width ＝＋－＠', async () => {
        const rows = readCsv(await generateCalendar(await loadModel('launch.playbook'), 'csv', { locale: 'en' }));
        const title = (name: string) => rows.find(r => r[6] === name)![7];
        assert.equal(title('poll'), "'+1 接龙：你最想喝哪款？");
        assert.equal(title('flash'), "'-50% 试饮装限量抢");
        assert.equal(title('mention'), "'@全体成员 直播预告");
        assert.equal(title('fullwidth'), "'＝新品揭晓＝");
        assert.ok(rows.find(r => r[6] === 'sample_ship')![12].startsWith("'=SUM(A1:A9)"));
        // No cell of the file starts with a formula trigger.
        for (const row of rows) for (const c of row) assert.ok(!/^[=+\-@\t\r＝＋－＠]/.test(c), `cell ${JSON.stringify(c)}`);
    });

    it('csv-stringify escape_formulas covers every trigger the spec names', () => {
        const triggers = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x'];
        const out = parse(stringify([triggers], { escape_formulas: true }), {}) as string[][];
        out[0].forEach((c, i) => assert.equal(c, `'${triggers[i]}`));
    });

    it('has Chinese column titles and weekday names in zh-CN, and nothing else changes', async () => {
        const model = await loadModel('launch.playbook');
        const zh = readCsv(await generateCalendar(model, 'csv', { locale: 'zh-CN' }));
        const en = readCsv(await generateCalendar(model, 'csv', { locale: 'en' }));
        assert.deepEqual(zh[0], ['日期', '星期', '开始时间', '结束时间', '阶段', '类型', '标识（ID）', '事项', '渠道', '负责人', '物料', '目标人群', '备注', '期次', 'D 日', '距 D 日', '休息日']);
        assert.equal(zh[1][1], '周五');
        assert.equal(en[1][1], 'Fri');
        // The weekday and the day mark (`weekend` / `周末`) are in the reader's language; nothing else.
        const strip = (rows: string[][]) => rows.slice(1).map(r => [r[0], ...r.slice(2, -1), r[r.length - 1].replace('周末', 'weekend')]);
        assert.deepEqual(strip(zh), strip(en));
    });
});

describe('calendar xlsx', () => {
    async function workbook(locale: 'en' | 'zh-CN') {
        const model = await loadModel('launch.playbook');
        const bytes = await generateCalendar(model, 'xlsx', { locale });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        return { wb, json: calendarJson(model), bytes };
    }

    it('is the sheet people execute from: a title row, titles instead of ids, labels, reminders, reviewer, copy, ids in one column, date cells', async () => {
        const { wb, json } = await workbook('zh-CN');
        assert.deepEqual(wb.worksheets.map(w => w.name), ['日程', '阶段']);
        const events = wb.getWorksheet('日程')!;
        assert.equal(events.getCell('A1').value, '春茶上市 · 私域首发 — SOP 日历 · 2026-03-02 – 2026-04-01 · Asia/Shanghai');
        assert.ok(events.getCell('A1').isMerged && events.getCell('R1').isMerged, 'the title spans the columns');
        assert.deepEqual(cells(events, 2), ['日期', '星期', '时间', '阶段', '类型', '事项', '渠道', '负责人', '物料', '目标人群', '提醒', '审核人', '文案', '备注', '休息日', '距 D 日', '期次', '标识（ID）']);
        assert.equal(events.rowCount - 2, json.events.length + 1, 'one row per event, one per blackout');
        assert.deepEqual(cells(events, events.rowCount).slice(1), ['周六', '全天，至 2026-04-06', '', '避让日', '清明假期', '', '', '', '', '', '', '', '', '清明', '', '', 'tea_launch.blackout.2026-04-04..2026-04-06']);
        assert.equal((events.getCell(events.rowCount, 1).value as Date).toISOString().slice(0, 10), '2026-04-04');
        json.events.forEach((e, i) => {
            const row = events.getRow(i + 3);
            const date = row.getCell(1).value as Date;
            assert.ok(date instanceof Date, 'the date column holds date cells');
            assert.equal(date.toISOString().slice(0, 10), e.date);
            assert.equal(row.getCell(6).value, e.title);
            assert.equal(row.getCell(18).value, e.id, 'the id, for reference, in the last column');
        });
        const byId = (id: string) => cells(events, json.events.findIndex(e => e.id === id) + 3).slice(1);
        assert.deepEqual(byId('tea_launch.invite_push.2026-03-02'), [
            '周一', '09:30–10:00', '预热期', 'SOP 动作', '群发入群邀请', '茶友福利群、员工朋友圈', '文案策划', '入群邀请语、春茶主视觉', '',
            '提前 1 小时、提前 10 分钟', '法务合规',
            '入群邀请语：\n欢迎加入茶友福利群！\n3 月 23 日 20:00 直播开抢, 群内专享 "买一送一"。\n规则 | 说明见置顶\n\n春茶主视觉：\n明前龙井，一口春天 🍵',
            '', '', '', '', 'tea_launch.invite_push.2026-03-02',
        ]);
        assert.deepEqual(byId('tea_launch.asset-due.kv').slice(0, 4), ['周一', '当天截止', '预热期', '物料截止']);
        assert.deepEqual(byId('tea_launch.asset-due.kv').slice(10, 13), ['法务合规', '明前龙井，一口春天 🍵', ''], 'the asset\'s reviewer and copy; its text is not a note');
        assert.deepEqual(byId('tea_launch.flash.2026-03-11').slice(6, 7), ['李青（私域负责人）'], 'the person and the role title');
        assert.deepEqual(byId('tea_launch.checkin.2026-03-16').slice(8, 9), ['60 天未复购茶友']);
        assert.equal(byId('tea_launch.checkpoint.low_join')[3], '风险检查点');
        assert.equal(byId('tea_launch.checkpoint.low_join')[12], '进群人数 < 目标的 40%（2,000） — 追加朋友圈投放, 启动老带新');
        assert.equal(byId('tea_launch.seeds.2026-03-15')[1], '全天');
        assert.equal(byId('tea_launch.night_watch.2026-03-23')[1], '22:30–2026-03-24 01:30');
        const note = byId('tea_launch.sample_ship.2026-03-13')[12];
        assert.equal(note, '=SUM(A1:A9) 不是公式，只是备注。\n发货前核对地址, 电话和 "收件人"；异常单 | 单独登记。', 'text cells, never formulas');
        for (const row of [3, 10]) assert.ok(events.getRow(row).getCell(13).alignment?.wrapText, 'long texts wrap');
        // The phases sheet: headers in the user's language, titles and kind labels, the id last.
        const phases = wb.getWorksheet('阶段')!;
        assert.equal(phases.getCell('A1').value, '春茶上市 · 私域首发 — 阶段 · 2026-03-02 – 2026-04-01');
        assert.deepEqual(cells(phases, 2), ['阶段', '阶段类型', '开始日期', '结束日期', '天数', '标识（ID）']);
        assert.deepEqual(cells(phases, 3).slice(0, 2), ['预热期', '预热']);
        assert.equal(phases.getRow(3).getCell(6).value, 'warm');
        assert.equal((phases.getRow(3).getCell(3).value as Date).toISOString().slice(0, 10), '2026-03-02');
        assert.equal(phases.getRow(5).getCell(5).value, 7);
    });

    it('marks a step on a blackout day next to its day mark (周末、避让日：…)', async () => {
        const model = await modelFromText(fixtureText('launch.playbook').replace('  blackout 2026-04-04..2026-04-06 "清明假期"', '  blackout 2026-03-14..2026-03-15 "竞品品牌日"'));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await generateCalendar(model, 'xlsx', { locale: 'zh-CN' })) as unknown as ArrayBuffer);
        const events = wb.getWorksheet('日程')!;
        const rows = Array.from({ length: events.rowCount - 2 }, (_, i) => cells(events, i + 3));
        const seeds = rows.find(r => r[17] === 'tea_launch.seeds.2026-03-15')!;
        assert.equal(seeds[14], '周末、避让日：竞品品牌日');
        const blackout = rows.findIndex(r => r[17] === 'tea_launch.blackout.2026-03-14..2026-03-15');
        assert.ok(blackout >= 0 && blackout < rows.indexOf(seeds), 'the blackout row comes before the events of its first day');
        assert.equal(rows[blackout][2], '全天，至 2026-03-15');
    });

    it('has English titles and labels in en: one label per event type', async () => {
        const { wb, json } = await workbook('en');
        assert.deepEqual(wb.worksheets.map(w => w.name), ['Events', 'Phases']);
        assert.deepEqual(cells(wb.getWorksheet('Phases')!, 2), ['Phase', 'Kind', 'Start', 'End', 'Days', 'ID']);
        assert.equal(wb.getWorksheet('Phases')!.getCell('A3').value, '预热期');
        const events = wb.getWorksheet('Events')!;
        assert.deepEqual(cells(events, 2), ['Date', 'Day', 'Time', 'Phase', 'Type', 'What', 'Channels', 'Owner', 'Assets', 'Segment', 'Reminders', 'Reviewer', 'Copy', 'Note', 'Day off', 'D', 'Run', 'ID']);
        const types = new Map(json.events.map((e, i) => [e.type, events.getRow(i + 3).getCell(5).value]));
        assert.deepEqual(Object.fromEntries(types), { 'asset-due': 'asset due', step: 'SOP step', milestone: 'milestone', checkpoint: 'risk checkpoint' });
        const row = json.events.findIndex(e => e.id === 'tea_launch.invite_push.2026-03-02') + 3;
        assert.equal(events.getRow(row).getCell(11).value, '1 h before, 10 min before');
        assert.equal(events.getRow(json.events.findIndex(e => e.type === 'asset-due') + 3).getCell(3).value, 'by end of day');
        assert.equal(events.getRow(json.events.findIndex(e => e.type === 'checkpoint') + 3).getCell(14).value, '进群人数 < 40% of target (2,000) — 追加朋友圈投放, 启动老带新');
    });

    it('prints: header frozen, filtered and repeated on every page; landscape A4 fitted to one page wide (read back and in the XML)', async () => {
        const { wb, bytes, json } = await workbook('zh-CN');
        const events = wb.getWorksheet('日程')!;
        assert.equal(events.views[0].state, 'frozen');
        assert.equal((events.views[0] as { ySplit?: number }).ySplit, 2);
        assert.deepEqual(events.autoFilter, `A2:R${json.events.length + 3}`, 'the events and a blackout');
        assert.equal(events.pageSetup.orientation, 'landscape');
        assert.equal(events.pageSetup.fitToPage, true);
        assert.equal(events.pageSetup.fitToWidth, 1);
        assert.equal(events.pageSetup.fitToHeight, 0);
        assert.equal(events.pageSetup.printTitlesRow, '2:2');
        const sheet = zipEntry(bytes, 'xl/worksheets/sheet1.xml');
        assert.match(sheet, /<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/, 'fitToWidth means nothing without fitToPage');
        assert.match(sheet, /<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
        assert.match(sheet, /<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/);
        assert.match(zipEntry(bytes, 'xl/workbook.xml'), /<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;日程&apos;!\$2:\$2<\/definedName>/);
        const phases = wb.getWorksheet('阶段')!;
        assert.equal(phases.pageSetup.fitToPage, true, 'the phases sheet prints the same way');
        assert.equal(phases.pageSetup.printTitlesRow, '2:2');
    });

    it('is byte-identical for the same input', async () => {
        const a = (await workbook('en')).bytes;
        await new Promise(resolve => setTimeout(resolve, 2100)); // zip times have a 2-second resolution
        const b = (await workbook('en')).bytes;
        assert.equal(Buffer.compare(Buffer.from(a), Buffer.from(b)), 0);
    });
});
