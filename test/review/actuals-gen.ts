/**
 * Seeded actuals files for the review tests and the bench, with the truth kept beside them: every
 * row as the generator meant it (event, instant, user, properties) or why it cannot be read.
 * The tests compute the expected figures from that truth with plain arithmetic, not with the
 * code under test.
 */
import { stringify } from 'csv-stringify/sync';
import { Prng } from '../helpers/prng.js';

/** The playbook the generated files belong to: Asia/Shanghai (UTC+8 all year), window 2026-10-12 00:00 – 2026-10-22 00:00. */
export const REVIEW_PLAYBOOK = `playbook shop "店铺活动" {
  start 2026-10-12
  owner ops
  consent "报名即同意接收活动通知"
  role ops "运营"
  channel group "群" kind wechat_group
  phase warm "预热" kind warmup days 5 { step teaser "悬念" day 1 at 10:00 on group }
  phase burst "爆发" kind burst days 2 { step sale "秒杀" day 1 at 20:00 on group }
  phase review "复盘" kind review days 3 { milestone report "报告" day 3 }
  track join "入群" {
    event "group_join"
    on group
    property source enum("poster", "live") required
    property inviter string
    property level integer
  }
  track paid "支付" { on group property amount number required property vip boolean }
  track refund "退款" { on group }
  kpi joins "入群数" = count join target 600
  kpi poster_joins "海报入群" = count join where source = "poster"
  kpi other_joins "其他入群" = count join where source != "poster"
  kpi buyers "买家" = unique paid
  kpi vip_buyers "会员买家" = unique paid where vip = true
  kpi gmv "成交额" = sum paid.amount target 5000
  kpi rate "转化" = buyers / joins target 5%
  kpi refunds "退款数" = count refund
  kpi refund_rate "退款率" = refunds / buyers target <= 10%
  goal grow "拉新" kind acquisition { kpi joins }
  goal sell "成交" kind conversion { kpi gmv, rate, refund_rate }
  risk slow "入群慢" kind traffic { when joins < 40% by warm day 3 then "加投" }
  risk low_sales "成交低" kind traffic { when gmv < 1000 by burst day 1 then "加券" }
}
`;

export const COLUMNS = ['event', 'time', 'user', 'source', 'inviter', 'level', 'amount', 'vip', 'page'];
const OFFSET_MS = 8 * 3600_000;
export const WINDOW = { from: Date.UTC(2026, 9, 12) - OFFSET_MS, to: Date.UTC(2026, 9, 22) - OFFSET_MS };
export const PHASES: Record<string, [number, number]> = {
    warm: [WINDOW.from, WINDOW.from + 5 * 86_400_000],
    burst: [WINDOW.from + 5 * 86_400_000, WINDOW.from + 7 * 86_400_000],
    review: [WINDOW.from + 7 * 86_400_000, WINDOW.to],
};

export interface TruthRow {
    line: number;
    /** Why the row cannot be read, or undefined. */
    unreadable?: 'time' | 'columns' | 'user' | 'event';
    event: string;
    epoch: number;
    user: string;
    props: Record<string, string>;
}

function pad(n: number): string {
    return String(n).padStart(2, '0');
}

/** An instant as a time cell, in one of the formats the file may use. */
export function timeCell(epoch: number, style: number): string {
    const local = new Date(epoch + OFFSET_MS);
    const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    const seconds = pad(local.getUTCSeconds());
    switch (style % 4) {
        case 0: return `${date}T${clock}:${seconds}+08:00`;
        case 1: return new Date(epoch).toISOString().replace('.000Z', 'Z');
        case 2: return `${date} ${clock}:${seconds}`;
        default: return local.getUTCSeconds() === 0 ? `${date} ${clock}` : `${date} ${clock}:${seconds}`;
    }
}

