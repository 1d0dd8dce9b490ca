/**
 * `playbook build`: every output of every playbook of a folder in one process, as the README's CI
 * example runs it. Outputs are read back with independent parsers (ical.js, exceljs, ajv) and
 * compared byte for byte with what `playbook calendar` / `playbook tracking` write for one file.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT, newAjv } from '../generators/helpers.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

describe('CLI: playbook build', function () {
    this.timeout(180_000);
    let dir: string;
    let campaigns: string;

    before(function () {
        if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) this.skip(); // `npm test` builds it first
        dir = mkdtempSync(join(tmpdir(), 'playbook-build-'));
        campaigns = join(dir, 'campaigns');
        mkdirSync(join(campaigns, 'us'), { recursive: true });
        for (const f of ['shared.playbook', 'launch.playbook', 'broken.playbook', 'bad-lib.playbook', 'uses-bad-lib.playbook']) {
            copyFileSync(join(FIXTURES, f), join(campaigns, f));
        }
        copyFileSync(join(FIXTURES, 'dst.playbook'), join(campaigns, 'us', 'dst.playbook'));
    });
    after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    it('writes every requested output of every playbook, refuses the ones with errors (their own or a library\'s) and exits 1', async () => {
        const out = join(dir, 'out');
        const r = runCli(['build', campaigns, '-o', out, '--calendar', 'ics,xlsx', '--tracking', 'jsonschema,md'], { env: EPOCH });
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stdout, '', 'nothing on stdout');
        assert.deepEqual(readdirSync(out, { recursive: true }).map(String).sort(), [
            'launch.ics', 'launch.tracking.md', 'launch.tracking.schema.json', 'launch.xlsx',
            'us', 'us/dst.ics', 'us/dst.tracking.md', 'us/dst.tracking.schema.json', 'us/dst.xlsx',
        ], 'the folder structure below the given folder; no temporary files; nothing of the refused playbooks');
        assert.match(r.stderr, /broken\.playbook:\d+:\d+ error .*\[linking-error\]/, 'the errors of a refused playbook');
        assert.match(r.stderr, /bad-lib\.playbook:\d+:\d+ error .*\[unknown-kind\]/, 'the errors of a library it imports');
        assert.match(r.stderr, /wrote 8 files for 2 playbooks/);
        assert.match(r.stderr, /2 playbooks not built because of errors \(listed above\): .*broken\.playbook, .*uses-bad-lib\.playbook/);

        const ics = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'launch.ics'), 'utf8')));
        assert.equal(ics.getAllSubcomponents('vevent').length, 24, '23 events and a blackout');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(join(out, 'us', 'dst.xlsx')) as unknown as ArrayBuffer);
        assert.match(String(wb.worksheets[0].getCell('A1').value), /^NYC tea pop-up — SOP calendar/);
        newAjv().compile(JSON.parse(readFileSync(join(out, 'launch.tracking.schema.json'), 'utf8')));
        assert.match(readFileSync(join(out, 'launch.tracking.md'), 'utf8'), /^# /);

        // The same bytes as the one-file commands write.
        for (const [args, file] of [
            [['calendar', join(campaigns, 'launch.playbook'), '--format', 'xlsx'], 'launch.xlsx'],
            [['calendar', join(campaigns, 'us', 'dst.playbook'), '--format', 'ics'], 'us/dst.ics'],
            [['tracking', join(campaigns, 'launch.playbook'), '--format', 'md'], 'launch.tracking.md'],
        ] as const) {
            const single = join(dir, 'single');
            const one = runCli([...args, '-o', single], { env: EPOCH });
            assert.equal(one.status, 0, one.stderr);
            assert.ok(readFileSync(single).equals(readFileSync(join(out, file))), file);
        }
    });

    it('exits 0 when every playbook builds; files given one by one are named by their base name; default formats ics and json', () => {
        const out = join(dir, 'out-ok');
        const r = runCli(['build', join(campaigns, 'launch.playbook'), join(campaigns, 'us', 'dst.playbook'), '-o', out]);
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(readdirSync(out).sort(), ['dst.ics', 'dst.tracking.json', 'launch.ics', 'launch.tracking.json']);
        assert.equal(JSON.parse(readFileSync(join(out, 'launch.tracking.json'), 'utf8')).playbook, 'tea_launch');
    });

    it('usage errors exit 2 before writing anything, in the user\'s language', () => {
        const missing = runCli(['build', campaigns]);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /-o <dir>/);
        const bad = runCli(['build', campaigns, '-o', join(dir, 'x'), '--calendar', 'ics,pdf'], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--calendar 不支持格式“pdf”/);
        assert.ok(!existsSync(join(dir, 'x')), 'nothing written');
        const same = runCli(['build', join(campaigns, 'launch.playbook'), join(FIXTURES, 'launch.playbook'), '-o', join(dir, 'y')]);
        assert.equal(same.status, 2);
        assert.match(same.stderr, /would both be written as 'launch'/);
    });
});
