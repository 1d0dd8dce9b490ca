/**
 * Realistic synthetic playbooks for the benchmark and the fuzz tests: a shared library (roles,
 * channels, segments, tracks) and a playbook of about N lines that imports it — many phases of
 * SOP steps with day ranges and times, assets, tracks, KPIs (with ratio chains), goals, risks,
 * blackouts, Chinese titles. Deterministic for a given size and seed.
 */
import { Prng } from '../helpers/prng.js';

export const LIBRARY_FILE = 'common.playbook';

export const LIBRARY_TEXT = `// 品牌共享声明
library brand_common {
  role ops "私域运营负责人" person "陈晓"
  role content "内容策划"
  role design "视觉设计"
  role analyst "数据分析"
  role dev "小程序开发"
  role cs "客服主管"
  role host "直播主播"
  role legal "法务合规"

  channel fans_group "粉丝福利群" kind wechat_group
  channel service_oa "品牌服务号" kind official_account
  channel moments "员工朋友圈" kind moments
  channel live_room "视频号直播间" kind live
  channel mall "官方小程序商城" kind mini_program
  channel advisor "企微顾问 1 对 1" kind wecom

  segment new_fans "近 30 天新入群用户" { tag "新入群" tag "未下单" }
  segment dormant "90 天未复购老客" { tag "沉睡老客" }

  track page_view "页面浏览" {
    event "page_view"
    on mall, fans_group, service_oa, moments, live_room, advisor
    property page string required "页面路径"
    property referrer string
  }
}
`;

const CHANNELS = ['fans_group', 'service_oa', 'moments', 'live_room', 'mall', 'advisor'];
const OWNERS = ['ops', 'content', 'design', 'analyst', 'cs', 'host'];
const PHASE_KINDS = ['warmup', 'burst', 'long_tail', 'other'];
const ASSET_KINDS = ['poster', 'copy', 'sop_script', 'main_visual', 'welcome', 'guide', 'video', 'coupon'];
const RISK_KINDS = ['traffic', 'engagement', 'outage', 'complaint', 'pr_crisis', 'rule_loophole', 'inventory', 'compliance'];
const WORDS = ['预热', '秒杀', '社群', '直播', '福利', '倒计时', '拼团', '会员', '新品', '爆款', '返场', '复购', '抽奖', '签到', '海报', '话术', '裂变', '打卡'];

export interface GeneratedPlaybook {
    text: string;
    lines: number;
    /** Line numbers (0-based) of step lines, where the benchmark edits. */
    stepLines: number[];
}