/** Rows meant to sit on the edges: the window's first instant, its end (24:00 and 00:00 of the day after), bad times, empty cells. */
function edgeRows(): Omit<TruthRow, 'line'>[] {
    const e = (event: string, epoch: number, props: Record<string, string> = { source: 'poster' }) => ({ event, epoch, user: 'edge', props });
    return [
        { ...e('group_join', WINDOW.from), cell: '2026-10-12 00:00' },
        { ...e('group_join', WINDOW.from - 1000), cell: '2026-10-11 23:59:59' },
        { ...e('group_join', WINDOW.to), cell: '2026-10-21 24:00' },
        { ...e('group_join', WINDOW.to), cell: '2026-10-22T00:00:00+08:00' },
        { ...e('group_join', WINDOW.to - 1000), cell: '2026-10-21T15:59:59Z' },
        { ...e('group_join', PHASES.burst[0]), cell: '2026-10-17 00:00' },
        { ...e('paid', WINDOW.from + 3600_000, { amount: '', vip: '' }), cell: '2026-10-12 01:00' },
        { ...e('group_join', 0), cell: '2026-13-01 10:00', unreadable: 'time' as const },
        { ...e('group_join', 0), cell: '2026-02-30 10:00', unreadable: 'time' as const },
        { ...e('group_join', 0), cell: '2026-10-13 25:00', unreadable: 'time' as const },
        { ...e('group_join', 0), cell: 'yesterday', unreadable: 'time' as const },
        { ...e('group_join', 0), cell: '', unreadable: 'time' as const },
        { ...e('group_join', WINDOW.from), cell: '2026-10-12 09:00', user: '', unreadable: 'user' as const },
    ].map(({ cell, ...row }) => ({ ...row, props: { ...row.props, __time: cell } }));
}

/** A seeded file: rows of the three tracks, an unplanned event, edge rows and a few rows with a wrong column count. */
export function generateActuals(seed: number, rows: number): { csv: string; truth: TruthRow[] } {
    const rnd = new Prng(seed);
    const truth: TruthRow[] = [];
    const records: string[][] = [COLUMNS];
    const users = Math.max(10, Math.floor(rows / 8));
    const span = WINDOW.to - WINDOW.from;
    const planned: Omit<TruthRow, 'line'>[] = [];
    for (let i = 0; i < rows; i++) {
        const epoch = WINDOW.from - 86_400_000 + Math.floor(rnd.next() * (span + 2 * 86_400_000) / 1000) * 1000;
        const user = `u${rnd.int(1, users)}`;
        const kind = rnd.int(0, 9);
        if (kind <= 4) {
            planned.push({ event: 'group_join', epoch, user, props: {
                source: rnd.pick(['poster', 'live', 'poster', '', 'tv']), inviter: rnd.chance(0.5) ? `u${rnd.int(1, users)}` : '',
                level: rnd.pick(['1', '2', '', 'x', '-3']),
            } });
        } else if (kind <= 7) {
            planned.push({ event: 'paid', epoch, user, props: { amount: rnd.pick(['10', '25.5', '99', '', 'abc', '1e2']), vip: rnd.pick(['true', 'false', '', 'TRUE', 'yes']) } });
        } else if (kind === 8) {
            planned.push({ event: 'refund', epoch, user, props: {} });
        } else {
            planned.push({ event: 'page_view', epoch, user, props: { page: '/home, "sale"\nlanding' } });
        }
    }
    const all = [...planned];
    for (const edge of edgeRows()) all.splice(rnd.int(0, all.length), 0, edge);
    let line = 2;
    for (const row of all) {
        const cell = row.props.__time ?? timeCell(row.epoch, rnd.int(0, 3));
        const record = COLUMNS.map(c => (c === 'event' ? row.event : c === 'time' ? cell : c === 'user' ? row.user : (row.props[c] ?? '')));
        const props = { ...row.props };
        delete props.__time;
        truth.push({ ...row, props, line });
        records.push(record);
        line += 1 + (record.join('').match(/\n/g)?.length ?? 0);
        if (rnd.chance(0.002)) {
            truth.push({ line, unreadable: 'columns', event: '', epoch: 0, user: '', props: {} });
            records.push(['group_join', '2026-10-13 10:00']);
            line++;
        }
    }
    return { csv: stringify(records, { record_delimiter: rnd.chance(0.5) ? '\r\n' : '\n' }), truth };
}
