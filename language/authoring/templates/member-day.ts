/**
 * `playbook init --template member-day`: a monthly 会员日 on each month's third Wednesday, the whole
 * schedule repeated by D-day (`repeat`), its steps placed by their offset from D (`day D-7`).
 * `{dday1}`…`{dday3}` are the D-days (templates.ts picks them).
 */
export const MEMBER_DAY = String.raw`//~ 月度会员日：每月第三个周三是会员日（D 日），整个排期按 D 日重复，每月一期；预热分三个节点（悬念 → 规则 → 社群预热），会员日当天目标 1000 单。 ~~ Monthly member day: each month's third Wednesday is the member day (D), and the whole schedule repeats by D-day, one run a month; warm-up in three nodes (teaser → rules → group warm-up), a target of 1,000 orders on the day.
playbook member_day "月度会员日" {
  //~ 每个日期是一期的 D 日，每期都是完整的一份排期（物料、动作、复盘、风险检查点）。会员日放在周三：周三到周五比周末效果好。一般是第三个周三；节假日落在动作或物料就绪日上时改用第四或第二个周三，整月都避不开（如春节）就跳过那个月。要多排一期，在后面加上日期。 ~~ Each date is one run's D-day, and each run is a full copy of the schedule (assets, steps, review, risk checkpoints). Member days are on Wednesdays: midweek does better than the weekend. Usually the third Wednesday; the fourth or second where a holiday falls on a step or a ready date, and a month that cannot avoid one (春节) is skipped. To plan another run, add its date.
  repeat {dday1}, {dday2}, {dday3}
  timezone "Asia/Shanghai"
  owner manager
  type promotion
  consent "加入会员即同意接收会员日通知；手机号仅用于积分与发券，退出会员 30 天后删除。随时可退订。"

  role manager "会员运营经理" person "待定"
  role designer "设计"
  role store "门店店长"
  role analyst "数据分析"
  role cs "客服"
  role dev "小程序开发"
  role pr "公关"

  channel oa "服务号" kind official_account
  channel members "会员群" kind wechat_group
  channel app "点餐小程序" kind mini_program
  channel stores "线下门店" kind offline_store

  segment points_holders "有积分未兑换会员" { tag "积分未兑换" }

  budget 20000 CNY {
    line discounts "会员专享价补贴" 50%
    line production "海报与台卡制作" 30%
    line reserve "备用金" 20%
  }

  goal orders_goal "会员日订单" kind conversion { kpi orders }
  goal points_goal "积分兑换活跃" kind activation { kpi redeem_rate }

  //~ 物料比使用早两个工作日就绪，留出物料审核的时间；D 日是周三，D-16、D-9 是周一，D-8、D-1 是周二。 ~~ Assets are ready two working days before they are used, leaving time for review; D is a Wednesday, so D-16 and D-9 are Mondays, D-8 and D-1 Tuesdays.
  asset mystery "悬念海报" kind poster { owner designer review manager ready D-16 }
  asset rules "会员日规则详情页" kind detail_page { owner manager review cs ready D-9 }
  asset counter "门店台卡（扫码入群）" kind main_visual { owner designer review store ready D-8 }
  asset survey_form "会员满意度问卷（单选为主）" kind survey { owner analyst ready D-1 }

  //~ 预热两周三个节点：D-14 悬念、D-7 规则、会员日前的工作日每天签到；会员在固定时间收到推送，养成习惯。 ~~ Two weeks of warm-up in three nodes: the teaser at D-14, the rules at D-7, daily check-ins on the working days before the day; members get pushes at fixed times so it becomes a habit.
  phase warmup "预热两周" kind warmup days 14 {
    step teaser "节点一：发布悬念海报" day D-14 at 12:00 on oa uses mystery
    step rules_out "节点二：发布会员日规则" day D-7 at 12:00 on oa, members uses rules
    step store_qr "门店台卡上架，引导扫码入群" day D-6 on stores uses counter owner store
    //~ 周末不发签到：群里没人值守。 ~~ No check-in at the weekend: nobody is on duty in the group.
    step checkin "节点三：社群预热，每日签到抽积分" days D-5..D-1 at 10:00 on members workdays
  }

  //~ 会员日当天：午市开抢，晚市加推；门店开门前核对库存。 ~~ On the day: the sale opens at lunch, a second push for dinner; stores check stock before opening.
  phase day_of "会员日" kind burst days 1 {
    milestone stock_check "各门店库存核对" day D owner store
    step open "会员专享价开抢" day D at 11:00 on app, members remind 15m
    step points_push "积分兑换提醒" day D at 14:00 on members for points_holders
    step dinner "晚市加推：积分翻倍" day D at 17:00 on members, app
  }

  //~ 复盘在下一期预热开始前结束，经验直接用到下个月。 ~~ The review ends before the next run's warm-up starts, so what was learnt goes straight into next month.
  phase recap "复盘" kind review days 5 {
    owner analyst
    step survey "会员满意度调研" day D+1 at 10:00 on members uses survey_form
    milestone report "复盘报告：订单、兑换率与门店对比" day D+5
  }

  //~ 埋点：触达（阅读推送）→ 参与（签到）→ 分享 → 邀请（邀请好友入会）→ 转化（下单）。 ~~ Tracking: reach (push read) → join (check-in) → share → invite (friends join) → convert (order).
  track push_read "触达：阅读会员日推送" { on oa property message_id string required }
  track checkin "参与：会员签到" { on members }
  track poster_share "分享：分享会员日海报" { on members property poster_id string }
  track member_invite "邀请：好友经邀请入会" { on app property inviter_id string required }
  track order_paid "转化：小程序下单" {
    on app, stores
    property order_id string required
    property store_id string required
    property amount number required
  }
  track points_redeemed "积分兑换" { on app, stores property points integer required }

  kpi readers "推送触达人数" = unique push_read
  kpi checkins "签到人数" = unique checkin
  kpi sharers "分享人数" = unique poster_share
  kpi invited "邀请入会数" = count member_invite
  kpi orders "会员日订单数" = count order_paid target 1000
  kpi redeemers "兑换人数" = unique points_redeemed
  kpi redeem_rate "兑换率" = redeemers / checkins target 20%

  //~ 每期会员日当天检查：订单不到目标的 40% 就追加推送。 ~~ Checked on each run's member day: below 40% of the target, push again.
  risk slow_day "会员日午市订单不足" kind traffic {
    when orders < 40% by D
    then "午市后追加满减券推送"
  }
  risk crash "小程序高峰期崩溃" kind outage { then "切换备用通道，门店收银兜底" owner dev }
  risk complaint "积分规则争议" kind complaint { then "客服统一话术，个案补偿" owner cs }
  risk backlash "优惠力度被质疑" kind pr_crisis { then "公开规则说明，1 小时内回应" owner pr }
  risk stockout "门店库存不足" kind inventory { then "紧急调货并发布致歉与补偿券" owner store }
}
`;
