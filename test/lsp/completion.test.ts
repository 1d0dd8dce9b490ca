import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import { CompletionItemKind, DiagnosticSeverity, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { playbookSnippet } from '../../language/lsp/completion-provider.js';
import { nextWeekdayAfter, todayIn, weekdayOf } from '../../language/model/dates.js';
import { CHANNEL_KINDS, PHASE_KINDS, PLAYBOOK_TYPES, RISK_KINDS } from '../../language/messages/kinds.js';
import { build } from '../helpers/parse.js';
import { completeAt, labels, lspServices } from './lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

/** A playbook with one declaration of each category; BODY marks where a test writes. */
const base = (body: string) => `playbook p "活动" {
  start 2026-10-12
  owner ops
  role ops "运营"
  role legal "法务"
  channel 活动群 "活动群" kind wechat_group
  channel moments "朋友圈" kind moments
  segment lapsed "沉睡用户"
  asset teaser "海报" kind poster { ready warmup day 1 }
  track order_paid "支付" { on 活动群 property amount number required property pay_type string }
  kpi buyers "买家" = unique order_paid target 100
  kpi members "成员" = count order_paid
  phase warmup "预热" days 7
  ${body}
}`;

const inStep = (clause: string) => base(`phase burst "爆发" days 3 { step a "x" day 1 ${clause} }`);

async function expectLabels(text: string, expected: string[], services = en): Promise<void> {
    await expectCompletion(services)({ text, index: 0, expectedItems: expected, disposeAfterCheck: true });
}

async function items(text: string, services = en, files: Record<string, string> = {}): Promise<CompletionItem[]> {
    return completeAt(services, text, files);
}

/** Fills a snippet with its default values (first choice, mirrors repeat their placeholder). */
function expandSnippet(snippet: string): string {
    const values = new Map<string, string>();
    snippet.replace(/\$\{(\d+):([^}]*)\}/g, (_, i: string, v: string) => { if (!values.has(i)) values.set(i, v); return ''; });
    snippet.replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, i: string, v: string) => { if (!values.has(i)) values.set(i, v); return ''; });
    return snippet
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, i: string) => values.get(i)!)
        .replace(/\$\{(\d+)\|[^}]*\|\}/g, (_, i: string) => values.get(i)!)
        .replace(/\$\{(\d+)\}/g, (_, i: string) => values.get(i) ?? '')
        .replace(/\$0/g, '');
}

