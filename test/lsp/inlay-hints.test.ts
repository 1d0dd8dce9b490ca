/** Inlay hints (and a DST hover) through the real language server over stdio (dist/server.cjs, rebuilt by `npm run build`). */
import { strict as assert } from 'node:assert';
import type { Hover, InlayHint, Position } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp-client.js';

const TEXT = `playbook d "双十一" {
  start 2026-10-12
  owner ops
  role ops "运营"
  channel group "群" kind wechat_group
  asset teaser "海报" kind poster { ready warmup day 1 }
  phase warmup "预热期" kind warmup days 30 {
    step teaser_post "发布悬念海报" day 1 at 10:00 on group uses teaser
    step countdown "倒计时" days 24..30 at 09:00 on group
    milestone seeds "种子用户" day 14
  }
  phase burst "爆发期" kind burst days 7
  track join "进群" { on group }
  kpi members "进群人数" = count join target 1000
  risk low "不足" kind traffic { when members < 40% by warmup day 20 then "投放" }
}
`;

/** Position just after the `nth` occurrence of `needle` in `text`. */
function after(text: string, needle: string, nth = 0): Position {
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, needle);
    const before = text.slice(0, offset + needle.length).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function labelOf(hint: InlayHint): string {
    return typeof hint.label === 'string' ? hint.label : hint.label.map(p => p.value).join('');
}

describe('inlay hints over stdio', function () {
    this.timeout(60_000);

    async function hints(s: LspSession, uri: string, text: string, range?: { start: Position; end: Position }): Promise<InlayHint[]> {
        s.open(uri, text);
        await s.waitForDiagnostics(uri);
        const lines = text.split('\n');
        return (await s.request<InlayHint[] | null>('textDocument/inlayHint', {
            textDocument: { uri },
            range: range ?? { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
        })) ?? [];
    }

    it('shows computed dates after day N, days A..B, ready … day N, by … day N and a phase\'s days N', async () => {
        const s = await LspSession.start({ locale: 'en' });
        try {
            const got = await hints(s, 'file:///inlay/en.playbook', TEXT);
            const at = (p: Position) => got.filter(h => h.position.line === p.line && h.position.character === p.character).map(labelOf);
            assert.deepEqual(at(after(TEXT, 'days 30')), ['2026-10-12 Mon – 2026-11-10 Tue']);
            assert.deepEqual(at(after(TEXT, 'days 7')), ['2026-11-11 Wed – 2026-11-17 Tue']);
            assert.deepEqual(at(after(TEXT, 'ready warmup day 1')), ['2026-10-12 Mon']);
            assert.deepEqual(at(after(TEXT, '" day 1')), ['2026-10-12 Mon']);
            assert.deepEqual(at(after(TEXT, 'days 24..30')), ['2026-11-04 Wed – 2026-11-10 Tue']);
            // A day off carries its mark (SCHEDULE.md): the short date, the weekday, why it is off.
            assert.deepEqual(at(after(TEXT, 'day 14')), ['10-25 Sun · weekend']);
            assert.deepEqual(at(after(TEXT, 'by warmup day 20')), ['10-31 Sat · weekend']);
            assert.equal(got.length, 7, JSON.stringify(got.map(labelOf)));
            assert.ok(got.every(h => h.paddingLeft === true));
        } finally {
            await s.stop();
        }
    });

    it('uses the client\'s language for weekdays', async () => {
        const s = await LspSession.start({ locale: 'zh-cn' });
        try {
            const got = await hints(s, 'file:///inlay/zh.playbook', TEXT);
            assert.ok(got.map(labelOf).includes('2026-10-12 周一 – 2026-11-10 周二'), JSON.stringify(got.map(labelOf)));
            assert.ok(got.map(labelOf).includes('10-25 周日 · 周末'));
        } finally {
            await s.stop();
        }
    });

    it('only answers for the requested range', async () => {
        const s = await LspSession.start();
        try {
            const line = after(TEXT, 'days 24..30').line;
            const got = await hints(s, 'file:///inlay/range.playbook', TEXT, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
            assert.deepEqual(got.map(labelOf), ['2026-11-04 Wed – 2026-11-10 Tue']);
        } finally {
            await s.stop();
        }
    });

    it('keeps 10:00 at 10:00 across the DST change (America/New_York, 2026-11-01)', async () => {
        const text = [
            'playbook dst "DST" {',
            '  start 2026-10-31',
            '  timezone "America/New_York"',
            '  owner ops',
            '  role ops "o"',
            '  phase p "x" days 3 {',
            '    step daily "每日提醒" days 1..3 at 10:00',
            '  }',
            '}',
        ].join('\n');
        const s = await LspSession.start();
        try {
            const uri = 'file:///inlay/dst.playbook';
            const got = await hints(s, uri, text);
            assert.deepEqual(got.map(labelOf).sort(), ['2026-10-31 Sat – 2026-11-02 Mon', '2026-10-31 Sat – 2026-11-02 Mon'].sort());
            const hover = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 10 } });
            const value = (hover!.contents as { value: string }).value;
            assert.match(value, /2026-10-31 Sat 10:00–10:30 \(UTC-04:00\)/);
            assert.match(value, /2026-11-01 Sun 10:00–10:30 \(UTC-05:00\)/);
            assert.match(value, /2026-11-02 Mon 10:00–10:30 \(UTC-05:00\)/);
        } finally {
            await s.stop();
        }
    });

    it('serves the other editor features of this folder over stdio too', async () => {
        const s = await LspSession.start({ locale: 'zh-CN' });
        try {
            const uri = 'file:///inlay/features.playbook';
            s.open(uri, TEXT);
            await s.waitForDiagnostics(uri);
            const completion = await s.request<{ items: { label: string; detail?: string }[] }>('textDocument/completion', {
                textDocument: { uri }, position: after(TEXT, 'kind warmup days 30 {\n    step teaser_post "发布悬念海报" day 1 at 10:00 on '),
            });
            assert.deepEqual(completion.items.map(i => i.label), ['group']);
            assert.equal(completion.items[0].detail, '群 · 渠道');
            const symbols = await s.request<{ name: string; children?: { name: string; children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
            assert.deepEqual(symbols[0].children!.find(c => c.name === 'warmup')!.children!.map(c => c.name), ['teaser_post', 'countdown', 'seeds']);
            const tokens = await s.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
            assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
            const folding = await s.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
            assert.ok(folding.some(f => f.startLine === after(TEXT, 'days 30').line));
            const hover = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: after(TEXT, '  risk lo') });
            assert.match((hover.contents as { value: string }).value, /检查日期：2026-10-31 周六/);
        } finally {
            await s.stop();
        }
    });

    it('answers with nothing (and stays up) for half-typed text', async () => {
        const s = await LspSession.start();
        try {
            const text = 'playbook p {\n  start 2026-1\n  phase a days\n  phase b "x" days 3 { step s day }\n  risk r { when k < by b day }\n';
            const got = await hints(s, 'file:///inlay/broken.playbook', text);
            assert.ok(Array.isArray(got));
            assert.equal(s.exited, undefined);
        } finally {
            await s.stop();
        }
    });
});
