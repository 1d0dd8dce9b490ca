import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { generateTracking, trackingJson, trackingSchema } from '../../language/generators/index.js';
import { percentValue } from '../../language/generators/tracking-json.js';
import { loadModel, modelFromText, newAjv, text, validateTrackingJson } from './helpers.js';

describe('tracking json', () => {
    it('validates against the shipped schema; events carry typed properties and the KPIs resting on them', async () => {
        const model = await loadModel('launch.playbook');
        const json = JSON.parse(text(await generateTracking(model, 'json', { locale: 'en' })));
        assert.deepEqual(validateTrackingJson(json), []);
        assert.deepEqual(json.events.map((e: { name: string }) => e.name), ['group_join', 'order.paid', 'live_watch', 'page_view']);
        const paid = json.events[1];
        assert.equal(paid.track, 'order_paid');
        assert.deepEqual(paid.channels, ['store']);
        assert.deepEqual(paid.properties.find((p: { name: string }) => p.name === 'phone'), { name: 'phone', title: '手机号', type: 'string', required: false, pii: true });
        assert.deepEqual(json.events[0].properties[1], { name: 'source', title: '来源', type: 'enum', required: true, pii: false, values: ['poster', 'feed', 'advisor'] });
        // Ratios are followed down to the tracks: pay_rate = buyers / joins rests on order.paid and group_join.
        assert.deepEqual(paid.kpis, ['buyers', 'gmv', 'pay_rate', 'watch_rate']);
        assert.deepEqual(json.events[0].kpis, ['joins', 'pay_rate']);
        assert.deepEqual(json.events[3].kpis, []);
    });

    it('lists KPIs with formulas, targets (percent as a fraction), events and goals', async () => {
        const json = trackingJson(await loadModel('launch.playbook'));
        const kpi = (name: string) => json.kpis.find(k => k.name === name)!;
        assert.deepEqual(kpi('pay_rate'), {
            name: 'pay_rate', title: '付费率', formula: 'buyers / joins', target: { op: '>=', value: 0.125, percent: true },
            events: ['order.paid', 'group_join'], goals: ['sales'],
        });
        assert.equal(kpi('joins').formula, 'count group_join where source = "poster"');
        assert.deepEqual(kpi('joins').target, { op: '>=', value: 5000, percent: false });
        // The wire name (the track is `order_paid`, its event `order.paid`), quoted: it is not a plain name.
        assert.equal(kpi('gmv').formula, 'sum "order.paid".amount');
        assert.deepEqual(kpi('watch_rate').target, { op: '>=', value: 0.333, percent: true });
        assert.deepEqual(kpi('refunds'), { name: 'refunds', title: '退款率', formula: null, target: { op: '<=', value: 0.02, percent: true }, events: [], goals: [] });
        assert.deepEqual(json.goals.map(g => [g.name, g.kpis]), [['reach', ['joins']], ['sales', ['gmv', 'pay_rate']]]);
        assert.equal(percentValue('12.5%'), 0.125);
        assert.equal(percentValue('33.3%'), 0.333);
        assert.equal(percentValue('5%'), 0.05);
    });

    it('is the same in every locale', async () => {
        const model = await loadModel('launch.playbook');
        for (const format of ['json', 'jsonschema'] as const) {
            const en = await generateTracking(model, format, { locale: 'en' });
            const zh = await generateTracking(model, format, { locale: 'zh-CN' });
            assert.equal(Buffer.compare(Buffer.from(en), Buffer.from(zh)), 0, format);
        }
    });
});

describe('tracking jsonschema', () => {
    async function compiled() {
        const model = await loadModel('launch.playbook');
        const schema = JSON.parse(text(await generateTracking(model, 'jsonschema', { locale: 'en' })));
        const ajv = newAjv();
        ajv.addSchema(schema, 'plan');
        return { schema, ajv, envelope: ajv.getSchema('plan')!, event: (wire: string) => ajv.getSchema(`plan#/definitions/${encodeURIComponent(wire)}`)! };
    }

    it('is draft-07 with one definition per event keyed by wire name, compiling in strict ajv', async () => {
        const { schema, event } = await compiled();
        assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.deepEqual(Object.keys(schema.definitions), ['group_join', 'order.paid', 'live_watch', 'page_view']);
        const paid = schema.definitions['order.paid'];
        assert.equal(paid.title, '支付成功');
        assert.deepEqual(paid.required, ['order_id', 'amount', 'paid_at']);
        assert.deepEqual(paid.properties.paid_at, { title: '支付时间', description: '支付时间', type: 'string', format: 'date-time' });
        assert.deepEqual(paid.properties.cups.type, 'integer');
        assert.equal(paid.properties.phone.$comment, 'pii: personal information');
        assert.ok(event('order.paid'));
    });

    it('accepts good payloads and rejects wrong ones', async () => {
        const { event, envelope } = await compiled();
        const paid = event('order.paid');
        const good = { order_id: 'A1', amount: 12.5, paid_at: '2026-03-23T20:01:00+08:00', cups: 2, gift: true, phone: '13800000000' };
        assert.ok(paid(good), JSON.stringify(paid.errors));
        assert.ok(!paid({ ...good, amount: '12.5' }), 'a number as a string');
        assert.ok(!paid({ ...good, cups: 1.5 }), 'integer');
        assert.ok(!paid({ ...good, paid_at: 'yesterday' }), 'date-time format');
        const { order_id: _omit, ...missing } = good;
        assert.ok(!paid(missing), 'required property missing');
        assert.ok(!paid({ ...good, coupon: 'x' }), 'undeclared property');
        const join = event('group_join');
        assert.ok(join({ source: 'poster' }));
        assert.ok(!join({ source: 'billboard' }), 'not an enum value');
        // The root validates an envelope against the matching definition.
        assert.ok(envelope({ event: 'order.paid', properties: good }));
        assert.ok(!envelope({ event: 'order.paid', properties: { ...good, amount: 'x' } }));
        assert.ok(!envelope({ event: 'unknown_event', properties: {} }));
        assert.ok(envelope({ event: 'group_join', properties: { source: 'feed', inviter_id: 'u1' } }));
    });

    it('compiles for a playbook without tracks, and keeps two tracks with one wire name apart', async () => {
        const empty = trackingSchema(await modelFromText('playbook bare "空" { start 2026-01-05 }'));
        const ajv = newAjv();
        const validate = ajv.compile(empty);
        assert.ok(!validate({ event: 'x', properties: {} }));
        const twice = trackingSchema(await modelFromText(`playbook dup "重" {
  start 2026-01-05
  track a "A" { event "same" property x string required }
  track b "B" { event "same" property y number }
}`));
        assert.deepEqual(Object.keys(twice.definitions as object), ['same', 'same__b']);
        newAjv().compile(twice);
    });
});

