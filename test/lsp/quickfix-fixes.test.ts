import { strict as assert } from 'node:assert';
import { compareDates, todayIn, weekdayOf } from '../../language/model/dates.js';
import { applyFix, codeActionsFor } from '../helpers/quick-fix.js';
import { buildOne } from '../helpers/lsp-edits.js';

/** A complete, diagnostic-light playbook to break one thing at a time. */
const BASE = [
    'playbook p "活动" {',
    '  start 2026-03-02',
    '  owner ops',
    '',
    '  role ops "运营"',
    '  role dev "技术"',
    '  channel group "社群" kind wechat_group',
    '',
    '  phase warmup "预热" kind warmup days 7 {',
    '    step hello "欢迎" day 1 at 10:00 on group',
    '  }',
    '  phase review "复盘" kind review days 3',
    '',
    '  track join "进群" { on group }',
    '  kpi joins "进群数" = count join',
    '',
    '  risk low "流量不足" kind traffic { then "加投" }',
    '  risk down "故障" kind outage { then "切换" }',
    '  risk angry "投诉" kind complaint { then "致歉" }',
    '  risk rumor "舆情" kind pr_crisis { then "澄清" }',
    '}',
    '',
].join('\n');

function edit(text: string, from: string, to: string): string {
    assert.ok(text.includes(from), `fixture lacks ${from}`);
    return text.replace(from, to);
}

describe('quick fix: linking-error declares what is missing', () => {
    it('declares a missing role after the last role, with the same indentation', async () => {
        const text = edit(BASE, 'on group\n', 'on group owner host\n');
        const run = await applyFix(text, 'linking-error');
        assert.match(run.action.title, /Declare role 'host'/);
        assert.ok(run.text.includes('  role dev "技术"\n  role host "host"\n  channel group'), run.text);
    });

    it('declares a missing channel, segment, asset and KPI in their places', async () => {
        const text = edit(BASE, 'on group\n', 'on group, shop for lapsed uses poster\n');
        let run = await applyFix(text, 'linking-error', { which: d => /shop/.test(String(d.message)) });
        assert.ok(run.text.includes('  channel group "社群" kind wechat_group\n  channel shop "shop"\n'), run.text);
        run = await applyFix(text, 'linking-error', { which: d => /lapsed/.test(String(d.message)) });
        assert.ok(run.text.includes('  channel group "社群" kind wechat_group\n  segment lapsed "lapsed"\n'), run.text);
        run = await applyFix(text, 'linking-error', { which: d => /poster/.test(String(d.message)) });
        assert.ok(run.text.includes('  channel group "社群" kind wechat_group\n  asset poster "poster"\n'), run.text);
        const goal = edit(BASE, '  track join', '  goal grow "增长" kind acquisition { kpi members }\n  track join');
        run = await applyFix(goal, 'linking-error');
        assert.ok(run.text.includes('  kpi joins "进群数" = count join\n  kpi members "members"\n'), run.text);
    });

    it('declares a missing track after the last track', async () => {
        const text = edit(BASE, 'kpi joins "进群数" = count join', 'kpi joins "进群数" = count join\n  kpi buyers "买家" = unique paid');
        const run = await applyFix(text, 'linking-error');
        assert.ok(run.text.includes('  track join "进群" { on group }\n  track paid "paid"\n'), run.text);
    });

    it('declares a missing phase with a length, after the last phase', async () => {
        const text = edit(BASE, '  track join', '  asset poster "海报" { ready launch day 1 }\n  track join');
        const run = await applyFix(text, 'linking-error');
        assert.ok(run.text.includes('  phase review "复盘" kind review days 3\n  phase launch "launch" days 7\n'), run.text);
    });

    it('adds a missing property to the track a formula reads', async () => {
        const text = edit(BASE, 'kpi joins "进群数" = count join', 'kpi joins "进群数" = count join\n  kpi gmv "成交额" = sum join.amount');
        const run = await applyFix(text, 'linking-error');
        assert.ok(run.text.includes('track join "进群" { on group property amount number }'), run.text);
    });

    it('declares in a library when the library references something missing', async () => {
        const lib = 'library shared {\n  role ops "运营"\n  asset poster "海报" { owner designer }\n}\n';
        const ws = await buildOne('import "./lib.playbook"\n' + BASE.replace('  role ops "运营"\n', ''), { 'lib.playbook': lib });
        const libDoc = ws.docs.get('lib.playbook')!;
        const d = libDoc.diagnostics!.find(x => x.code === 'linking-error')!;
        assert.ok(d);
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(libDoc, {
            textDocument: { uri: libDoc.uri.toString() }, range: d.range, context: { diagnostics: [d] },
        })) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
        assert.equal(actions.length, 1);
        assert.deepEqual(actions[0].edit.changes[libDoc.uri.toString()].map(e => e.newText), ['\n  role designer "designer"']);
    });

    it('offers nothing for a KPI or phase missing from a library (libraries cannot declare them)', async () => {
        const ws = await buildOne('library shared {\n  role ops "运营"\n  asset a "A" { ready launch day 1 }\n}\n');
        const d = ws.main.diagnostics!.find(x => x.code === 'linking-error')!;
        assert.ok(d);
        assert.deepEqual(await codeActionsFor(ws, d), []);
    });
});

