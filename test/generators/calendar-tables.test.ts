import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { calendarJson, generateCalendar } from '../../language/generators/index.js';
import { loadModel, text } from './helpers.js';

const HEADER_EN = ['date', 'weekday', 'time', 'end', 'phase', 'type', 'name', 'title', 'channels', 'owner', 'assets', 'segment', 'note'];

function readCsv(bytes: Uint8Array): string[][] {
    return parse(Buffer.from(bytes), { bom: true, relax_column_count: false }) as string[][];
}

describe('calendar csv', () => {
    it('is RFC 4180 with CRLF and a UTF-8 BOM, one row per event, the columns of OUTPUTS.md', async () => {
        const model = await loadModel('launch.playbook');
        const bytes = await generateCalendar(model, 'csv', { locale: 'en' });
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        const raw = text(bytes);
        assert.ok(raw.endsWith('\r\n'));
        const rows = readCsv(bytes);
        assert.deepEqual(rows[0], HEADER_EN);
        const json = calendarJson(model);
        assert.equal(rows.length - 1, json.events.length);
        rows.slice(1).forEach((row, i) => {
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
        assert.deepEqual(zh[0], ['日期', '星期', '开始时间', '结束时间', '阶段', '类型', '英文名', '事项', '渠道', '负责人', '物料', '目标人群', '备注']);
        assert.equal(zh[1][1], '周五');
        assert.equal(en[1][1], 'Fri');
        const strip = (rows: string[][]) => rows.slice(1).map(r => [r[0], ...r.slice(2)]);
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

    it('is a real workbook with an events sheet (the csv columns) and a phases sheet', async () => {
        const { wb, json } = await workbook('en');
        assert.deepEqual(wb.worksheets.map(w => w.name), ['Events', 'Phases']);
        const events = wb.getWorksheet('Events')!;
        assert.deepEqual((events.getRow(1).values as unknown[]).slice(1), HEADER_EN);
        assert.equal(events.rowCount - 1, json.events.length);
        json.events.forEach((e, i) => {
            const row = events.getRow(i + 2);
            const date = row.getCell(1).value as Date;
            assert.ok(date instanceof Date, 'the date column holds date cells');
            assert.equal(date.toISOString().slice(0, 10), e.date);
            assert.equal(row.getCell(7).value, e.name);
            assert.equal(row.getCell(8).value, e.title);
        });
        const note = events.getRow(json.events.findIndex(e => e.name === 'sample_ship') + 2).getCell(13).value;
        assert.equal(note, '=SUM(A1:A9) 不是公式，只是备注。\n发货前核对地址, 电话和 "收件人"；异常单 | 单独登记。', 'text cells, never formulas');
        const phases = wb.getWorksheet('Phases')!;
        assert.deepEqual((phases.getRow(1).values as unknown[]).slice(1), ['name', 'title', 'kind', 'start', 'end', 'days']);
        assert.equal(phases.getRow(2).getCell(1).value, 'warm');
        assert.equal((phases.getRow(2).getCell(4).value as Date).toISOString().slice(0, 10), '2026-03-02');
        assert.equal(phases.getRow(4).getCell(6).value, 7);
    });

    it('has Chinese sheet names and column titles in zh-CN', async () => {
        const { wb } = await workbook('zh-CN');
        assert.deepEqual(wb.worksheets.map(w => w.name), ['日程', '阶段']);
        assert.equal(wb.getWorksheet('日程')!.getRow(1).getCell(8).value, '事项');
        assert.equal(wb.getWorksheet('日程')!.getRow(2).getCell(2).value, '周五');
    });

    it('is byte-identical for the same input', async () => {
        const a = (await workbook('en')).bytes;
        await new Promise(resolve => setTimeout(resolve, 2100)); // zip times have a 2-second resolution
        const b = (await workbook('en')).bytes;
        assert.equal(Buffer.compare(Buffer.from(a), Buffer.from(b)), 0);
    });
});
