import { strict as assert } from 'node:assert';
import { expectHover } from 'langium/test';
import { KEYWORD_HELP } from '../../language/messages/keyword-help.js';
import { dispose, lspServices, workspace } from './lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

const LIB = `library common {
  role ops "运营" person "王敏"
  channel group "福利社群" kind wechat_group
}`;

/** `<|>` marks where the hover is asked. */
const playbook = (zone = 'Asia/Shanghai') => `import "./common.playbook"
playbook d "双十一" {
  start 2026-10-12
  timezone "${zone}"
  owner ops
  type promotion
  role design "设计"
  asset teaser "悬念海报" kind poster { owner design review ops ready warmup day 1 text "双十一前夜 · 惊喜" }
  phase warmup "预热期" kind warmup days 30 {
    owner design
    step teaser_post "发布悬念海报" day 1 at 10:00 on group uses teaser remind 1h
    step countdown "倒计时" days 20..22 at 10:00 for 1h on group owner ops
    milestone seeds "种子用户" day 14
  }
  phase review "复盘" kind review days 3
  track group_join "进群" { event "join" on group property source string required property phone string pii }
  kpi new_members "新增" = count group_join target 10000
  kpi buyers "买家" = unique group_join
  kpi rate "转化率" = buyers / new_members target 5%
  goal grow "拉新" kind acquisition { kpi new_members, rate }
  risk low "不足" kind traffic { when new_members < 40% by warmup day 20 then "投放" }
}`;

/** Hover text at the `nth` occurrence of `needle` (cursor one character in). */
async function hoverAt(needle: string, nth = 0, services = en, text = playbook()): Promise<string | undefined> {
    const docs = await workspace(services, { 'common.playbook': LIB, 'main.playbook': text });
    try {
        const doc = docs['main.playbook'];
        let offset = -1;
        for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
        assert.ok(offset >= 0, needle);
        const hover = await services.lsp.HoverProvider!.getHoverContent(doc, {
            textDocument: { uri: doc.uri.toString() },
            position: doc.textDocument.positionAt(offset + 1),
        });
        return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
    } finally {
        await dispose(services, docs);
    }
}