describe('quick fix: missing-timeline', () => {
    it('inserts `start` on the next Monday (computed by the dates module) as the first line', async () => {
        const text = edit(BASE, '  start 2026-03-02\n', '');
        const run = await applyFix(text, 'missing-timeline');
        const m = /^playbook p "活动" \{\n {2}start (\d{4}-\d{2}-\d{2})\n {2}owner ops/.exec(run.text);
        assert.ok(m, run.text);
        assert.equal(weekdayOf(m[1]), 1);
        const today = todayIn('Asia/Shanghai');
        assert.equal(compareDates(m[1], today), 1);
        assert.ok(compareDates(m[1], '9999-12-31') < 0);
        assert.match(run.action.title, new RegExp(`start ${m[1]}`));
    });

    it('inserts `days 7` on a phase and `day 1` on a step and a milestone', async () => {
        let run = await applyFix(edit(BASE, 'kind warmup days 7', 'kind warmup'), 'missing-timeline');
        assert.ok(run.text.includes('phase warmup "预热" days 7 kind warmup {'), run.text);
        run = await applyFix(edit(BASE, 'step hello "欢迎" day 1', 'step hello "欢迎"'), 'missing-timeline');
        assert.ok(run.text.includes('step hello "欢迎" day 1 at 10:00'), run.text);
        run = await applyFix(edit(BASE, '  }\n  phase review', '    milestone m\n  }\n  phase review'), 'missing-timeline');
        assert.ok(run.text.includes('    milestone m day 1\n'), run.text);
        assert.match(run.action.title, /milestone 'm'/);
    });
});

describe('quick fix: risk plans', () => {
    const noRisks = BASE.replace(/ {2}risk .*\n/g, '');

    it('missing-risk-plan: inserts the four standard risks with `then` placeholders', async () => {
        const run = await applyFix(noRisks, 'missing-risk-plan');
        for (const kind of ['traffic', 'outage', 'complaint', 'pr_crisis']) {
            assert.match(run.text, new RegExp(`\\n {2}risk ${kind} "[^"]+" kind ${kind} \\{ then "[^"]+" \\}\\n`));
        }
        const codes = run.after.main.diagnostics!.map(d => d.code);
        assert.ok(!codes.includes('uncovered-risk'));
        assert.ok(!codes.includes('risk-without-response'));
    });

    it('uncovered-risk: inserts the one missing kind after the last risk, with a unique name', async () => {
        const text = edit(BASE, '  risk down "故障" kind outage { then "切换" }\n', '  risk outage "别名" kind other { then "x" }\n');
        const run = await applyFix(text, 'uncovered-risk');
        assert.match(run.action.title, /outage/);
        assert.ok(run.text.includes('  risk rumor "舆情" kind pr_crisis { then "澄清" }\n  risk outage_2 "technical outage" kind outage { then "'), run.text);
    });

    it('risk-without-response: adds `then` in a one-line block, a multi-line block, or a new block', async () => {
        let run = await applyFix(edit(BASE, '{ then "加投" }', '{ }'), 'risk-without-response');
        assert.match(run.text, /risk low "流量不足" kind traffic \{ then "[^"]+" \}/);
        run = await applyFix(edit(BASE, '{ then "加投" }', '{\n    owner dev // who\n  }'), 'risk-without-response');
        assert.match(run.text, /\{\n {4}owner dev \/\/ who\n {4}then "[^"]+"\n {2}\}/);
        run = await applyFix(edit(BASE, ' { then "加投" }', ''), 'risk-without-response');
        assert.match(run.text, /risk low "流量不足" kind traffic \{ then "[^"]+" \}\n/);
    });
});

describe('quick fix: missing-tracking', () => {
    const text = edit(BASE, 'kpi joins "进群数" = count join', 'kpi joins "进群数" = count join\n  kpi reach "触达人数" target 500');

    it('adds a track and a `count` formula', async () => {
        const run = await applyFix(text, 'missing-tracking');
        assert.ok(run.text.includes('  track join "进群" { on group }\n  track reach "触达人数"\n'), run.text);
        assert.ok(run.text.includes('kpi reach "触达人数" = count reach target 500'), run.text);
    });

    it('also offers to count an existing track', async () => {
        const run = await applyFix(text, 'missing-tracking', { pick: a => /count join/.test(a.title) });
        assert.ok(run.text.includes('kpi reach "触达人数" = count join target 500'), run.text);
        assert.ok(!run.text.includes('track reach'));
    });
});

describe('quick fix: missing-owner', () => {
    const noOwner = edit(BASE, '  owner ops\n', '');
    const lib = 'library shared {\n  role design "设计"\n  role legal "法务"\n}\n';
    const withLib = 'import "./lib.playbook"\n' + noOwner;

    it('offers one action per role, own and imported, the first preferred', async () => {
        const run = await applyFix(withLib, 'missing-owner', { files: { 'lib.playbook': lib } });
        const owners = run.actions.filter(a => /Set owner/.test(a.title)).map(a => /'(\w+)'/.exec(a.title)![1]);
        assert.deepEqual(owners, ['ops', 'dev', 'design', 'legal']);
        assert.equal(run.actions.filter(a => a.isPreferred).length, 1);
        assert.ok(run.actions[0].isPreferred);
        assert.ok(run.text.includes('step hello "欢迎" day 1 at 10:00 on group owner ops\n'), run.text);
    });

    it('can pick an imported role and can set the playbook default instead', async () => {
        let run = await applyFix(withLib, 'missing-owner', { files: { 'lib.playbook': lib }, pick: a => /'legal'/.test(a.title) });
        assert.ok(run.text.includes('on group owner legal\n'), run.text);
        run = await applyFix(withLib, 'missing-owner', { files: { 'lib.playbook': lib }, pick: a => /default owner/.test(a.title) });
        assert.ok(run.text.includes('  start 2026-03-02\n  owner ops\n'), run.text);
        assert.ok(!run.after.main.diagnostics!.some(d => d.code === 'missing-owner'));
    });

    it('puts the owner inside the block of an asset or risk, and before a step block', async () => {
        const asset = edit(noOwner, '  track join', '  asset poster "海报" { ready warmup day 1 }\n  track join');
        let run = await applyFix(asset, 'missing-owner', { which: d => /poster/.test(String(d.message)) });
        assert.ok(run.text.includes('asset poster "海报" { ready warmup day 1 owner ops }'), run.text);
        run = await applyFix(noOwner, 'missing-owner', { which: d => /'low'/.test(String(d.message)) });
        assert.ok(run.text.includes('risk low "流量不足" kind traffic { then "加投" owner ops }'), run.text);
        const block = edit(noOwner, 'on group\n', 'on group {\n      note "n"\n    }\n');
        run = await applyFix(block, 'missing-owner', { which: d => /hello/.test(String(d.message)) });
        assert.ok(run.text.includes('on group owner ops {\n'), run.text);
    });

    it('declares a role when there is none', async () => {
        const none = noOwner.replace('  role ops "运营"\n  role dev "技术"\n', '');
        const run = await applyFix(none, 'missing-owner', { which: d => /hello/.test(String(d.message)) });
        assert.ok(run.text.includes('role lead "Owner"'), run.text);
        assert.ok(run.text.includes('owner lead'), run.text);
    });
});

describe('quick fix: unused-declaration', () => {
    it('removes the whole line, keeping comments on the lines around it', async () => {
        const text = edit(BASE, '  role dev "技术"\n', '  // the team\n  role dev "技术"\n  // more\n');
        const run = await applyFix(text, 'unused-declaration');
        assert.ok(run.text.includes('  role ops "运营"\n  // the team\n  // more\n  channel group'), run.text);
    });

    it('keeps a trailing comment and comments inside the declaration', async () => {
        let run = await applyFix(edit(BASE, '  role dev "技术"\n', '  role dev "技术" // spare\n'), 'unused-declaration');
        assert.ok(run.text.includes('  role ops "运营"\n  // spare\n  channel group'), run.text);
        run = await applyFix(edit(BASE, '  role dev "技术"\n', '  track spare "备用" {\n    // keep me\n    on group\n  }\n'), 'unused-declaration');
        assert.ok(run.text.includes('  role ops "运营"\n  // keep me\n  channel group'), run.text);
    });

    it('removes a declaration that shares its line', async () => {
        const run = await applyFix(edit(BASE, '  role dev "技术"\n', '  role dev "技术" channel spare "备用"\n'), 'unused-declaration', { which: d => /spare/.test(String(d.message)) });
        assert.ok(run.text.includes('  role dev "技术"\n  channel group'), run.text);
    });
});

describe('quick fix: review phase and consent', () => {
    it('no-review-phase: appends a review phase after the last phase', async () => {
        const text = edit(BASE, '  phase review "复盘" kind review days 3\n', '');
        const run = await applyFix(text, 'no-review-phase');
        assert.ok(run.text.includes('  }\n  phase review "Review" kind review days 7\n'), run.text);
    });

    it('no-review-phase: picks a free name when `review` is taken by another phase', async () => {
        const text = edit(BASE, 'phase review "复盘" kind review days 3', 'phase review "复盘" kind other days 3');
        const run = await applyFix(text, 'no-review-phase', { locale: 'zh-CN' });
        assert.ok(run.text.includes('phase review_2 "复盘" kind review days 7'), run.text);
    });

    it('pii-without-consent: adds a consent header line', async () => {
        const text = edit(BASE, '{ on group }', '{ on group property phone string pii }');
        const run = await applyFix(text, 'pii-without-consent');
        assert.match(run.text, /\n {2}owner ops\n {2}consent "[^"]+"\n/);
    });
});

describe('quick fix: layout and language', () => {
    it('fixes a playbook written on one line without breaking it', async () => {
        const text = 'playbook p { start 2026-03-02 owner ops role ops "O" phase w kind warmup days 7 { step a day 1 owner nobody } }';
        const run = await applyFix(text, 'linking-error');
        assert.equal(run.text, 'playbook p { start 2026-03-02 owner ops role ops "O" role nobody "nobody" phase w kind warmup days 7 { step a day 1 owner nobody } }');
        const risks = await applyFix(text, 'missing-risk-plan');
        assert.ok(!risks.text.includes('\n'));
    });

    it('keeps CRLF line breaks in inserted lines', async () => {
        const text = edit(BASE, 'on group\n', 'on group owner host\n').replace(/\n/g, '\r\n');
        const run = await applyFix(text, 'linking-error');
        assert.ok(run.text.includes('  role dev "技术"\r\n  role host "host"\r\n'), JSON.stringify(run.text));
        assert.ok(!/[^\r]\n/.test(run.text));
    });

    it('titles the actions in Chinese for zh-CN', async () => {
        const run = await applyFix(edit(BASE, 'on group\n', 'on group owner host\n'), 'linking-error', { locale: 'zh-CN' });
        assert.equal(run.action.title, "声明角色 'host'");
        const risks = await applyFix(BASE.replace(/ {2}risk .*\n/g, ''), 'missing-risk-plan', { locale: 'zh-CN' });
        assert.match(risks.action.title, /应急预案/);
        assert.match(risks.text, /risk traffic "流量不足" kind traffic \{ then "待补充/);
    });

    it('offers nothing for diagnostics it has no fix for', async () => {
        const ws = await buildOne(edit(BASE, 'days 7 {', 'days 3 {').replace('day 1 at', 'day 5 at'));
        const d = ws.main.diagnostics!.find(x => x.code === 'day-out-of-range');
        assert.ok(d);
        assert.deepEqual(await codeActionsFor(ws, d), []);
    });
});
