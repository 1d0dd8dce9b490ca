/**
 * Seeds and mutations for the fuzz tests: realistic playbooks (the project's examples when present,
 * plus seeds of our own) mutated by deletions, duplications, random tokens and bytes, half-typed
 * declarations, extreme numbers and dates, swapped names. Everything is driven by a seeded PRNG.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePlaybook, LIBRARY_FILE, LIBRARY_TEXT } from '../bench/generate.js';
import { ROOT } from '../helpers/lsp-client.js';
import type { Prng } from '../helpers/prng.js';

export interface Seed {
    name: string;
    text: string;
    /** Other files of its folder (path → text), e.g. the library it imports. */
    files: Record<string, string>;
}

const ALL_SYNTAX = `import "./common.playbook"

/* 全语法种子 */
playbook seed_all "全语法" {
  start 2026-10-12
  timezone "Europe/Berlin"
  owner ops
  type fission
  novel
  consent """
    报名即同意接收活动通知。
    """
  role boss "老板" person "王敏"
  channel shop "商城" kind mini_program
  segment lapsed "领券未下单" { tag "领券未核销" tag "30天" }
  asset teaser "悬念海报" kind poster {
    owner design
    review legal
    ready warmup day 1
    text "倒计时"
  }
  asset rules_page "规则页" kind detail_page { ready 2026-10-10 }
  goal grow "拉新" kind acquisition { kpi new_members, pay_rate }
  phase warmup "预热期" kind warmup days 14 {
    owner content
    step teaser_post "发布悬念海报" day 1 at 10:00 on moments, fans_group uses teaser remind 1h remind 15m
    step countdown "倒计时" days 8..14 at 09:00 for 2h on fans_group uses teaser, rules_page owner ops for lapsed
    milestone seeds_ready "种子用户" day 7 owner boss
    step long_note "长备注" day 3 { note """
      第一行
        缩进
      """ }
  }
  phase burst "爆发期" kind burst days 3 from 2026-10-28 {
    step live "直播" day 1 at 20:00 for 3h on live_room owner host note "带货"
  }
  phase wrap "复盘" kind review days 5 { milestone report "复盘报告" day 5 }
  track group_join "进群" { event "group_join" on fans_group property source enum("poster", "live") required property phone string pii "手机" }
  track order_paid "支付" { on shop property amount number required "金额" property count integer property ok boolean property at datetime }
  kpi new_members "新增" = count group_join where source = "poster" target 10000
  kpi buyers "买家" = unique order_paid
  kpi gmv "成交额" = sum order_paid.amount target 1000000
  kpi pay_rate "付费率" = buyers / new_members target 5%
  kpi complaint_rate "投诉率" = buyers / gmv target <= 1%
  kpi reach "触达" target 50000
  risk low_traffic "进群不足" kind traffic { when new_members < 40% by warmup day 10 then "加投" owner ops }
  risk outage "崩溃" kind outage { when "小程序崩溃" then "切换备用" owner dev }
  budget 100000 CNY { line ads "广告" 50% line content_fee "内容" 30000 line reserve "备用" 20% }
  blackout 2026-10-01..2026-10-07 "国庆"
  blackout 2026-11-11 "竞品"
}
`;

/** The seeds: our own, and every example of the project (examples/*.playbook) when it exists. */
export function loadSeeds(): Seed[] {
    const library = { [LIBRARY_FILE]: LIBRARY_TEXT };
    const seeds: Seed[] = [
        { name: 'all-syntax', text: ALL_SYNTAX, files: library },
        { name: 'generated-a', text: generatePlaybook(120, 11).text, files: library },
        { name: 'generated-b', text: generatePlaybook(160, 12).text, files: library },
        { name: 'library', text: LIBRARY_TEXT, files: {} },
    ];
    const dir = join(ROOT, 'examples');
    if (existsSync(dir)) {
        const files: Record<string, string> = {};
        for (const f of readdirSync(dir).filter(f => f.endsWith('.playbook')).sort()) files[f] = readFileSync(join(dir, f), 'utf8');
        for (const [name, text] of Object.entries(files)) {
            const others = Object.fromEntries(Object.entries(files).filter(([n]) => n !== name));
            seeds.push({ name: `examples/${name}`, text, files: others });
        }
    }
    return seeds;
}