describe('hover', () => {
    it('shows a step: date with weekday and time, phase, effective owner, channels, assets with ready dates', async () => {
        const h = (await hoverAt('teaser_post'))!;
        assert.match(h, /^\*\*step\*\* `teaser_post` — 发布悬念海报/);
        assert.match(h, /- Date: 2026-10-12 Mon 10:00–10:30/);
        assert.match(h, /- Time zone: Asia\/Shanghai \(UTC\+08:00\)/);
        assert.match(h, /- Phase: `warmup day 1` \(预热期\)/);
        // No owner on the step: the phase's owner applies.
        assert.match(h, /- Owner: `design` \(设计\)/);
        assert.match(h, /- Channels: `group` \(福利社群\)/);
        assert.match(h, /- Assets: `teaser` \(悬念海报\) — Ready by 2026-10-12 Mon/);
        assert.match(h, /- Reminders: 1h/);
    });

    it('shows a step in Chinese', async () => {
        const h = (await hoverAt('teaser_post', 0, zh))!;
        assert.match(h, /^\*\*SOP 动作\*\* `teaser_post`/);
        assert.match(h, /- 日期：2026-10-12 周一 10:00–10:30/);
        assert.match(h, /- 阶段：`warmup 第 1 天`/);
        assert.match(h, /- 负责人：`design` \(设计\)/);
        assert.match(h, /- 物料：`teaser` \(悬念海报\) — 就绪日期 2026-10-12 周一/);
    });

    it('lists every occurrence of a `days A..B` step, with its own owner', async () => {
        const h = (await hoverAt('countdown'))!;
        assert.match(h, /- Dates: 2026-10-31 Sat – 2026-11-02 Mon · 3 occurrences/);
        assert.match(h, / {2}- 2026-10-31 Sat 10:00–11:00 · weekend\n {2}- 2026-11-01 Sun 10:00–11:00 · weekend\n {2}- 2026-11-02 Mon 10:00–11:00\n/);
        assert.match(h, /- Owner: `ops` \(运营\)/);
    });

    it('keeps 10:00 at 10:00 across the DST change (America/New_York, 2026-11-01), showing the offsets', async () => {
        const h = (await hoverAt('countdown', 0, en, playbook('America/New_York')))!;
        assert.match(h, /2026-10-31 Sat 10:00–11:00 \(UTC-04:00\)/);
        assert.match(h, /2026-11-01 Sun 10:00–11:00 \(UTC-05:00\)/);
        assert.match(h, /2026-11-02 Mon 10:00–11:00 \(UTC-05:00\)/);
        assert.match(h, /- Time zone: America\/New_York\n/);
    });

    it('shows a milestone: all-day date and owner', async () => {
        const h = (await hoverAt('seeds'))!;
        assert.match(h, /- Date: 2026-10-25 Sun \(all day\)/);
        assert.match(h, /- Owner: `design`/);
    });

    it('shows an asset: kind, ready date, owner, reviewer, text', async () => {
        const h = (await hoverAt('teaser "'))!;
        assert.match(h, /^\*\*asset\*\* `teaser` — 悬念海报/);
        assert.match(h, /- Kind: `poster` \(poster\)/);
        assert.match(h, /- Ready by: 2026-10-12 Mon \(warmup day 1\)/);
        assert.match(h, /- Owner: `design`/);
        assert.match(h, /- Reviewer: `ops` \(运营\)/);
        assert.match(h, /- Text: 双十一前夜 · 惊喜/);
        assert.match((await hoverAt('teaser "', 0, zh))!, /- 类型：`poster` \(海报\)/);
    });

    it('shows a phase: kind, dates, days', async () => {
        const h = (await hoverAt('warmup "'))!;
        assert.match(h, /- Kind: `warmup` \(warm-up\)/);
        assert.match(h, /- Dates: 2026-10-12 Mon – 2026-11-10 Tue/);
        assert.match(h, /- Days: 30 days/);
        assert.match(h, /2 × step, 1 × milestone/);
    });

    it('tells a phase named `review` from the keyword and the kind `review`', async () => {
        assert.match((await hoverAt('review "'))!, /^\*\*phase\*\* `review` — 复盘[\s\S]*- Dates: 2026-11-11 Wed – 2026-11-13 Fri/);
        assert.match((await hoverAt('kind review'))!, /^\*\*`kind`\*\* · \*\*`类型`\*\* — The kind of phase/);
        assert.equal(await hoverAt('review days'), '**Kind** `review` (review) · `复盘`');
        assert.match((await hoverAt('review ops'))!, /^\*\*`review`\*\* · \*\*`审核`\*\* — The role who reviews this asset/);
    });

    it('shows a KPI: formula, target, the tracks it rests on, the goals', async () => {
        const h = (await hoverAt('rate "'))!;
        assert.match(h, /^\*\*KPI\*\* `rate` — 转化率/);
        assert.match(h, /- Formula: `buyers \/ new_members`/);
        assert.match(h, /- Target: at least 5%/);
        assert.match(h, /- Rests on tracks: `group_join` \(进群\) → `join`/);
        assert.match(h, /- Goals: `grow` \(拉新\)/);
        // On a reference, the same.
        assert.match((await hoverAt('new_members <'))!, /- Formula: `count group_join`[\s\S]*- Target: at least 10000/);
    });

    it('shows wire event names literally inside code spans (no `order\\_paid`), backticks fenced', async () => {
        const text = playbook().replace('event "join"', 'event "order_paid*`x`"');
        const h = (await hoverAt('group_join "', 0, en, text))!;
        assert.ok(h.includes('``` order_paid*`x` ```') || h.includes('`` order_paid*`x` ``'), h);
        assert.ok(!h.includes('\\_'), h);
    });

    it('shows a risk: check, checkpoint date, response, owner', async () => {
        const h = (await hoverAt('low "'))!;
        assert.match(h, /- Kind: `traffic` \(not enough traffic\)/);
        assert.match(h, /- Check: `new_members < 40%` of its target — 新增 \\< 40% of target \\\(4,000\\\)$/m, 'with the absolute threshold (Markdown-escaped)');
        assert.match(h, /- Checkpoint: 2026-10-31 Sat \(warmup day 20\)/);
        assert.match(h, /- Response: 投放/);
        assert.match(h, /- Owner: `ops`/);
    });

    it('shows a track: wire event name, channels, properties, the KPIs resting on it', async () => {
        const h = (await hoverAt('group_join "'))!;
        assert.match(h, /- Event: `join`/);
        assert.match(h, /- Channels: `group`/);
        assert.match(h, /`source`: string \(required\), `phone`: string \(personal information\)/);
        assert.match(h, /- KPIs resting on it: `new_members` \(新增\), `buyers` \(买家\), `rate` \(转化率\)/);
    });

    it('shows a role declared in an imported library, with its file', async () => {
        const h = (await hoverAt('ops\n'))!;
        assert.match(h, /^\*\*role\*\* `ops` — 运营/);
        assert.match(h, /- Person: 王敏/);
        assert.match(h, /- Declared in: `common.playbook`/);
    });

    it('shows the playbook: start, end, zone, type, owner, phases', async () => {
        const h = (await hoverAt(' d "双十一"'))!;
        assert.match(h, /^\*\*playbook\*\* `d` — 双十一/);
        assert.match(h, /- Start: 2026-10-12 Mon\n- End: 2026-11-13 Fri\n- Time zone: Asia\/Shanghai\n- Type: `promotion` \(promotion\)\n- Owner: `ops` \(运营\)\n- Phase: `warmup`, `review`/);
    });

    it('shows segments, budget lines and channels', async () => {
        const text = 'playbook p "t" {\n  segment lapsed "沉睡" { tag "未下单" tag "90天" }\n  channel oa "服务号" kind official_account\n  budget 1000 CNY { line ads "广告" 40% }\n}';
        assert.match((await hoverAt('lapsed', 0, en, text))!, /- Tags: 未下单, 90天/);
        assert.match((await hoverAt('oa "', 0, zh, text))!, /- 类型：`official_account` \(公众号\/服务号\)/);
        assert.match((await hoverAt('ads', 0, en, text))!, /^\*\*budget line\*\* `ads` — 广告\n\n- Share: 40% × 1000 CNY/);
    });

    it('explains keywords in the user\'s language', async () => {
        assert.match((await hoverAt('uses'))!, /^\*\*`uses`\*\* · \*\*`使用`\*\* — The assets this step needs/);
        assert.match((await hoverAt('uses', 0, zh))!, /^\*\*`uses`\*\* · \*\*`使用`\*\* — SOP 动作需要的物料/);
        assert.match((await hoverAt('days 30'))!, /How many days the phase lasts/);
        assert.match((await hoverAt('days 20'))!, /Every day from the A-th to the B-th day/);
        assert.match((await hoverAt('string required'))!, /Property type: text\./);
    });

    it('shows the weekday of a date literal', async () => {
        assert.equal(await hoverAt('2026-10-12'), '2026-10-12 Mon');
    });

    it('works through Langium\'s expectHover helper', async () => {
        await expectHover(en)({
            text: 'playbook p "t" {\n  start 2026-10-12\n  phase w<|>arm "预热" kind warmup days 7\n}',
            index: 0,
            hover: /\*\*phase\*\* `warm` — 预热[\s\S]*2026-10-12 Mon – 2026-10-18 Sun/,
            disposeAfterCheck: true,
        });
        await expectHover(zh)({
            text: 'playbook p "t" {\n  n<|>ovel\n}',
            index: 0,
            hover: /新玩法/,
            disposeAfterCheck: true,
        });
    });

    it('has help for every keyword of the grammar, in both languages', () => {
        const grammar = en.Grammar;
        const keywords = new Set<string>();
        const visit = (node: unknown): void => {
            if (!node || typeof node !== 'object') return;
            const n = node as Record<string, unknown>;
            if (n.$type === 'Keyword' && typeof n.value === 'string' && /^[a-z_]+$/.test(n.value)) keywords.add(n.value);
            for (const [k, v] of Object.entries(n)) {
                if (k.startsWith('$')) continue;
                if (Array.isArray(v)) v.forEach(visit);
                else if (v && typeof v === 'object' && !('ref' in v && '$refText' in v)) visit(v);
            }
        };
        visit(grammar);
        assert.ok(keywords.size > 50, String(keywords.size));
        for (const k of keywords) {
            const help = KEYWORD_HELP[k];
            assert.ok(help, `help for ${k}`);
            assert.ok(help.en && help['zh-CN'], `both languages for ${k}`);
            assert.ok(/[\u4e00-\u9fff]/.test(help['zh-CN']), `Chinese help for ${k}`);
        }
    });

    it('never throws on half-typed text', async () => {
        const text = 'playbook p "t" {\n  start 2026-10-\n  phase w "x" days\n  step a "b" day 1 on\n  kpi k = sum t.\n  risk r { when k < by w day }\n}';
        const docs = await workspace(en, { 'main.playbook': text });
        try {
            const doc = docs['main.playbook'];
            for (let offset = 0; offset <= text.length; offset++) {
                await en.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
            }
        } finally {
            await dispose(en, docs);
        }
    });
});