/** A playbook of about `targetLines` lines (at least one block of ~100 lines). */
export function generatePlaybook(targetLines: number, seed = 1): GeneratedPlaybook {
    const rnd = new Prng(seed);
    const out: string[] = [];
    const stepLines: number[] = [];
    const title = () => `${rnd.pick(WORDS)}${rnd.pick(WORDS)}${rnd.int(1, 99)}`;
    out.push(`// 压测活动：约 ${targetLines} 行`);
    out.push(`import "./${LIBRARY_FILE}"`);
    out.push('');
    out.push(`playbook bench_${targetLines} "私域压测活动 ${targetLines}" {`);
    out.push('  start 2026-03-02');
    out.push('  timezone "Asia/Shanghai"');
    out.push('  owner ops');
    out.push('  type promotion');
    out.push('  consent "参与活动即同意接收活动通知；手机号仅用于发放优惠券。"');
    out.push('');
    out.push('  budget 500000 CNY {');
    out.push('    line ads "广告投放" 40%');
    out.push('    line coupons "优惠券补贴" 35%');
    out.push('    line content_prod "内容制作" 15%');
    out.push('    line reserve "备用金" 10%');
    out.push('  }');
    out.push('  blackout 2026-05-01..2026-05-05 "劳动节"');
    out.push('  blackout 2026-10-01..2026-10-07 "国庆假期"');
    out.push('');
    let block = 0;
    const footer = 12; // review phase + closing brace
    while (out.length + footer < targetLines || block === 0) {
        const b = block++;
        const phase = `p${b}`;
        const days = rnd.int(14, 30);
        const assets: string[] = [];
        // Assets: one block form, two one-liners.
        const a0 = `kv_${b}`;
        assets.push(a0);
        out.push(`  asset ${a0} "${title()}主视觉" kind main_visual {`);
        out.push(`    owner design`);
        out.push(`    review legal`);
        out.push(`    ready ${phase} day 1`);
        out.push(`    text "${title()} · ${title()}"`);
        out.push('  }');
        for (let i = 1; i <= 2; i++) {
            const a = `asset_${b}_${i}`;
            assets.push(a);
            out.push(`  asset ${a} "${title()}" kind ${rnd.pick(ASSET_KINDS)} { owner ${rnd.pick(OWNERS)} ready ${phase} day ${rnd.int(1, 5)} }`);
        }
        // The phase: ~60 steps and milestones.
        out.push(`  phase ${phase} "第 ${b + 1} 阶段 · ${title()}" kind ${rnd.pick(PHASE_KINDS)} days ${days} {`);
        out.push(`    owner ${rnd.pick(OWNERS)}`);
        const items = 60;
        for (let i = 0; i < items; i++) {
            const name = `s${b}_${i}`;
            const r = rnd.next();
            if (r < 0.08) {
                out.push(`    milestone ${name} "${title()}完成" day ${rnd.int(1, days)} owner ${rnd.pick(OWNERS)}`);
                continue;
            }
            let line = `    step ${name} "${title()}"`;
            if (r < 0.35) {
                const from = rnd.int(5, days - 3);
                line += ` days ${from}..${Math.min(days, from + rnd.int(1, 5))}`;
            } else {
                line += ` day ${rnd.int(5, days)}`;
            }
            if (rnd.next() < 0.8) line += ` at ${String(rnd.int(8, 21)).padStart(2, '0')}:${rnd.pick(['00', '15', '30', '45'])}`;
            if (rnd.next() < 0.2) line += ` for ${rnd.pick(['1h', '2h', '45m'])}`;
            line += ` on ${rnd.pick(CHANNELS)}`;
            if (rnd.next() < 0.3) line += `, ${rnd.pick(CHANNELS.filter(c => !line.includes(c)))}`;
            if (rnd.next() < 0.4) line += ` uses ${rnd.pick(assets)}`;
            if (rnd.next() < 0.2) line += ` owner ${rnd.pick(OWNERS)}`;
            if (rnd.next() < 0.15) line += ` for ${rnd.pick(['new_fans', 'dormant'])}`;
            if (rnd.next() < 0.3) line += ` remind ${rnd.pick(['15m', '1h', '2h'])}`;
            if (rnd.next() < 0.05) {
                out.push(line + ' {');
                out.push(`      note """`);
                out.push(`        ${title()}：高峰期 5 分钟内回复。`);
                out.push(`        """`);
                out.push('    }');
                stepLines.push(out.length - 5);
                continue;
            }
            stepLines.push(out.length);
            out.push(line);
        }
        out.push('  }');
        // Measurement: a track, KPIs (count, unique, sum, ratio chain), a goal, two risks.
        out.push(`  track t${b} "${title()}事件" {`);
        out.push(`    on ${CHANNELS[b % CHANNELS.length]}, mall`);
        out.push(`    property order_id string required`);
        out.push(`    property amount number required "金额"`);
        out.push(`    property source enum("poster", "live", "advisor")`);
        out.push('  }');
        out.push(`  kpi k${b} "${title()}人数" = count t${b} where source = "poster" target ${rnd.int(100, 20000)}`);
        out.push(`  kpi u${b} "${title()}用户" = unique t${b}`);
        out.push(`  kpi g${b} "${title()}金额" = sum t${b}.amount target ${rnd.int(1000, 900000)}`);
        out.push(`  kpi r${b} "${title()}转化率" = u${b} / ${b > 0 ? `k${b - 1}` : `k${b}`} target ${rnd.int(1, 30)}%`);
        out.push(`  goal goal${b} "${title()}" kind ${rnd.pick(['acquisition', 'conversion', 'retention'])} { kpi k${b}, g${b}, r${b} }`);
        out.push(`  risk risk${b} "${title()}不足" kind ${RISK_KINDS[b % RISK_KINDS.length]} {`);
        out.push(`    when k${b} < 40% by ${phase} day ${rnd.int(1, days)}`);
        out.push(`    then "追加投放，启动老带新裂变"`);
        out.push('  }');
        out.push('');
    }
    // Cover the standard risk kinds once, then the review phase.
    for (const kind of ['traffic', 'outage', 'complaint', 'pr_crisis', 'inventory']) {
        out.push(`  risk cover_${kind} "${kind}" kind ${kind} { then "按预案处理" owner ops }`);
    }
    out.push('  phase wrap "复盘期" kind review days 7 {');
    out.push('    owner analyst');
    out.push('    milestone report "复盘报告定稿" day 7');
    out.push('  }');
    out.push('}');
    out.push('');
    const text = out.join('\n');
    return { text, lines: out.length - 1, stepLines };
}
