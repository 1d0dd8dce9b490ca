import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { withHolidayCoverage } from '../../language/authoring/template-holidays.js';
import { TEMPLATE_NAMES, TEMPLATE_LABELS, defaultStart, renderTemplate } from '../../language/authoring/templates.js';
import { isAsset, isModel, isPhase, isRisk, isStep, isTrack } from '../../language/generated/ast.js';
import { CALENDAR_FORMATS, TRACKING_FORMATS, generateCalendar, generateTracking } from '../../language/generators/index.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { convertKeywords, layoutText } from '../../language/syntax/format-text.js';
import { runCli } from '../helpers/cli.js';
import { build } from '../helpers/parse.js';
import { GLOSSARY } from '../../language/messages/glossary.js';
import { isGiven, lastGiven } from '../../language/syntax/clauses.js';

const core = createPlaybookCoreServices().Playbook;

describe('playbook init templates', function () {
    this.timeout(60_000);

    for (const name of TEMPLATE_NAMES) {
        for (const locale of ['en', 'zh-CN'] as const) {
            it(`${name} (${locale} comments): no diagnostic at all, every output, canonical layout`, async () => {
                const text = renderTemplate(name, { start: '2026-03-02', locale })!;
                assert.ok(!text.includes('//~') && !text.includes('{start}'));
                const { document, diagnostics, services } = await build(text, {}, locale);
                assert.deepEqual(diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
                assert.equal(layoutText(core, text).text, text, 'not in the canonical layout');
                const model = services.playbook.Models.getModel(document)!;
                for (const format of CALENDAR_FORMATS) {
                    const bytes = await generateCalendar(model, format, { locale });
                    assert.ok(bytes.length > 200, `${format} is empty`);
                    const out = Buffer.from(bytes).toString('utf8');
                    if (format === 'json') assert.ok(JSON.parse(out).events.length >= 10);
                    if (format === 'ics') assert.ok(new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent').length >= 10);
                    if (format === 'csv') assert.ok(parseCsv(out, { bom: true }).length >= 11);
                    if (format === 'xlsx') assert.equal(out.slice(0, 2), 'PK');
                }
                for (const format of TRACKING_FORMATS) {
                    const bytes = await generateTracking(model, format, { locale });
                    assert.ok(bytes.length > 200, `${format} is empty`);
                    if (format === 'json') assert.equal(JSON.parse(Buffer.from(bytes).toString('utf8')).events.length >= 5, true);
                }
            });

            it(`${name} (${locale} comments) in Chinese keywords: no diagnostic, the same outputs byte for byte`, async () => {
                const text = renderTemplate(name, { start: '2026-03-02', locale })!;
                const zh = convertKeywords(core, text, 'zh').text!;
                assert.ok(zh && zh !== text && /^活动 /m.test(zh));
                const en = await build(text, {}, locale);
                const cn = await build(zh, {}, locale);
                assert.deepEqual(cn.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
                const a = en.services.playbook.Models.getModel(en.document)!;
                const b = cn.services.playbook.Models.getModel(cn.document)!;
                for (const format of CALENDAR_FORMATS) assert.deepEqual(Buffer.from(await generateCalendar(b, format, { locale })), Buffer.from(await generateCalendar(a, format, { locale })), format);
                for (const format of TRACKING_FORMATS) assert.deepEqual(Buffer.from(await generateTracking(b, format, { locale })), Buffer.from(await generateTracking(a, format, { locale })), format);
            });
        }

        it(`${name}: holds everything a campaign plan needs`, async () => {
            const text = renderTemplate(name, { start: '2026-03-02', locale: 'zh-CN' })!;
            const { document } = await build(text);
            const root = document.parseResult.value;
            assert.ok(isModel(root) && root.playbook);
            const pb = root.playbook!;
            const decls = pb.declarations;
            assert.ok(lastGiven(pb.consent), 'consent');
            assert.ok(decls.some(d => d.$type === 'Budget' && d.lines.length >= 3), 'budget split');
            assert.ok(decls.filter(d => d.$type === 'Role').length >= 4, 'roles');
            const phases = decls.filter(isPhase);
            assert.deepEqual(['warmup', 'burst', 'review'].filter(k => !phases.some(p => lastGiven(p.kind) === k)), [], 'phases');
            const review = phases.find(p => lastGiven(p.kind) === 'review')!;
            assert.ok(review.items.some(i => isStep(i) && i.assets.some(a => a.ref?.kind === 'survey')), 'satisfaction survey in the review');
            const risks = decls.filter(isRisk);
            for (const kind of ['traffic', 'outage', 'complaint', 'pr_crisis']) assert.ok(risks.some(r => r.kind === kind && lastGiven(r.then)), `risk ${kind}`);
            const tracks = decls.filter(isTrack).map(t => t.title ?? '');
            for (const stage of ['触达', '参与', '分享', '邀请', '转化']) assert.ok(tracks.some(t => t.startsWith(stage)), `track for ${stage}`);
            assert.ok(decls.some(d => d.$type === 'Goal' && d.kpis.some(k => k.ref?.target)), 'a goal with a KPI with a target');
            const steps = phases.flatMap(p => p.items).filter(isStep);
            assert.ok(steps.filter(s => lastGiven(s.time)).length >= 5, 'SOP steps by hour');
            assert.ok(decls.some(d => d.$type === 'Asset' && lastGiven(d.ready)), 'assets with ready dates');
            // 物料审核: a poster goes out to the public only after a person has reviewed it.
            const posters = decls.filter(isAsset).filter(a => a.kind === 'poster');
            assert.deepEqual(posters.filter(a => !isGiven(a.reviewer)).map(a => a.name), [], 'posters without a review clause');
            assert.ok((text.match(/^\s*\/\/ /gm) ?? []).length >= 4, 'comments that say why');
            assert.equal(isGiven(pb.novel), name === 'fission', 'novel only for the new mechanic');
        });
    }

    it('uses the glossary\'s one Chinese term per concept in every template and label', () => {
        for (const name of TEMPLATE_NAMES) {
            const text = renderTemplate(name, { start: '2027-03-01', locale: 'zh-CN' })! + TEMPLATE_LABELS[name].label['zh-CN'] + TEMPLATE_LABELS[name].detail['zh-CN'];
            for (const entry of GLOSSARY) for (const avoid of entry.avoid) assert.ok(!avoid.test(text), `${name}: ${avoid} (say ${entry.zh})`);
        }
    });

    it('has a label and a description in both languages for each template', () => {
        for (const name of TEMPLATE_NAMES) {
            for (const l of ['en', 'zh-CN'] as const) assert.ok(TEMPLATE_LABELS[name].label[l] && TEMPLATE_LABELS[name].detail[l]);
        }
    });

    it('starts next Monday by default (strictly after today, in Asia/Shanghai)', () => {
        // Monday 2026-12-07 09:00 in Shanghai → the Monday after; Sunday 23:30 UTC is Monday in Shanghai.
        assert.equal(defaultStart(new Date('2026-12-07T01:00:00Z')), '2026-12-14');
        assert.equal(defaultStart(new Date('2026-12-05T12:00:00Z')), '2026-12-07');
        assert.equal(defaultStart(new Date('2026-12-06T17:00:00Z')), '2026-12-14');
        const text = renderTemplate('promotion', { locale: 'en', now: new Date('2026-12-05T12:00:00Z') })!;
        assert.match(text, /^ {2}start 2026-12-07$/m);
        assert.equal(renderTemplate('promotion', { locale: 'en', start: '2026-02-30' }), undefined);
    });
});

describe('playbook init (CLI)', function () {
    this.timeout(60_000);
    let tmp: string;
    before(() => { tmp = mkdtempSync(join(tmpdir(), 'playbook-init-')); });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('--keywords zh writes the template in Chinese keywords', async () => {
        const r = runCli(['init', '--template', 'promotion', '--start', '2027-01-04', '--keywords', 'zh', '--locale', 'zh-CN']);
        assert.equal(r.status, 0, r.stderr);
        const template = (await withHolidayCoverage(renderTemplate('promotion', { start: '2027-01-04', locale: 'zh-CN' })!, 'zh-CN', 'zh')).text;
        assert.equal(r.stdout, convertKeywords(core, template, 'zh').text);
        assert.match(r.stdout, /^ {2}节假日 无$/m); // 2027 is not in the holiday data yet
        assert.match(r.stdout, /阶段 warmup "预热期" 类型 预热 为期 7 天 \{/);
        // The comment and the notice quote the keywords the file is written with.
        assert.match(r.stdout, /^ {2}\/\/ 安排发布后.*该年的 放假 \/ 上班 行/m);
        assert.match(r.stderr, /^playbook: 节假日数据尚未包含 2027 年：新活动剧本暂时只按周末检查（节假日 无），/m);
    });

    it('English keywords in a Chinese terminal: the comment and the notice quote `holidays none`, not 节假日 无', async () => {
        const r = runCli(['init', '--template', 'promotion', '--start', '2027-01-04', '--locale', 'zh-CN']);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /^ {2}holidays none$/m);
        assert.match(r.stdout, /^ {2}\/\/ 安排发布后.*该年的 holiday \/ workday 行/m);
        assert.match(r.stderr, /（holidays none），/);
        assert.ok(!/节假日 无|放假 \/ 上班/.test(r.stdout + r.stderr), r.stderr);
        // And Chinese keywords in an English terminal: the Chinese forms in English sentences.
        const zh = runCli(['init', '--template', 'promotion', '--start', '2027-01-04', '--keywords', 'zh', '--locale', 'en']);
        assert.match(zh.stderr, /checks weekends only \(节假日 无\) until it does/);
        assert.match(zh.stdout, /add that year's 放假 \/ 上班 lines to a library you import/);
    });

    it('prints the template on stdout without a file, with --start', async () => {
        const r = runCli(['init', '--template', 'live', '--start', '2027-01-04', '--locale', 'zh-CN']);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, (await withHolidayCoverage(renderTemplate('live', { start: '2027-01-04', locale: 'zh-CN' })!, 'zh-CN')).text);
    });

    it('writes a new file that validates --strict with no diagnostic, and never overwrites', () => {
        const file = join(tmp, 'camp.playbook');
        // A start in a year the holiday data covers (templates-calendar.test.ts: a start whose schedule reaches an uncovered year).
        const r = runCli(['init', file, '--template', 'member-day', '--start', '2026-03-02']);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /created .*camp\.playbook from the member-day template \(starts 2026-03-04\)/); // the first run's warm-up: D-14 of 2026-03-18
        const v = runCli(['validate', '--strict', '--format', 'json', file]);
        assert.equal(v.status, 0, v.stdout);
        assert.deepEqual(JSON.parse(v.stdout), []);
        writeFileSync(file, 'mine');
        // A start whose schedule reaches 2027 (not in the holiday data): the refusal comes alone, without the notice about the file it did not write.
        const again = runCli(['init', file, '--template', 'promotion', '--start', '2027-01-04'], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.equal(again.status, 2);
        assert.match(again.stderr, /^playbook: “.*camp\.playbook”已存在/);
        assert.equal(again.stderr.trim().split('\n').length, 1, again.stderr);
        assert.equal(readFileSync(file, 'utf8'), 'mine');
        const fresh = runCli(['init', join(tmp, 'fresh.playbook'), '--template', 'promotion', '--start', '2027-01-04'], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.equal(fresh.status, 0, fresh.stderr);
        assert.match(fresh.stderr, /^playbook: 节假日数据尚未包含 2027 年.*\nplaybook: 已用 promotion 模板创建/);
    });

    it('usage errors exit 2: no template, an unknown template, an impossible date, a missing folder', () => {
        assert.equal(runCli(['init']).status, 2);
        assert.equal(runCli(['init', '--template', 'webinar']).status, 2);
        const date = runCli(['init', '--template', 'live', '--start', '2027-02-29']);
        assert.equal(date.status, 2);
        assert.match(date.stderr, /real date/);
        const missing = join(tmp, 'no', 'such', 'dir.playbook');
        const noFolder = runCli(['init', missing, '--template', 'live', '--locale', 'zh-CN']);
        assert.equal(noFolder.status, 2);
        assert.match(noFolder.stderr, /：目录不存在\n$/, 'the reason in words, not ENOENT');
        assert.ok(!existsSync(missing));
    });
});
