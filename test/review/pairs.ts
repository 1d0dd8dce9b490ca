/** Crafted versions of one small playbook for the diff tests: a base and edits of it. */

export const BASE = `playbook p "P" {
  start 2026-10-12
  owner ops
  consent "报名即同意接收活动通知"
  role ops "运营"
  channel group "群" kind wechat_group
  asset poster "海报" kind poster { ready warm day 2 }
  phase warm "预热" kind warmup days 5 {
    step teaser "悬念" day 1 at 10:00 on group
    step countdown "倒计时" days 3..5 at 09:00 on group uses poster
    milestone ready "准备好" day 5
  }
  phase burst "爆发" kind burst days 2 {
    step sale "秒杀" day 1 at 20:00 on group
  }
  phase review "复盘" kind review days 3 { milestone report "报告" day 3 }
  track join "入群" {
    event "group_join"
    on group
    property source enum("poster", "live") required
    property inviter string
  }
  track paid "支付" { on group property amount number required property coupon string }
  kpi joins "入群数" = count join target 100
  kpi buyers "买家" = unique paid
  kpi rate "转化" = buyers / joins target 5%
  goal g "拉新" kind acquisition { kpi joins }
  risk slow "慢" kind traffic { when joins < 40% by warm day 4 then "加投" }
  budget 1000 CNY { line ads "广告" 60% line other "其他" 40% }
}
`;

/** Applies literal replacements, failing loudly when one does not apply (a test that cannot fail is no test). */
export function edit(text: string, ...pairs: [string, string][]): string {
    let out = text;
    for (const [from, to] of pairs) {
        if (!out.includes(from)) throw new Error(`edit: '${from}' not found`);
        out = out.replace(from, to);
    }
    return out;
}

/** Schedule: a time change, a range grown at the front, a step removed and one added, a longer phase. */
export const SCHEDULE = edit(BASE,
    ['step teaser "悬念" day 1 at 10:00', 'step teaser "悬念" day 1 at 11:00'],
    ['days 3..5 at 09:00', 'days 2..5 at 09:00'],
    ['phase warm "预热" kind warmup days 5', 'phase warm "预热" kind warmup days 6'],
    ['step sale "秒杀" day 1 at 20:00 on group', 'step flash "闪购" day 2 at 21:00 on group'],
);

/** Tracking: a wire name, an enum value added, a type, a property removed, made optional, a required one added, a track added. */
export const TRACKING = edit(BASE,
    ['event "group_join"', 'event "member_join"'],
    ['enum("poster", "live")', 'enum("poster", "live", "ad")'],
    ['property inviter string', 'property inviter integer'],
    ['property amount number required property coupon string', 'property amount number property via string required'],
    ['  kpi joins', '  track share "分享" { on group }\n  kpi joins'],
);

/** Tracking changes that break nobody: an enum value added, a property made optional, an optional one added, a track added. */
export const TRACKING_SAFE = edit(BASE,
    ['enum("poster", "live")', 'enum("poster", "live", "ad")'],
    ['property amount number required', 'property amount number property note string'],
    ['  kpi joins', '  track share "分享" { on group }\n  kpi joins'],
);

/** Metrics and budget: a target, a formula, a goal's KPIs, shares, a step's fields. */
export const METRICS = edit(BASE,
    ['= count join target 100', '= count join target 120'],
    ['= unique paid', '= count paid'],
    ['{ kpi joins }', '{ kpi joins, rate }'],
    ['line ads "广告" 60% line other "其他" 40%', 'line ads "广告" 50% line other "其他" 50%'],
    ['step teaser "悬念" day 1 at 10:00 on group', 'step teaser "悬念海报" day 1 at 10:00 on group remind 1h'],
);

/** A monthly member day with three runs (D-days 2026-03-18, 04-18, 05-18): warm-up D-7..D-1, the day, review D+1..D+2. */
export const MONTHLY = `playbook member_day "会员日" {
  repeat monthly on 18 from 2026-03 until 2026-05
  timezone "Asia/Shanghai"
  owner ops
  consent "加入会员即同意接收会员日通知"
  role ops "运营"
  channel members "会员群" kind wechat_group
  channel app "小程序" kind mini_program
  asset poster "海报" kind poster { ready D-9 }
  phase warmup "预热" kind warmup days 7 {
    step teaser "悬念" day D-7 at 12:00 on members uses poster
    step rules "规则" day D-3 at 12:00 on members
    step checkin "签到" days D-2..D-1 at 10:00 on members
  }
  phase day_of "会员日" kind burst days 1 { step open "开抢" day D at 11:00 on app, members }
  phase recap "复盘" kind review days 2 { milestone report "复盘报告" day D+2 }
  track checkin_done "签到" { on members }
  track order_paid "下单" { on app property amount number required property source enum("oa", "group") }
  kpi checkins "签到人数" = unique checkin_done
  kpi orders "订单数" = count order_paid target 100
  kpi group_orders "社群订单" = count order_paid where source = "group"
  kpi buyers "下单人数" = unique order_paid
  kpi gmv "成交额" = sum order_paid.amount target 9000
  kpi conversion "转化" = buyers / checkins target 20%
  goal sell "成交" kind conversion { kpi orders, gmv }
  risk slow "午市订单不足" kind traffic { when orders < 40% by D then "追加满减券" }
  risk thin "签到不足" kind traffic { when checkins < 15 by warmup day 6 then "群内加发红包" }
}
`;