const TOKENS = [
    'playbook', 'library', 'import', 'role', 'channel', 'segment', 'asset', 'goal', 'phase', 'step', 'milestone', 'track',
    'kpi', 'risk', 'budget', 'line', 'blackout', 'start', 'timezone', 'owner', 'type', 'novel', 'consent', 'kind', 'days',
    'day', 'from', 'at', 'for', 'on', 'uses', 'remind', 'note', 'ready', 'review', 'text', 'tag', 'person', 'event', 'property',
    'required', 'pii', 'enum', 'string', 'number', 'count', 'unique', 'sum', 'where', 'target', 'when', 'then', 'by',
    '{', '}', '{', '}', '(', ')', ',', '.', '..', '=', '!=', '/', '<', '<=', '>', '>=', '%', '"', '"""', '//', '/*', '*/',
    '"x"', '"中文标题"', '"""\n  块\n  """', '0', '1', '7', '30', '1.5', '99999999999999999999', '40%', '100%', '0%',
    '2026-10-12', '2026-02-30', '0000-00-00', '9999-12-31', '2026-10-01..2026-10-07', '10:00', '24:00', '99:99', '00:00',
    '30m', '2h', '1d', '1w', '0m', '99999999w', '24..30', '30..24', '0..0', '1..99999', 'wechat_group', 'poster', 'burst',
    'warmup', 'review', 'traffic', 'Asia/Shanghai', '"Mars/Base"', '新人券', '活动群', '_x', 'a', 'ops', '\n', '\n\n', '\t', '\u3000',
];

const HALF_TYPED = [
    'step x "', 'step x "title" day', 'step x "t" days 3..', 'step x "t" at 10:', 'step x "t" on ', 'step x "t" uses a,',
    'phase p kind', 'phase p "P" days', 'phase p "P" days 5 {', 'milestone m "M" day', 'kpi k = ', 'kpi k = count ', 'kpi k = sum t.',
    'kpi r = a /', 'kpi r "R" = a / b target', 'risk r { when ', 'risk r { when k < ', 'risk r { when k < 40% by ',
    'asset a "A" kind poster { ready ', 'asset a { owner', 'track t { property p enum(', 'track t { property p enum("a",',
    'budget ', 'budget 100 CNY { line a "A" ', 'import "', 'import "./', 'blackout 2026-01-01..', 'goal g { kpi ', 'goal g { kpi a,',
    'role r "R" person', 'channel c kind', 'segment s { tag ', 'playbook q "Q" {', 'library l {', '} }', 'note """',
];

const NASTY = ['\u0000', '\uFFFF', '\uFFFE', '\uD800', '\uDC00', '😀', '\r', '\r\n', '\t', '\u3000', '\uFEFF', '\u200B', '\u2028', '中', '"', '\\', '{', '}', '/', '*', '\u0085', '\u001B'];

/**
 * Shapes that broke the CLI, the server or the outputs (issue 11): long runs that overflowed the
 * stack or took quadratic time, line breaks before formulas, control and bidi characters, names
 * every object inherits, dates at the end of the calendar, one wire name twice. (Sizes are
 * small: the stack and linearity tests take them to full size.)
 */
