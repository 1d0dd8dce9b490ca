/**
 * The smaller items of issue 11 §9, each against an independent reader: ics TEXT without
 * control characters (ical.js), xlsx cells within Excel's 32,767 characters (exceljs),
 * SOURCE_DATE_EPOCH past 9999 a usage error, property names like `toString` in ajv's default
 * (strict) mode.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { Ajv } from 'ajv';
import { generateCalendar, generateTracking } from '../../language/generators/index.js';
import { MAX_CELL_CHARS, cellValue } from '../../language/generators/xlsx.js';
import { modelFromText, validateTrackingJson } from '../generators/helpers.js';
import { runCli } from './harness.js';

describe('robustness: smaller hostile items', function () {
    this.timeout(60_000);

    it('ics: NUL, BEL, DEL and C1 controls in titles and notes never reach a TEXT value', async () => {
        const model = await modelFromText(`playbook p "t\u0007" {
  start 2026-03-02
  owner o
  role o "O"
  phase a "A" days 2 {
    step s "S\\0x\u0007y\u007fz\u009b" day 1 at 10:00 note "n\u0001\u001b[2J"
  }
}`);
        const text = Buffer.from(await generateCalendar(model, 'ics', { locale: 'en' })).toString('utf8');
        assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
        const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
        assert.equal(vevent.getFirstPropertyValue('summary'), 'S\uFFFDx\uFFFDy\uFFFDz\uFFFD');
        assert.match(String(vevent.getFirstPropertyValue('description')), /n\uFFFD\uFFFD\[2J/);
    });

    it('xlsx: a cell past 32,767 characters is cut with a visible marker; the workbook reads back', async () => {
        assert.equal(cellValue('x'), 'x');
        const cut = cellValue('长'.repeat(40_000)) as string;
        const m = /… \[\+(\d+)\]$/.exec(cut);
        assert.ok(cut.length <= MAX_CELL_CHARS && m, cut.slice(-20));
        assert.equal(cut.length - m[0].length + Number(m[1]), 40_000, 'the marker counts the characters cut');
        const emoji = cellValue('😀'.repeat(20_000)) as string;
        assert.ok(emoji.length <= MAX_CELL_CHARS && !/[\uD800-\uDBFF]…/.test(emoji), 'no split surrogate pair');
        const note = 'n'.repeat(50_000);
        const model = await modelFromText(`playbook p "t" {
  start 2026-03-02
  owner o
  role o "O"
  phase a "A" days 2 { step s "S" day 1 note "${note}" }
}`);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await generateCalendar(model, 'xlsx', { locale: 'en' })) as never);
        let longest = 0;
        let marked = false;
        wb.eachSheet(ws => ws.eachRow(row => row.eachCell(c => {
            const v = String(c.value ?? '');
            longest = Math.max(longest, v.length);
            if (/^n+… \[\+\d+\]$/.test(v)) marked = true;
        })));
        assert.ok(longest <= MAX_CELL_CHARS, `${longest}`);
        assert.ok(marked, 'the cut note carries its marker');
    });

    it('SOURCE_DATE_EPOCH past 9999-12-31: a usage error (exit 2), not exit 70', () => {
        const dir = mkdtempSync(join(tmpdir(), 'playbook-epoch-'));
        try {
            writeFileSync(join(dir, 'p.playbook'), 'playbook p "P" {\n  start 2026-01-05\n  phase a "A" days 2 { step s "S" day 1 }\n}\n');
            for (const [value, status] of [['99999999999999', 2], ['253402300800', 2], ['253402300799', 0], ['0', 0]] as const) {
                const r = runCli(['calendar', join(dir, 'p.playbook')], { env: { SOURCE_DATE_EPOCH: value } });
                assert.equal(r.status, status, `${value}: ${r.stderr}`);
                if (status === 2) assert.match(r.stderr, /SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799/);
            }
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('SARIF holds no installation path: no rule link without a published catalogue, the catalogue\'s when published', () => {
        const dir = mkdtempSync(join(tmpdir(), 'playbook-sarif-'));
        try {
            writeFileSync(join(dir, 'p.playbook'), 'playbook p "P" {\n  start 2026-01-05\n}\n');
            const local = runCli(['validate', 'p.playbook', '--format', 'sarif'], { cwd: dir });
            assert.doesNotMatch(local.stdout, /file:|\/work\/|node_modules/);
            const run = JSON.parse(local.stdout).runs[0];
            // SARIF links must be absolute URIs: an installation's file: link would differ per machine, so none.
            assert.equal(run.tool.driver.informationUri, undefined);
            assert.ok(run.tool.driver.rules.every((r: { id: string; helpUri?: string }) => r.helpUri === undefined), 'no rule link');
            const published = runCli(['validate', 'p.playbook', '--format', 'sarif'], { cwd: dir, env: { PLAYBOOK_DOCS_URL: 'https://docs.example.org/playbook' } });
            assert.match(published.stdout, /"helpUri": "https:\/\/docs\.example\.org\/playbook#rule-/);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('property and event names toString, constructor, __proto__, hasOwnProperty: schema valid in ajv strict mode', async () => {
        const model = await modelFromText(`playbook t "T" {
  start 2026-01-05
  track a "A" { event "toString" property toString string required property constructor number property hasOwnProperty string }
  track b "B" { event "__proto__" property valueOf string required property __proto__ string }
}`);
        const json = JSON.parse(Buffer.from(await generateTracking(model, 'json', { locale: 'en' })).toString('utf8'));
        assert.deepEqual(validateTrackingJson(json), []);
        const schema = JSON.parse(Buffer.from(await generateTracking(model, 'jsonschema', { locale: 'en' })).toString('utf8'));
        const validate = new Ajv().compile(schema);
        assert.ok(validate({ event: 'toString', properties: { toString: 'x', constructor: 1 } }), JSON.stringify(validate.errors));
        assert.ok(!validate({ event: 'toString', properties: { constructor: 1 } }), 'toString is required');
        assert.ok(validate({ event: '__proto__', properties: JSON.parse('{"valueOf":"v","__proto__":"p"}') }), JSON.stringify(validate.errors));
    });
});
