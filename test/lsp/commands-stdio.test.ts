import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { LspSession } from '../helpers/lsp-client.js';

const LIB = [
    'library team {',
    '  role ops "运营"',
    '  channel group "社群" kind wechat_group',
    '  track join "进群" { on group property phone string pii }',
    '}',
    '',
].join('\n');

const GOOD = [
    'import "./team.playbook"',
    '',
    'playbook spring "春季活动" {',
    '  start 2026-03-02',
    '  owner ops',
    '  consent "手机号仅用于发券"',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 1 at 10:00 on group',
    '    milestone ready "就绪" day 7',
    '  }',
    '  phase burst "爆发" kind burst days 3 {',
    '    step sale "开抢" days 1..2 at 20:00 for 1h on group remind 30m',
    '  }',
    '  phase review "复盘" kind review days 2',
    '  kpi joins "进群数" = count join target 100',
    '  risk low "流量不足" kind traffic {',
    '    when joins < 30% by burst day 1',
    '    then "加投"',
    '  }',
    '  risk down "故障" kind outage { then "切换" }',
    '  risk angry "投诉" kind complaint { then "致歉" }',
    '  risk rumor "舆情" kind pr_crisis { then "澄清" }',
    '}',
    '',
].join('\n');

interface Answer { ok: boolean; path?: string; message?: string; timeline?: Timeline }
interface Timeline {
    playbook: string;
    phases: { name: string; start: string | null; line: number | null }[];
    events: { id: string; type: string; name: string; date: string; line: number | null; display: { type: string; time: string; phase: string; details: { label: string; text: string }[] } }[];
    types: Record<string, string>;
}