describe('completion', () => {
    describe('names of the right category', () => {
        it('offers channels after `on`, and nothing else', async () => {
            await expectLabels(inStep('on <|>'), ['活动群', 'moments']);
        });

        it('completes a CJK channel name from its first character', async () => {
            await expectLabels(inStep('on 活<|>'), ['活动群']);
        });

        it('offers the next channel after a comma', async () => {
            assert.deepEqual(labels(await items(inStep('on moments, <|>'))), ['活动群', 'moments']);
        });

        it('offers assets after `uses`', async () => {
            await expectLabels(inStep('uses <|>'), ['teaser']);
        });

        it('offers roles after `owner` and `review`, without keyword-names such as review or start', async () => {
            await expectLabels(inStep('owner <|>'), ['ops', 'legal']);
            await expectLabels(base('asset b "x" { review <|> }'), ['ops', 'legal']);
        });

        it('offers segments and durations after `for`', async () => {
            const list = await items(inStep('for <|>'));
            assert.deepEqual(labels(list).sort(), ['1h', '2h', '30m', '4h', 'lapsed'].sort());
            const lapsed = list.find(i => i.label === 'lapsed')!;
            assert.equal(lapsed.kind, CompletionItemKind.Struct);
            assert.match(String(lapsed.detail), /沉睡用户 · segment/);
            assert.match(String(list.find(i => i.label === '2h')!.detail), /2 hours/);
        });

        it('offers tracks after count, unique and sum', async () => {
            for (const f of ['count', 'unique', 'sum']) await expectLabels(base(`kpi z = ${f} <|>`), ['order_paid']);
        });

        it("offers the track's properties after `TRACK.`", async () => {
            await expectLabels(base('kpi z = sum order_paid.<|>'), ['amount', 'pay_type']);
        });

        it("offers the track's properties after `where`, also half-typed", async () => {
            await expectLabels(base('kpi z = count order_paid where <|>'), ['amount', 'pay_type']);
            await expectLabels(base('kpi z = sum order_paid.amount where p<|>'), ['pay_type']);
        });

        it('offers formula keywords and other KPIs (never the KPI itself) in a formula', async () => {
            assert.deepEqual(labels(await items(base('kpi z = <|>'))), ['count', 'unique', 'sum', 'buyers', 'members']);
            assert.deepEqual(labels(await items(base('kpi z = buyers / <|>'))), ['buyers', 'members']);
        });

        it('offers KPIs in a goal and after `when`', async () => {
            await expectLabels(base('goal g "x" { kpi <|> }'), ['buyers', 'members']);
            await expectLabels(base('risk r "x" { when <|> }'), ['buyers', 'members']);
        });

        it('offers phases after `ready` and `by`', async () => {
            // …and `D` (a day counted from the D-day).
            await expectLabels(base('asset b "x" { ready <|> }'), ['warmup', 'D']);
            await expectLabels(base('risk r "x" { when buyers < 40% by <|> }'), ['warmup', 'D']);
        });

        it('offers the names an imported library declares, after the local ones', async () => {
            const lib = 'library common {\n  channel shop "小程序商城" kind mini_program\n}';
            const list = await items(`import "./common.playbook"\n${inStep('on <|>')}`, en, { 'common.playbook': lib });
            assert.deepEqual(labels(list), ['活动群', 'moments', 'shop']);
            const shop = list.find(i => i.label === 'shop')!;
            assert.ok(shop.sortText! > list.find(i => i.label === 'moments')!.sortText!);
            assert.match(String(shop.detail), /小程序商城 · channel/);
        });

        it('documents a candidate with its hover text', async () => {
            const list = await items(base('asset b "x" { ready <|> }'));
            const doc = list[0].documentation as { value: string };
            assert.match(doc.value, /\*\*phase\*\* `warmup`/);
            assert.match(doc.value, /2026-10-12 Mon – 2026-10-18 Sun/);
        });
    });

    describe('enumerated values', () => {
        it('offers the kinds of the declaration after `kind`, with localized labels', async () => {
            assert.deepEqual(labels(await items(base('channel c "x" kind <|>'))), Object.keys(CHANNEL_KINDS));
            assert.deepEqual(labels(await items(base('risk r "x" kind <|>'))), Object.keys(RISK_KINDS));
            const phase = await items(base('phase q "x" kind <|>'));
            assert.deepEqual(labels(phase), Object.keys(PHASE_KINDS));
            assert.equal(phase.find(i => i.label === 'long_tail')!.detail, 'long tail');
            assert.equal(phase[0].kind, CompletionItemKind.EnumMember);
            const zhPhase = await items(base('phase q "x" kind <|>'), zh);
            assert.equal(zhPhase.find(i => i.label === 'long_tail')!.detail, '长尾');
            assert.equal((await items(base('asset a "x" kind <|>'), zh)).find(i => i.label === 'sop_script')!.detail, 'SOP 话术');
            assert.equal((await items(base('goal g "x" kind <|>'), zh)).find(i => i.label === 'referral')!.detail, '转介绍');
        });

        it('offers playbook types after `type`', async () => {
            await expectLabels(base('type <|>'), Object.keys(PLAYBOOK_TYPES));
        });

        it('offers property types (and an enum snippet) after a property name', async () => {
            const list = await items(base('track t { property x <|> }'));
            assert.deepEqual([...new Set(labels(list))], ['string', 'number', 'integer', 'boolean', 'datetime', 'enum']);
            const snippet = list.find(i => i.label === 'enum' && i.kind === CompletionItemKind.Snippet)!;
            assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
            assert.match(String(snippet.textEdit?.newText), /^enum\("\$\{1:a\}"/);
            assert.match(String(list.find(i => i.label === 'integer')!.detail), /whole number/);
        });

        it('offers reminders after `remind`, times after `at`, next Monday after `start`', async () => {
            assert.deepEqual(labels(await items(inStep('at 10:00 remind <|>'))), ['15m', '30m', '1h', '1d']);
            assert.ok(labels(await items(inStep('at <|>'))).includes('20:00'));
            const start = await items('playbook p "t" {\n  start <|>\n}');
            assert.equal(start.length, 1);
            const date = start[0].label;
            assert.equal(weekdayOf(date), 1);
            assert.ok(date > todayIn('Asia/Shanghai'));
            assert.equal(date, nextWeekdayAfter(todayIn('Asia/Shanghai'), 1));
        });
    });

    describe('keywords', () => {
        it('offers the clauses of a step, not keyword-names', async () => {
            const list = labels(await items(inStep('<|>')));
            for (const k of ['day', 'days', 'at', 'for', 'on', 'uses', 'owner', 'remind', 'note', 'step', 'milestone']) {
                assert.ok(list.includes(k), `${k} in ${list}`);
            }
            for (const k of ['review', 'start', 'event', 'text', 'kind']) assert.ok(!list.includes(k), `${k} not in ${list}`);
        });

        it('completes a half-typed keyword', async () => {
            await expectLabels(inStep('o<|>'), ['on', 'owner']);
        });

        it('offers nothing where a new name is typed (no flood of keyword-names)', async () => {
            await expectLabels(base('phase <|>'), []);
            await expectLabels(base('role <|>'), []);
        });

        it('offers the declarations and header lines in a playbook body', async () => {
            const list = labels(await items('playbook p "t" {\n  <|>\n}'));
            for (const k of ['start', 'timezone', 'owner', 'type', 'novel', 'consent', 'role', 'channel', 'segment', 'asset', 'goal', 'phase', 'track', 'kpi', 'risk', 'budget', 'blackout']) {
                assert.ok(list.includes(k), k);
            }
            assert.ok(!list.includes('review'));
        });

        it('explains keywords in the user\'s language', async () => {
            const enStep = (await items(base('phase q "x" days 3 { <|> }'))).find(i => i.label === 'step' && i.kind === CompletionItemKind.Keyword)!;
            assert.equal(enStep.detail, 'keyword');
            assert.match((enStep.documentation as { value: string }).value, /SOP step/);
            const zhStep = (await items(base('phase q "x" days 3 { <|> }'), zh)).find(i => i.label === '动作' && i.kind === CompletionItemKind.Keyword)!;
            assert.equal(zhStep.detail, '关键字');
            assert.match((zhStep.documentation as { value: string }).value, /SOP 动作/);
        });
    });

    describe('snippets', () => {
        it('offers a new playbook in an empty file, starting next Monday with the standard phases and risks', async () => {
            const list = await items('<|>');
            const snippet = list.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'playbook')!;
            assert.ok(snippet, JSON.stringify(labels(list)));
            assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
            const text = String(snippet.textEdit?.newText);
            const start = /start \$\{\d+:(\d{4}-\d{2}-\d{2})\}/.exec(text)![1];
            assert.equal(weekdayOf(start), 1);
            for (const p of ['warmup', 'burst', 'long_tail', 'review']) assert.match(text, new RegExp(`phase ${p} "[^"]+" kind ${p} days \\d+`));
            for (const r of ['traffic', 'outage', 'complaint', 'pr_crisis']) assert.match(text, new RegExp(`risk ${r} "[^"]+" kind ${r} \\{ then "[^"]+" \\}`));
        });

        it('expands to a playbook without errors, in both languages', async () => {
            for (const locale of ['en', 'zh-CN'] as const) {
                const text = expandSnippet(playbookSnippet(locale, new Date('2026-03-04T12:00:00Z')));
                assert.match(text, /start 2026-03-09/);
                const { diagnostics } = await build(text);
                const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
                assert.deepEqual(errors.map(d => d.message), []);
                assert.ok(!diagnostics.some(d => ['missing-risk-plan', 'uncovered-risk', 'no-review-phase', 'short-warmup', 'missing-owner'].includes(String(d.code))), JSON.stringify(diagnostics.map(d => d.code)));
            }
            assert.match(playbookSnippet('zh-CN'), /预热期/);
        });

        it('offers a step (with the channels in scope), a risk and a KPI with its track', async () => {
            const step = (await items(base('phase q "x" days 3 { <|> }'))).find(i => i.kind === CompletionItemKind.Snippet && i.label === 'step')!;
            assert.match(String(step.textEdit?.newText), /^step \$\{1:name\} "\$\{2:[^}]+\}" day \$\{3:1\} at \$\{4:10:00\} on \$\{6\|活动群,moments\|\}/);
            const body = await items(base('<|>'));
            const risk = body.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'risk')!;
            assert.match(String(risk.textEdit?.newText), /kind \$\{3\|traffic,engagement,/);
            assert.match(String(risk.textEdit?.newText), /then "/);
            const kpi = body.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'kpi')!;
            const kpiText = String(kpi.textEdit?.newText);
            assert.match(kpiText, /^track \$\{1:event_name\}/);
            assert.match(kpiText, /kpi \$\{4:kpi_name\} "[^"]+" = \$\{6\|count,unique\|\} \$\{1\} target/);
            // Inserted into the playbook, the KPI snippet gives a measurable KPI on a new track.
            const { diagnostics } = await build(base(expandSnippet(kpiText)));
            assert.deepEqual(diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).map(d => d.message), []);
            // In a Chinese editor an English document's snippet keeps English keywords (the document's), its detail in Chinese.
            const zhEditorKpi = (await items(base('<|>'), zh)).find(i => i.kind === CompletionItemKind.Snippet && i.label === 'kpi')!;
            assert.equal(zhEditorKpi.detail, '新建指标及其埋点');
            assert.match(String(zhEditorKpi.textEdit?.newText), /^track \$\{1:event_name\}/);
            // A document written with Chinese keywords gets the snippet in Chinese keywords.
            const zhKpi = (await items('活动 p "t" {\n  开始 2026-10-12\n  <|>\n}', zh)).find(i => i.kind === CompletionItemKind.Snippet && i.label === '指标')!;
            assert.equal(zhKpi.detail, '新建指标及其埋点');
            assert.match(String(zhKpi.textEdit?.newText), /^埋点 \$\{1:event_name\}[\s\S]*指标 \$\{4:kpi_name\} "[^"]+" = \$\{6\|计数,去重\|\} \$\{1\} 目标值/);
        });
    });
});
