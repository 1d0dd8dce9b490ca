/** `playbook init --template promotion`: a 大促 (预热 / 爆发 / 长尾 / 复盘). `{start}` is replaced. */
export const PROMOTION = String.raw`//~ 大促：预热 → 爆发 → 长尾 → 复盘。成熟玩法预热 5–7 天即可；双十一级别的大促常用 30 / 7 / 14 / 30 天。 ~~ A big promotion: warm-up → burst → long tail → review. A proven format needs 5–7 days of warm-up; a Double-11 scale promotion often runs 30 / 7 / 14 / 30 days.
playbook promotion "品牌大促私域活动" {
  start {start}
  timezone "Asia/Shanghai"
  owner ops
  type promotion
  //~ 个人信息保护法：告诉用户收集什么、为什么收集、何时删除。 ~~ PIPL: tell users what is collected, why, and when it is deleted.
  consent "参与活动即同意接收活动通知；手机号仅用于发券与物流通知，活动结束 30 天后删除。"

  //~ 一个动作一个负责人（责任分工）；每日站会同步进度。 ~~ One owner per action; a daily stand-up keeps everyone in step.
  role ops "用户运营" person "待定"
  role content "内容策划"
  role design "设计"
  role analyst "数据分析"
  role dev "技术开发"
  role cs "客服"
  role legal "法务"
  role pr "公关"

  channel group "福利社群" kind wechat_group
  channel oa "品牌服务号" kind official_account
  channel moments "朋友圈" kind moments
  channel shop "小程序商城" kind mini_program

  //~ 领券未下单的人在长尾期单独提醒。 ~~ People who took a coupon but did not buy get their own reminder in the long tail.
  segment lapsed "领券未下单用户" { tag "领券未核销" }

  //~ 资金投入：广告补贴 50%、内容制作 30%、备用金 20%（应对流量不足时加投）。 ~~ Budget: 50% ad subsidies, 30% content, 20% reserve (for extra ads when traffic is short).
  budget 100000 CNY {
    line ads "广告补贴" 50%
    line production "内容制作" 30%
    line reserve "备用金" 20%
  }

  goal grow "活动期新增社群用户" kind acquisition { kpi joins }
  goal sell "大促成交" kind conversion { kpi gmv, pay_rate }

  //~ 文案决定一半效果：物料先于使用日就绪，规则页经法务审核。 ~~ Copy decides about half of the result: material is ready before the day it is used, and legal reviews the rules page.
  asset teaser "悬念海报" kind poster { owner design review ops ready warmup day 1 }
  asset welcome "进群欢迎语" kind welcome {
    owner content
    ready warmup day 1
    text """
      欢迎加入福利群！活动规则见群公告，开抢当晚 20:00 群内专享券先到先得。
      """
  }
  asset rules_page "活动规则详情页" kind detail_page {
    owner content
    review legal
    ready warmup day 3
  }
  asset countdown "倒计时海报" kind poster { owner design review ops ready warmup day 5 }
  asset coupon "群专享优惠券" kind coupon { owner ops ready warmup day 5 }
  asset survey_form "活动满意度问卷（单选为主）" kind survey { owner analyst ready review day 1 }

  //~ 成熟玩法预热 7 天：第 1 天欢迎语与悬念，第 3 天公布规则，最后 3 天倒计时；开抢前 1–2 天先抛话题。 ~~ Seven days of warm-up for a proven format: welcome and teaser on day 1, rules on day 3, a countdown in the last three days; start a topic a day or two before the sales link.
  phase warmup "预热期" kind warmup days 7 {
    owner content
    step welcome_setup "设置进群欢迎语（进群快时每 20 人欢迎一次）" day 1 at 09:00 on group uses welcome owner ops
    step teaser_post "发布悬念海报" day 1 at 12:00 on moments, group uses teaser
    step rules_post "服务号发布活动规则" day 3 at 20:00 on oa uses rules_page remind 1h
    step topic "群内话题预热，试探关心程度" day 6 at 20:30 on group owner ops
    step countdown_post "倒计时海报" days 5..7 at 10:00 on group uses countdown
  }

  //~ 爆发期放在周三到周五比放在周末效果更好（有案例 +25%）；首日问题最多，客服全天值守。 ~~ A Wednesday–Friday burst did better than a weekend one (+25% in one case); the first day brings the most questions, so customer service is on duty all day.
  phase burst "爆发期" kind burst days 3 {
    owner ops
    step coupon_drop "社群发放专属优惠券" day 1 at 20:00 on group uses coupon remind 30m
    step cs_watch "首日客服值守" day 1 at 09:00 for 12h on group owner cs
    step last_call "最后一晚提醒" day 3 at 20:00 on group, oa
  }

  phase tail "长尾期" kind long_tail days 7 {
    owner ops
    step coupon_reminder "优惠券到期提醒" days 1..2 at 19:00 on oa for lapsed
    milestone paid_handover "已付费用户转入服务流程" day 5
  }

  //~ 复盘：满意度问卷触达每个人（单选，少打字），复盘报告写目标对比与各环节转化，存入知识库。 ~~ Review: a satisfaction survey that reaches everyone (single choice, little typing), then a report of target vs actual and per-step conversion for the knowledge base.
  phase review "复盘期" kind review days 14 {
    owner analyst
    step survey "满意度调研" day 1 at 10:00 on group uses survey_form
    milestone report "输出复盘报告" day 10
  }

  //~ 埋点先于上线：触达 → 参与 → 分享 → 邀请 → 转化，每一步一个事件。 ~~ Tracking before launch: reach → join → share → invite → convert, one event per step of the funnel.
  track message_read "触达：阅读活动消息" { on oa, group property message_id string required }
  track group_join "参与：进群" {
    on group
    property source string required "渠道活码"
  }
  track poster_share "分享：分享海报" { on moments, group property poster_id string required }
  track invite_done "邀请：好友经邀请进群" { on group property inviter_id string required }
  track order_paid "转化：支付成功" {
    on shop, group
    property order_id string required
    property amount number required "支付金额"
    property phone string pii "手机号"
  }

  kpi reached "触达用户数" = unique message_read
  kpi joins "新增社群用户" = unique group_join target 5000
  kpi sharers "分享用户数" = unique poster_share
  kpi invites "邀请进群数" = count invite_done
  kpi buyers "付费用户数" = unique order_paid
  kpi gmv "成交额" = sum order_paid.amount target 500000
  kpi pay_rate "付费率" = buyers / joins target 5%

  //~ 四个标准风险各有应对与负责人；流量风险检查点放在预热期第 5 天，还来得及加投。 ~~ The four standard risks, each with a response and an owner; the traffic checkpoint on warm-up day 5 leaves time to add ads.
  risk low_traffic "预热期进群人数不足" kind traffic {
    when joins < 40% by warmup day 5
    then "启用备用金加投朋友圈广告，老用户带新"
  }
  risk outage "小程序崩溃导致交易中断" kind outage { then "切换备用链接，群内同步公告" owner dev }
  risk complaint "规则不清引发投诉" kind complaint { then "客服专线 30 分钟内响应，统一答复口径" owner cs }
  risk backlash "活动文案引发舆情" kind pr_crisis { then "撤下物料，1 小时内发布说明" owner pr }
}
`;
