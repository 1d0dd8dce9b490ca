/** `playbook init --template fission`: 社群裂变拉新 (a new mechanic: about half a month of warm-up). */
export const FISSION = String.raw`//~ 社群裂变拉新：分享海报到朋友圈，或邀请 3 位好友进群。 ~~ Community fission: share the poster to Moments, or invite three friends into the group.
//~ 新玩法（novel）：预热拉长到半个月左右，先在一两个群小范围引流测试，再按转化调整话术。 ~~ A new mechanic (novel): about half a month of promotion, starting with a small test in one or two groups, then adjusting the copy.
playbook fission "社群裂变拉新" {
  start {start}
  timezone "Asia/Shanghai"
  owner lead
  type fission
  novel
  consent "进群即同意接收活动通知；邀请关系仅用于发放奖励，活动结束 30 天后删除。分享完全自愿。"

  role lead "社群运营负责人" person "待定"
  role copywriter "文案"
  role moderator "群管理员"
  role analyst "数据分析"
  role dev "技术"
  role cs "客服"
  role pr "公关"

  channel moments "朋友圈" kind moments
  channel camp_group "活动群" kind wechat_group
  channel core_group "任务完成者群" kind wechat_group
  channel personal "个人号" kind personal_wechat

  //~ 海报路线约 60–70% 的人不完成任务；完成的约 30% 单独拉群，未完成的在沉淀期加个人号打标签。 ~~ On the poster route 60–70% do not finish the task; the ~30% who do get their own group, the others are added on a personal account and tagged.
  segment finishers "完成分享任务的用户" { tag "分享达标" }
  segment silent "未完成任务仍在群内" { tag "未分享" }

  budget 30000 CNY {
    line rewards "邀请奖励与红包" 50%
    line production "海报与内容制作" 30%
    line reserve "备用金（加投广告）" 20%
  }

  goal grow "一周裂变 5000 人进群" kind acquisition { kpi joins }
  goal convert "付费转化" kind conversion { kpi pay_rate }

  asset share_poster "裂变海报" kind poster {
    owner copywriter
    review lead
    ready warmup day 5
    text "扫码进群，免费领取新人礼包"
  }
  asset task_script "裂变任务话术 SOP" kind sop_script { owner copywriter ready warmup day 10 }
  asset topic_list "促活话题清单" kind copy { owner copywriter ready warmup day 9 }
  asset offer_copy "报名文案" kind copy { owner copywriter ready burst day 4 }
  asset survey_form "活动满意度问卷（单选为主）" kind survey { owner analyst ready review day 1 }

  //~ 15 天预热：第 5–7 天小范围引流测试，第 10 天话术定稿，之后马甲号话题与红包把群热起来。 ~~ Fifteen days of warm-up: a small test on days 5–7, copy final on day 10, then topics and red packets warm the group.
  phase warmup "预热与引流测试" kind warmup days 15 {
    step pilot "小范围引流测试，按转化调整话术" days 5..7 at 20:00 on moments uses share_poster
    milestone script_locked "海报文案与 SOP 定稿" day 10
    step topics "马甲号抛出话题，引导讨论" days 10..14 at 20:30 on camp_group uses topic_list owner moderator
    step red_packet "拼手气红包促活" day 13 at 21:00 on camp_group owner moderator
  }

  //~ 邀请比分享涨得快，但邀请来的人活跃度低：两条路都给，分别统计。 ~~ Inviting grows faster than sharing but invited members activate poorly: offer both and measure them apart.
  phase burst "裂变期" kind burst days 7 {
    step launch "发布裂变任务：分享海报或邀请 3 位好友" day 1 at 10:00 on camp_group, moments uses share_poster, task_script
    step brief "进群简短说明：做什么、怎么做、何时结束" day 1 at 10:30 on camp_group owner moderator
    step cs_watch "首日答疑值守" day 1 at 09:00 for 12h on camp_group owner cs
    step regroup "完成任务的用户单独拉群" day 3 at 18:00 on core_group for finishers
    step offer "发布报名链接" day 7 at 20:00 for 1h on core_group uses offer_copy remind 30m
  }

  //~ 沉淀期：先告知再加好友、打标签；群转为日常群前先发公告。 ~~ Settling: tell people first, then add them on a personal account and tag them; announce before turning the group into a daily one.
  phase tail "沉淀期" kind long_tail days 7 {
    step add_friend "个人号加好友并打标签备注" days 1..2 at 19:00 on personal for silent owner moderator
    milestone group_notice "发布转日常群公告" day 5 owner moderator
  }

  phase review "复盘" kind review days 7 {
    owner analyst
    step survey "满意度调研" day 1 at 10:00 on camp_group, core_group uses survey_form
    milestone report "复盘报告：目标对比与各环节转化" day 5
  }

  //~ 漏斗：触达 → 参与 → 分享 → 邀请 → 转化；渠道活码区分来源。 ~~ Funnel: reach → join → share → invite → convert; channel codes tell the sources apart.
  track poster_view "触达：看到裂变海报" { on moments property channel_code string required }
  track group_join "参与：进群" {
    on camp_group, core_group
    property inviter_id string
    property channel_code string required "渠道活码"
  }
  track poster_share "分享：分享海报" { on moments property channel_code string required }
  track invite_done "邀请：邀请 3 位好友达标" { on camp_group property invited integer required }
  track order_paid "转化：报名付费" {
    on core_group
    property amount number required
    property phone string pii "手机号"
  }

  kpi viewers "海报触达人数" = unique poster_view
  kpi joins "进群人数" = count group_join target 5000
  kpi shares "分享用户数" = unique poster_share
  kpi inviters "邀请达标人数" = unique invite_done
  kpi buyers "付费人数" = unique order_paid
  kpi pay_rate "付费率" = buyers / joins target 3%

  risk low_traffic "裂变首日进群不足" kind traffic {
    when joins < 30% by burst day 2
    then "加投朋友圈广告，联合推广扩大用户池"
  }
  risk ban "群被封或二维码失效" kind outage { then "启用备用群与活码" owner dev }
  risk complaint "用户被动进群引发投诉" kind complaint { then "私聊致歉并告知退群方式" owner moderator }
  //~ 不得诱导分享：奖励不与分享绑定为唯一路径。 ~~ No induced sharing: sharing is never the only way to the reward.
  risk rumor "海报文案被质疑诱导分享" kind pr_crisis { then "改为自愿分享，发布说明" owner pr }
}
`;