describe('tracking csv and xlsx', () => {
    it('csv: one row per property (one for an event without properties), 埋点方案 titles in zh-CN, formula-safe', async () => {
        const model = await modelFromText(`import "./shared.playbook"
playbook t "埋点" {
  start 2026-01-05
  track signup "=注册" { on fans property phone string pii required "手机号" property plan enum("a", "b") }
  track ping "心跳"
  kpi signups "注册数" = count signup
}`);
        const bytes = await generateTracking(model, 'csv', { locale: 'zh-CN' });
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.ok(text(bytes).includes('\r\n'));
        const rows = parse(Buffer.from(bytes), { bom: true }) as string[][];
        assert.deepEqual(rows[0], ['事件英文变量名', '事件显示名', '触发渠道', '属性英文变量名', '属性显示名', '属性值类型', '是否必填', '个人信息', '关联指标']);
        assert.deepEqual(rows.slice(1), [
            ['signup', "'=注册", 'fans', 'phone', '手机号', 'string', '是', '是', 'signups'],
            ['signup', "'=注册", 'fans', 'plan', '', 'enum("a", "b")', '否', '否', 'signups'],
            ['ping', '心跳', '', '', '', '', '', '', ''],
            ['page_view', '页面浏览', 'store, news', 'page', '页面路径', 'string', '是', '否', ''],
            ['page_view', '页面浏览', 'store, news', 'referrer', '', 'string', '否', '否', ''],
        ]);
        const en = parse(Buffer.from(await generateTracking(model, 'csv', { locale: 'en' })), { bom: true }) as string[][];
        assert.deepEqual(en[0], ['event', 'title', 'channels', 'property', 'property_title', 'type', 'required', 'pii', 'kpis']);
        assert.equal(en[1][6], 'yes');
    });

    it('xlsx: the 埋点方案 sheet and a KPI sheet people print — titles where people read, ids where engineers implement', async () => {
        const model = await loadModel('launch.playbook');
        const bytes = await generateTracking(model, 'xlsx', { locale: 'zh-CN' });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        assert.deepEqual(wb.worksheets.map(w => w.name), ['埋点方案', '指标']);
        const plan = wb.getWorksheet('埋点方案')!;
        const json = trackingJson(model);
        assert.equal(plan.getCell('A1').value, `春茶上市 · 私域首发 — 埋点方案 · ${json.events.length} 个事件，${json.kpis.length} 个指标`);
        assert.deepEqual((plan.getRow(2).values as unknown[]).slice(1), ['事件英文变量名', '事件显示名', '触发渠道', '属性英文变量名', '属性显示名', '属性值类型', '是否必填', '个人信息', '关联指标']);
        const expected = json.events.reduce((n, e) => n + Math.max(1, e.properties.length), 0);
        assert.equal(plan.rowCount - 2, expected);
        const join = (plan.getRow(3).values as unknown[]).slice(1);
        assert.equal(join[0], 'group_join', 'the wire name engineers implement');
        assert.equal(join[2], '茶友福利群', 'channel titles, not ids');
        assert.equal(join[8], '进群人数、付费率', 'KPI titles, not ids');
        const kpis = wb.getWorksheet('指标')!;
        assert.equal(kpis.rowCount - 2, json.kpis.length);
        assert.deepEqual((kpis.getRow(6).values as unknown[]).slice(1), ['pay_rate', '付费率', 'buyers / joins', '≥ 12.5%', 'order.paid、group_join', '首发成交']);
        for (const sheet of [plan, kpis]) {
            assert.equal(sheet.pageSetup.orientation, 'landscape');
            assert.equal(sheet.pageSetup.fitToPage, true);
            assert.equal(sheet.pageSetup.fitToWidth, 1);
            assert.equal(sheet.pageSetup.printTitlesRow, '2:2');
            assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 2);
        }
        const en = new ExcelJS.Workbook();
        await en.xlsx.load(Buffer.from(await generateTracking(model, 'xlsx', { locale: 'en' })) as unknown as ArrayBuffer);
        assert.deepEqual((en.getWorksheet('KPIs')!.getRow(2).values as unknown[]).slice(1), ['KPI ID', 'KPI', 'Formula', 'Target', 'Events (wire names)', 'Goals']);
    });
});
