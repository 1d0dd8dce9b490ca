/** Every output format for every example playbook, checked with independent parsers. */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { loadWorkspace } from '../../language/cli/workspace-loader.js';
import { calendarJson, generateCalendar, generateTracking, trackingJson } from '../../language/generators/index.js';
import { ROOT, newAjv, text, validateCalendarJson, validateTrackingJson } from './helpers.js';
import { lastGiven } from '../../language/syntax/clauses.js';

const EXAMPLES = join(ROOT, 'examples');
const files = readdirSync(EXAMPLES).filter(f => f.endsWith('.playbook')).sort();

describe('generators on the examples', function () {
    this.timeout(60_000);
    it('has examples to check', () => assert.ok(files.length >= 3, files.join(', ')));
    for (const file of files) {
        it(`${file}: all formats (a library: no model)`, async () => {
            const ws = await loadWorkspace([join(EXAMPLES, file)], { locale: 'en' });
            const doc = ws.files[0].document;
            const model = ws.services.playbook.Models.getModel(doc);
            const hasErrors = ws.diagnosticsOf(doc).some(d => d.severity === 1);
            if (!model) {
                assert.ok((doc.parseResult.value as { library?: unknown }).library, `${file} without a model is a library`);
                return;
            }
            assert.deepEqual(ws.diagnosticsOf(doc).filter(d => d.severity === 1).map(d => d.message), [], `${file}: an example has no errors`);
            assert.ok(!hasErrors);
            // 物料审核: every poster of an example names who reviews it before it goes out.
            const posters = model.own.assets.filter(a => a.kind === 'poster');
            assert.deepEqual(posters.filter(a => !lastGiven(a.reviewer)?.ref).map(a => a.name), [], `${file}: posters without a reviewer`);
            const cal = JSON.parse(text(await generateCalendar(model, 'json', { locale: 'en' })));
            assert.deepEqual(validateCalendarJson(cal), []);
            assert.deepEqual(cal, calendarJson(model));
            const ics = new ICAL.Component(ICAL.parse(text(await generateCalendar(model, 'ics', { locale: 'zh-CN' }))));
            const vevents = ics.getAllSubcomponents('vevent');
            assert.equal(vevents.length, cal.events.length + cal.blackouts.length, 'one VEVENT per event and per blackout');
            assert.deepEqual(vevents.slice(0, cal.events.length).map(v => decodeURIComponent(String(v.getFirstPropertyValue('uid')))), cal.events.map((e: { id: string }) => e.id));
            const csv = parse(Buffer.from(await generateCalendar(model, 'csv', { locale: 'zh-CN' })), { bom: true }) as string[][];
            assert.equal(csv.length - 1, cal.events.length + cal.blackouts.length);
            const wb = new ExcelJS.Workbook();
            await wb.xlsx.load(Buffer.from(await generateCalendar(model, 'xlsx', { locale: 'zh-CN' })) as unknown as ArrayBuffer);
            assert.equal(wb.worksheets[0].rowCount - 2, cal.events.length + cal.blackouts.length, "a title row, a header row, one row per event and per blackout");
            const md = text(await generateCalendar(model, 'md', { locale: 'zh-CN' }));
            assert.ok(md.includes('```mermaid\ngantt\n'));

            const tracking = JSON.parse(text(await generateTracking(model, 'json', { locale: 'en' })));
            assert.deepEqual(validateTrackingJson(tracking), []);
            assert.deepEqual(tracking, trackingJson(model));
            const schema = JSON.parse(text(await generateTracking(model, 'jsonschema', { locale: 'en' })));
            newAjv().compile(schema);
            assert.deepEqual(Object.keys(schema.definitions), tracking.events.map((e: { name: string }) => e.name));
            const rows = parse(Buffer.from(await generateTracking(model, 'csv', { locale: 'zh-CN' })), { bom: true }) as string[][];
            assert.equal(rows.length - 1, tracking.events.reduce((n: number, e: { properties: unknown[] }) => n + Math.max(1, e.properties.length), 0));
        });
    }
});
