/** `playbook init --template live`: 直播带货 (预告 → 直播日 → 回放与跟进 → 复盘). */
export const LIVE = String.raw`//~ 直播带货：预告 5 天（成熟玩法）→ 直播日 → 回放与跟进 → 复盘。 ~~ Live commerce: five days of announcements (a proven format) → the live day → replay and follow-up → review.
playbook live "直播带货专场" {
  start {start}
  timezone "Asia/Shanghai"
  owner ops
  type promotion
  consent "预约直播即同意接收开播提醒；手机号仅用于发货与售后，活动结束 30 天后删除。"

  role ops "直播运营" person "待定"
  role host "主播"
  role content "内容策划"
  role design "设计"
  role analyst "数据分析"
  role dev "技术"
  role cs "客服"
  role pr "公关"

  channel video "视频号" kind video_account
  channel live_room "视频号直播间" kind live
  channel group "粉丝群" kind wechat_group
  channel moments "朋友圈" kind moments
  channel shop "小程序商城" kind mini_program

  //~ 看了直播没下单的人，第二天用回放和专属券跟进。 ~~ Viewers who did not buy get the replay and a coupon the next day.
  segment watched "看直播未下单用户" { tag "直播观看未下单" }

  budget 50000 CNY {
    line ads "直播间投流" 50%
    line production "脚本、样品与布景" 30%
    line reserve "备用金" 20%
  }

  goal sell "直播成交" kind conversion { kpi gmv, pay_rate }
  goal reach "直播观看" kind brand { kpi viewers }

  asset trailer "直播预告短视频" kind video { owner content ready warmup day 1 }
  asset poster "开播海报" kind poster { owner design review ops ready warmup day 3 }
  asset script "直播脚本（逐小时排品与福利点）" kind live_script {
    owner host
    ready warmup day 5
  }
  asset coupon "直播间专享券" kind coupon { owner ops ready warmup day 5 }
  asset survey_form "观看体验问卷（单选为主）" kind survey { owner analyst ready review day 1 }

  //~ 预告期：第 1 天预告视频，第 3 天开播海报进群；最后一天走一遍完整流程再彩排。 ~~ Announcements: the trailer on day 1, the poster in the group on day 3; on the last day the owner walks the whole flow in a rehearsal.
  phase warmup "预告期" kind warmup days 5 {
    owner content
    step trailer_post "发布直播预告，引导预约" day 1 at 12:00 on video uses trailer
    step poster_post "开播海报进群，预约有福袋" day 3 at 20:00 on group, moments uses poster owner ops
    step rehearsal "全流程走查与彩排" day 5 at 15:00 for 2h on live_room uses script owner host
  }

  //~ 直播日：开播前 1 小时群内提醒，20:00 开播 3 小时，福袋和专享券按脚本时间点发放；客服在线。 ~~ Live day: a group reminder an hour ahead, three hours live from 20:00, lucky bags and coupons at the script's times; customer service online.
  phase show "直播日" kind burst days 1 {
    owner ops
    step go_live_notice "开播提醒" day 1 at 19:00 on group, moments remind 10m
    step live_show "直播带货" day 1 at 20:00 for 3h on live_room uses script owner host remind 30m
    step coupon_drop "直播间发放专享券" day 1 at 20:30 on live_room uses coupon
    step cs_watch "直播期间客服值守" day 1 at 19:30 for 4h on group, shop owner cs
  }

  phase followup "回放与跟进" kind long_tail days 5 {
    owner ops
    step replay "发布直播回放与爆款清单" day 1 at 12:00 on group, video
    step nudge "未下单观众专属券提醒" day 2 at 19:00 on group for watched
  }

  phase review "复盘" kind review days 7 {
    owner analyst
    step survey "观看体验与满意度调研" day 1 at 10:00 on group uses survey_form
    milestone report "复盘报告：分时段在线、转化与排品" day 5
  }

  //~ 埋点：触达（看预告）→ 参与（进直播间）→ 分享 → 邀请（邀请好友预约）→ 转化（下单）；直播时长给用户打标签。 ~~ Tracking: reach (trailer seen) → join (enter the live room) → share → invite (friends booked) → convert (order); watch time tags users.
  track trailer_view "触达：观看预告" { on video property video_id string required }
  track live_enter "参与：进入直播间" { on live_room property seconds integer "观看时长（秒）" }
  track live_share "分享：分享直播间" { on live_room, moments property target string }
  track invite_booked "邀请：好友经邀请预约" { on video, group property inviter_id string required }
  track order_paid "转化：支付成功" {
    on shop, live_room, group
    property order_id string required
    property amount number required "支付金额"
    property phone string pii "手机号"
  }

  kpi trailer_viewers "预告触达人数" = unique trailer_view
  kpi viewers "直播观看人数" = unique live_enter target 10000
  kpi sharers "分享人数" = unique live_share
  kpi bookings "邀请预约数" = count invite_booked
  kpi buyers "下单人数" = unique order_paid
  kpi gmv "直播成交额" = sum order_paid.amount target 200000
  kpi pay_rate "观看转化率" = buyers / viewers target 3%

  risk low_traffic "预约人数不足" kind traffic {
    when trailer_viewers < 2000 by warmup day 4
    then "加投直播间流量，群内预约福袋加码"
  }
  risk stream_down "直播推流中断" kind outage { then "切换备用设备与网络，群内同步进度" owner dev }
  risk complaint "发货或价格投诉" kind complaint { then "客服专线 30 分钟内响应，统一售后话术" owner cs }
  risk backlash "主播言论或产品引发争议" kind pr_crisis { then "暂停相关讲解，1 小时内发布说明" owner pr }
}
`;