describe('server commands: playbook.server.generate and playbook.server.timeline (stdio)', function () {
    this.timeout(90_000);
    let dir: string;
    let s: LspSession;
    const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

    function write(name: string, text: string): string {
        writeFileSync(join(dir, name), text);
        return uriOf(name);
    }

    async function openAndWait(name: string, text: string): Promise<string> {
        const uri = write(name, text);
        s.open(uri, text);
        await s.waitForDiagnostics(uri);
        return uri;
    }

    function generate(args: unknown): Promise<Answer> {
        return s.request<Answer>('workspace/executeCommand', { command: 'playbook.server.generate', arguments: [args] });
    }

    function timeline(args: unknown): Promise<Answer> {
        return s.request<Answer>('workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [args] });
    }

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-commands-'));
        write('team.playbook', LIB);
        write('spring.playbook', GOOD);
        s = await LspSession.start({ workspace: dir });
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('converts the keywords of an open playbook (playbook.server.convertKeywords) and lists templates', async () => {
        const uri = await openAndWait('spring.playbook', GOOD);
        const zh = await s.request<{ ok: boolean; text?: string }>('workspace/executeCommand', { command: 'playbook.server.convertKeywords', arguments: [{ uri, to: 'zh' }] });
        assert.equal(zh.ok, true);
        assert.match(zh.text!, /^活动 spring "春季活动" \{$/m);
        assert.match(zh.text!, /动作 sale "开抢" 第 1..2 天 每天 20:00 持续 1h 在 group 提前 30m/);
        const list = await s.request<{ ok: boolean; templates?: { name: string }[] }>('workspace/executeCommand', { command: 'playbook.server.templates', arguments: [] });
        assert.equal(list.templates?.length, 6);
    });

    it('names the field that does not fit in the arguments of convertKeywords and template', async () => {
        const uri = await openAndWait('spring.playbook', GOOD);
        const run = (command: string, args: unknown) => s.request<Answer>('workspace/executeCommand', { command, arguments: [args] });
        const to = await run('playbook.server.convertKeywords', { uri, to: 'fr' });
        assert.equal(to.ok, false);
        assert.match(to.message!, /^Invalid arguments for playbook\.server\.convertKeywords: to: must be equal to one of the allowed values/);
        const noUri = await run('playbook.server.convertKeywords', { to: 'zh' });
        assert.match(noUri.message!, /^Invalid arguments for playbook\.server\.convertKeywords: arguments: must have required properties uri/);
        const start = await run('playbook.server.template', { template: 'live', start: 20270201 });
        assert.match(start.message!, /^Invalid arguments for playbook\.server\.template: start: must be string/);
        const template = await run('playbook.server.template', { template: 'webinar' });
        assert.match(template.message!, /^Invalid arguments for playbook\.server\.template: template: must be equal to one of the allowed values/);
        const good = await s.request<{ ok: boolean; text?: string }>('workspace/executeCommand', { command: 'playbook.server.template', arguments: [{ template: 'live', start: '2026-06-01', keywords: 'en' }] });
        assert.equal(good.ok, true);
        assert.match(good.text!, /^playbook live /m);
    });

    it('answers null to a command it does not know', async () => {
        const unknown = await s.request('workspace/executeCommand', { command: 'playbook.server.nope', arguments: [] });
        assert.equal(unknown, null);
    });

    it('writes a JSON calendar next to the playbook and answers its path', async () => {
        const uri = await openAndWait('spring.playbook', GOOD);
        const answer = await generate({ uri, kind: 'calendar', format: 'json' });
        assert.equal(answer.ok, true, answer.message);
        assert.equal(answer.path, join(dir, 'spring.calendar.json'));
        const json = JSON.parse(readFileSync(answer.path!, 'utf8'));
        assert.equal(json.playbook, 'spring');
        assert.ok(json.events.some((e: { id: string }) => e.id === 'spring.hello.2026-03-02'));
        assert.ok(!readdirSync(dir).some(f => f.endsWith('.tmp')), 'a temporary file was left behind');
    });

    it('writes ics, csv, md and xlsx calendars that their parsers read', async () => {
        const uri = uriOf('spring.playbook');
        const ics = await generate({ uri, kind: 'calendar', format: 'ics' });
        assert.equal(ics.path, join(dir, 'spring.calendar.ics'));
        const cal = new ICAL.Component(ICAL.parse(readFileSync(ics.path!, 'utf8')));
        assert.ok(cal.getAllSubcomponents('vevent').length >= 4);
        const csv = await generate({ uri, kind: 'calendar', format: 'csv' });
        const rows = parseCsv(readFileSync(csv.path!, 'utf8'), { bom: true }) as string[][];
        assert.ok(rows.length >= 5);
        const md = await generate({ uri, kind: 'calendar', format: 'md' });
        assert.match(readFileSync(md.path!, 'utf8'), /欢迎/);
        const xlsx = await generate({ uri, kind: 'calendar', format: 'xlsx' });
        assert.equal(xlsx.path, join(dir, 'spring.calendar.xlsx'));
        assert.equal(readFileSync(xlsx.path!).subarray(0, 2).toString('latin1'), 'PK');
    });

    it('writes the tracking spec (json, JSON Schema) and honours outputDirectory', async () => {
        const uri = uriOf('spring.playbook');
        const json = await generate({ uri, kind: 'tracking', format: 'json' });
        assert.equal(json.path, join(dir, 'spring.tracking.json'));
        const spec = JSON.parse(readFileSync(json.path!, 'utf8'));
        assert.ok(JSON.stringify(spec).includes('join'));
        const out = join(dir, 'out', 'nested');
        const schema = await generate({ uri, kind: 'tracking', format: 'jsonschema', outputDirectory: out });
        assert.equal(schema.path, join(out, 'spring.tracking.schema.json'));
        JSON.parse(readFileSync(schema.path!, 'utf8'));
        const relative = await generate({ uri, kind: 'calendar', format: 'json', outputDirectory: 'rel' });
        assert.equal(relative.path, join(dir, 'rel', 'spring.calendar.json'));
        assert.ok(existsSync(relative.path!));
    });

    it('refuses a playbook with errors, lists them, and writes nothing', async () => {
        const bad = GOOD.replace('on group\n', 'on group owner nobody\n').replace('days 1..2', 'days 1..9');
        const uri = await openAndWait('broken.playbook', bad);
        const before = readdirSync(dir).sort();
        const answer = await generate({ uri, kind: 'calendar', format: 'json' });
        assert.equal(answer.ok, false);
        assert.match(answer.message!, /2 error/);
        assert.match(answer.message!, /broken\.playbook:8:\d+ linking-error Unknown role 'nobody'/);
        assert.match(answer.message!, /day-out-of-range/);
        assert.deepEqual(readdirSync(dir).sort(), before);
    });

    it('refuses when an imported library has errors', async () => {
        mkdirSync(join(dir, 'sub'), { recursive: true });
        const libText = LIB.replace('role ops "运营"', 'role ops "运营"\n  asset poster "海报" { owner ghost }');
        write('sub/team.playbook', libText);
        s.open(uriOf('sub/team.playbook'), libText);
        await s.waitForDiagnostics(uriOf('sub/team.playbook'));
        const uri = await openAndWait('sub/uses-lib.playbook', GOOD);
        const answer = await generate({ uri, kind: 'tracking', format: 'json' });
        assert.equal(answer.ok, false);
        assert.match(answer.message!, /team\.playbook:\d+:\d+ linking-error/);
        assert.ok(!existsSync(join(dir, 'sub', 'uses-lib.tracking.json')));
    });

    it('answers ok: false for a library, an unknown document, a bad format or bad arguments', async () => {
        const lib = await generate({ uri: uriOf('team.playbook'), kind: 'calendar', format: 'json' });
        assert.equal(lib.ok, false);
        assert.match(lib.message!, /no playbook/);
        const missing = await generate({ uri: uriOf('nope.playbook'), kind: 'calendar', format: 'json' });
        assert.equal(missing.ok, false);
        const format = await generate({ uri: uriOf('spring.playbook'), kind: 'calendar', format: 'pdf' });
        assert.equal(format.ok, false);
        assert.match(format.message!, /pdf/);
        for (const args of [undefined, 42, { uri: uriOf('spring.playbook') }, { uri: uriOf('spring.playbook'), kind: 'budget', format: 'json' }]) {
            const answer = await generate(args);
            assert.equal(answer.ok, false, JSON.stringify(args));
            assert.ok(answer.message);
        }
    });

    it('answers the timeline: calendar JSON with 0-based lines on phases and events', async () => {
        const uri = uriOf('spring.playbook');
        const answer = await timeline({ uri });
        assert.equal(answer.ok, true, answer.message);
        const t = answer.timeline!;
        assert.equal(t.playbook, 'spring');
        const lines = GOOD.split('\n');
        const lineOf = (needle: string) => lines.findIndex(l => l.includes(needle));
        assert.deepEqual(t.phases.map(p => [p.name, p.line]), [
            ['warmup', lineOf('phase warmup')], ['burst', lineOf('phase burst')], ['review', lineOf('phase review')],
        ]);
        const hello = t.events.find(e => e.name === 'hello')!;
        assert.equal(hello.line, lineOf('step hello'));
        const sales = t.events.filter(e => e.name === 'sale');
        assert.deepEqual(sales.map(e => e.date), ['2026-03-09', '2026-03-10']);
        assert.ok(sales.every(e => e.line === lineOf('step sale')));
        const checkpoint = t.events.find(e => e.type === 'checkpoint')!;
        assert.equal(checkpoint.line, lineOf('risk low'));
        for (const e of t.events) assert.equal(typeof e.line, 'number');
    });

    it('the timeline carries what the preview shows: titles, type labels, end times, the checkpoint\'s condition and response', async () => {
        const t = (await timeline({ uri: uriOf('spring.playbook') })).timeline!;
        assert.deepEqual(t.types, { step: 'SOP step', milestone: 'milestone', 'asset-due': 'asset due', checkpoint: 'risk checkpoint', blackout: 'blackout', holiday: 'holiday', workday: 'make-up workday (调休)' });
        const sale = t.events.find(e => e.name === 'sale')!.display;
        assert.deepEqual(sale, {
            type: 'SOP step', time: '20:00–21:00', phase: '爆发',
            details: [{ label: 'Channels', text: '社群' }, { label: 'Owner', text: '运营' }, { label: 'Reminders', text: '30 min before' }],
        }, 'titles from the library, not ids');
        const low = t.events.find(e => e.type === 'checkpoint')!.display;
        assert.deepEqual(low.details.slice(1), [{ label: 'Check', text: '进群数 < 30% of target (30)' }, { label: 'Response', text: '加投' }]);
        assert.equal(t.events.find(e => e.name === 'ready')!.display.time, 'all day');
    });

    it('answers a timeline even while the playbook has errors, and ok: false without a playbook', async () => {
        const broken = await timeline({ uri: uriOf('broken.playbook') });
        assert.equal(broken.ok, true);
        const lib = await timeline({ uri: uriOf('team.playbook') });
        assert.equal(lib.ok, false);
        assert.ok(lib.message);
        const bad = await timeline({});
        assert.equal(bad.ok, false);
    });

    it('answers in Chinese for a zh-CN client', async () => {
        const zh = await LspSession.start({ workspace: dir, locale: 'zh-CN' });
        try {
            const bad = GOOD.replace('on group\n', 'on group owner nobody\n');
            const uri = uriOf('broken-zh.playbook');
            write('broken-zh.playbook', bad);
            zh.open(uri, bad);
            await zh.waitForDiagnostics(uri);
            const answer = await zh.request<Answer>('workspace/executeCommand', { command: 'playbook.server.generate', arguments: [{ uri, kind: 'calendar', format: 'json' }] });
            assert.equal(answer.ok, false);
            assert.match(answer.message!, /未生成：活动有 1 个错误/);
        } finally {
            await zh.stop();
        }
    });
});
