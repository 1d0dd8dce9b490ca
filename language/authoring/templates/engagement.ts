/** `playbook init --template engagement`: 社群互动打卡 (recruit → 7-day check-in → settle → review). */
export const ENGAGEMENT = String.raw`//~ 社群互动打卡：招募 5 天 → 连续打卡 7 天 → 沉淀 → 复盘。连续打卡 7 天的人自动打标签。 ~~ Group check-in challenge: five days of recruiting → seven days of check-ins → settling → review. People with a 7-day streak are tagged automatically.
playbook engagement "7 天打卡挑战" {
  start {start}
  timezone "Asia/Shanghai"
  owner lead
  type engagement
  consent "报名即同意接收打卡提醒；打卡记录仅用于发放奖励，活动结束 30 天后删除。"

  role lead "社群运营" person "待定"
  role copywriter "文案"
  role moderator "群管理员"
  role coach "打卡教练"
  role analyst "数据分析"
  role dev "技术"
  role cs "客服"
  role pr "公关"

  channel group "打卡群" kind wechat_group
  channel oa "服务号" kind official_account
  channel moments "朋友圈" kind moments
  channel shop "小程序" kind mini_program

  segment streakers "连续打卡 7 天" { tag "连续打卡7天" }
  segment dropouts "中途断签用户" { tag "断签" }

  //~ 资金：奖励一半，内容三成，留两成备用金应对报名不足时加推。 ~~ Budget: half for rewards, 30% for content, 20% kept in reserve for extra promotion if sign-ups fall short.
  budget 10000 CNY {
    line prizes "打卡奖励" 50%
    line production "内容制作" 30%
    line reserve "备用金" 20%
  }

  goal activate "群活跃" kind activation { kpi checkin_rate }
  goal keep "打卡后留存" kind retention { kpi streak_users }

  asset recruit_poster "打卡招募海报" kind poster { owner copywriter review lead ready warmup day 1 }
  asset rules_copy "打卡规则与奖励说明" kind guide { owner copywriter ready warmup day 3 }
  asset daily_tasks "7 天打卡任务清单" kind copy { owner coach ready warmup day 5 }
  asset reward_coupon "完成奖励券" kind coupon { owner lead ready challenge day 7 }
  asset survey_form "满意度问卷（单选为主）" kind survey { owner lead ready review day 1 }

  phase warmup "招募期" kind warmup days 5 {
    owner lead
    step recruit "发布招募海报" day 1 at 12:00 on moments, oa uses recruit_poster
    step rules_post "群内公布规则：做什么、怎么做、何时结束" day 3 at 20:00 on group uses rules_copy
    step warm_topic "开营前话题预热" day 5 at 20:30 on group owner moderator
  }

  //~ 固定时间推送：每天 08:00 发任务、21:00 点评，教练带节奏；第 4 天中途红包防断签。 ~~ Fixed times: the task at 08:00 and feedback at 21:00 every day, a coach sets the pace; a red packet on day 4 keeps streaks alive.
  phase challenge "打卡期" kind burst days 7 {
    owner coach
    step daily_task "发布当日打卡任务" days 1..7 at 08:00 on group uses daily_tasks
    step daily_review "晚间点评与优秀打卡展示" days 1..7 at 21:00 on group
    step red_packet "中途拼手气红包" day 4 at 20:00 on group owner moderator
  }

  phase long_tail "奖励与沉淀" kind long_tail days 5 {
    owner lead
    step reward "完成者发放奖励券" day 1 at 10:00 on group for streakers uses reward_coupon
    step winback "断签用户私聊鼓励，告知下期时间" day 2 at 19:00 on group for dropouts owner moderator
  }

  phase review "复盘" kind review days 7 {
    owner analyst
    step survey "满意度调研" day 1 at 10:00 on group uses survey_form
    milestone report "复盘报告：每日打卡率与断签节点" day 5
  }

  //~ 漏斗：触达（看到招募）→ 参与（打卡）→ 分享（晒打卡）→ 邀请（邀请好友组队）→ 转化（奖励券核销）。 ~~ Funnel: reach (saw the recruiting post) → join (check-in) → share (post a check-in) → invite (team up with friends) → convert (reward coupon used).
  track recruit_view "触达：看到招募信息" { on moments, oa property source string required }
  track checkin "参与：打卡" {
    on group
    property day_no integer required "第几天"
    property streak integer "连续天数"
  }
  track checkin_share "分享：晒打卡到朋友圈" { on moments property day_no integer }
  track team_invite "邀请：邀请好友组队" { on group property inviter_id string required }
  track coupon_used "转化：奖励券核销" { on shop property coupon_id string required }

  kpi reached "招募触达人数" = unique recruit_view
  kpi checkers "打卡人数" = unique checkin
  kpi members_in "报名人数" = unique team_invite
  kpi checkin_rate "打卡参与率" = checkers / reached target 30%
  kpi sharers "晒打卡人数" = unique checkin_share
  kpi streak_users "连续打卡 7 天人数" = unique checkin where streak = 7 target 300
  kpi coupons_used "奖励券核销数" = count coupon_used

  //~ 四个标准风险（流量、故障、投诉、舆情）各有应对；打卡活动再加一个参与度风险。 ~~ The four standard risks (traffic, outage, complaints, PR) each have a response; a check-in challenge adds an engagement risk.
  risk low_traffic "报名人数不足" kind traffic {
    when checkers < 100 by challenge day 1
    then "老成员带新，追加朋友圈推广"
  }
  risk quiet "打卡中途断签增多" kind engagement { then "调整任务难度，增加点名与红包" owner coach }
  risk bot_down "打卡小程序故障" kind outage { then "改用群接龙打卡，事后补录" owner dev }
  risk complaint "奖励发放争议" kind complaint { then "公布打卡记录，客服个案处理" owner cs }
  risk backlash "打卡内容引发争议" kind pr_crisis { then "删除相关内容，群内说明" owner pr }
}
`;