const HOSTILE: ((rnd: Prng) => { name: string; text: string })[] = [
    rnd => ({ name: 'comment lines', text: '//\n'.repeat(rnd.int(100, 1_000)) }),
    rnd => ({ name: 'unclosed "\\ run', text: `  note ${'"\\'.repeat(rnd.int(10, 500))}\n` }),
    rnd => ({ name: 'blanks before a word in a comment', text: `  // c${' '.repeat(rnd.int(10, 2_000))}x\n` }),
    rnd => ({ name: 'repeated clause', text: `    step rep "R"${' day 1'.repeat(rnd.int(2, 200))}\n` }),
    rnd => ({ name: 'formula after a line break', text: `  role inj "a${rnd.pick(['\\n', '\\r', '\\r\\n', '\u2028'])}=cmd|' /C calc'!A0"\n` }),
    rnd => ({ name: 'control or bidi character', text: `  role ctl "x${rnd.pick(['\u202e', '\u2066', '\u0007', '\u001b[2J', '\u0000', '\u009b', '\u007f'])}y"\n` }),
    rnd => ({ name: 'inherited name', text: `  track ${rnd.pick(['toString', 'constructor', '__proto__', 'valueOf'])} "T" { event "${rnd.pick(['toString', 'hasOwnProperty', '__proto__'])}" property ${rnd.pick(['constructor', '__proto__', 'toString'])} string required }\n` }),
    rnd => ({ name: 'end of the calendar', text: `  phase endcal "E" from ${rnd.pick(['9999-12-20', '9999-12-31', '9999-12-30'])} days ${rnd.int(1, 30)} { step e "E" days 1..${rnd.int(1, 30)} at 23:30 for 2h }\n` }),
    () => ({ name: 'one wire name twice', text: '  track w1 "W1" { event "same_wire" }\n  track w2 "W2" { event "same_wire" }\n' }),
    rnd => ({ name: 'backtick runs', text: `  track bt "B" { event "${'`a'.repeat(rnd.int(10, 500))}" }\n` }),
];

function identifiersOf(text: string): string[] {
    const ids = new Set<string>();
    for (const m of text.matchAll(/[_a-zA-Z\u4E00-\u9FFF][_a-zA-Z0-9\u4E00-\u9FFF]*/g)) ids.add(m[0]);
    return [...ids];
}

/** One mutation of `text`; the name says which (for failure reports). */
export function mutateOnce(text: string, rnd: Prng): { text: string; op: string } {
    const len = text.length;
    const at = () => rnd.int(0, len);
    const lineStarts = () => {
        const starts = [0];
        for (let i = text.indexOf('\n'); i >= 0 && i < len; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        return starts;
    };
    const op = rnd.int(0, 12);
    switch (op) {
        case 0: { // delete a span
            const a = at();
            const b = Math.min(len, a + rnd.pick([1, 1, 2, 5, 10, 40, 200]));
            return { text: text.slice(0, a) + text.slice(b), op: `delete ${a}..${b}` };
        }
        case 1: { // duplicate a span somewhere else
            const a = at();
            const b = Math.min(len, a + rnd.int(1, 120));
            const to = at();
            return { text: text.slice(0, to) + text.slice(a, b) + text.slice(to), op: `duplicate ${a}..${b} at ${to}` };
        }
        case 2: case 3: { // insert a token
            const p = at();
            const token = rnd.pick(TOKENS);
            const pad = rnd.chance(0.7) ? ' ' : '';
            return { text: text.slice(0, p) + pad + token + pad + text.slice(p), op: `insert ${JSON.stringify(token)} at ${p}` };
        }
        case 4: { // replace a number with an extreme one
            const numbers = [...text.matchAll(/\d+(\.\d+)?/g)];
            if (numbers.length === 0) return mutateOnce(text + ' 1', rnd);
            const m = rnd.pick(numbers);
            const value = rnd.pick(['0', '-1', '00', '99999999', '1.5', '4294967296', '9007199254740993', '1e9', '']);
            return { text: text.slice(0, m.index) + value + text.slice(m.index! + m[0].length), op: `number ${m[0]} → ${value}` };
        }
        case 5: { // replace an identifier with another one of the text (dangling refs, cycles, duplicates)
            const ids = identifiersOf(text);
            const occurrences = [...text.matchAll(/[_a-zA-Z\u4E00-\u9FFF][_a-zA-Z0-9\u4E00-\u9FFF]*/g)];
            if (occurrences.length === 0 || ids.length === 0) return { text, op: 'none' };
            const m = rnd.pick(occurrences);
            const other = rnd.pick(ids);
            return { text: text.slice(0, m.index) + other + text.slice(m.index! + m[0].length), op: `ident ${m[0]} → ${other}` };
        }
        case 6: { // swap two lines
            const lines = text.split('\n');
            const i = rnd.int(0, lines.length - 1);
            const j = rnd.int(0, lines.length - 1);
            [lines[i], lines[j]] = [lines[j], lines[i]];
            return { text: lines.join('\n'), op: `swap lines ${i} ${j}` };
        }
        case 7: { // truncate
            const p = at();
            return { text: text.slice(0, p), op: `truncate at ${p}` };
        }
        case 8: { // random characters
            const p = at();
            let junk = '';
            for (let i = rnd.int(1, 12); i > 0; i--) junk += rnd.chance(0.5) ? rnd.pick(NASTY) : String.fromCharCode(rnd.int(0, 0xffff));
            return { text: text.slice(0, p) + junk + text.slice(p), op: `junk ${JSON.stringify(junk)} at ${p}` };
        }
        case 9: { // a half-typed declaration at the start of a line
            const p = rnd.pick(lineStarts());
            const piece = rnd.pick(HALF_TYPED);
            return { text: text.slice(0, p) + '  ' + piece + (rnd.chance(0.5) ? '\n' : '') + text.slice(p), op: `half ${JSON.stringify(piece)} at ${p}` };
        }
        case 10: { // a date or time made impossible
            const dates = [...text.matchAll(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/g)];
            if (dates.length === 0) return mutateOnce(text, rnd);
            const m = rnd.pick(dates);
            const value = m[0].includes(':') ? rnd.pick(['24:00', '99:99', '7:5', '23:60']) : rnd.pick(['2026-02-29', '2026-13-01', '0000-00-00', '9999-12-31', '2025-02-29', '1970-01-01']);
            return { text: text.slice(0, m.index) + value + text.slice(m.index! + m[0].length), op: `date ${m[0]} → ${value}` };
        }
        case 11: { // a hostile shape of issue 11 (scaled down: the fuzz runs 10,000 of these)
            const p = rnd.pick(lineStarts());
            const shape = rnd.pick(HOSTILE)(rnd);
            return { text: text.slice(0, p) + shape.text + text.slice(p), op: `hostile ${shape.name} at ${p}` };
        }
        default: { // duplicate a whole line (duplicate names, repeated clauses)
            const lines = text.split('\n');
            const i = rnd.int(0, lines.length - 1);
            lines.splice(rnd.int(0, lines.length), 0, lines[i]);
            return { text: lines.join('\n'), op: `duplicate line ${i}` };
        }
    }
}

/** A mutant of one of the seeds: 1 to 6 stacked mutations. */
export function mutant(seeds: readonly Seed[], rnd: Prng): { seed: Seed; text: string; ops: string[] } {
    const seed = rnd.pick(seeds);
    let text = seed.text;
    const ops: string[] = [];
    for (let i = rnd.int(1, 6); i > 0; i--) {
        const m = mutateOnce(text, rnd);
        text = m.text;
        ops.push(m.op);
    }
    return { seed, text, ops };
}
