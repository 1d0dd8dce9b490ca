/** `playbook init --template retention`: 沉睡唤醒 (segment → wake-up touches → follow-up → review). */
export const RETENTION = String.raw`//~ 沉睡用户唤醒：先分层、告知，再按标签推送；绝不阻止退订。 ~~ Waking dormant users: segment and tell them first, then push by tag; never block unsubscribing.
playbook retention "沉睡用户唤醒" {
  start {start}
  timezone "Asia/Shanghai"
  owner crm
  type retention
  consent "我们会通过企业微信与短信联系您；可随时回复 TD 退订。消费记录仅用于推荐，保存不超过 1 年。"

  role crm "会员运营" person "待定"
  role copywriter "文案"
  role advisor "专属顾问"
  role analyst "数据分析"
  role dev "技术"
  role cs "客服"
  role pr "公关"
  role legal "法务"

  channel wecom "企业微信 1 对 1" kind wecom
  channel sms "短信" kind sms
  channel oa "服务号" kind official_account
  channel shop "小程序商城" kind mini_program

  //~ RFM 分层：90 天未购为沉睡；高价值沉睡客由专属顾问 1 对 1，其余按标签群发。 ~~ RFM layers: no purchase in 90 days is dormant; high-value dormant customers get an advisor one-to-one, the rest a push by tag.
  segment dormant "90 天未购用户" { tag "沉睡" }
  segment valuable "高价值沉睡用户" { tag "沉睡" tag "高价值" }

  budget 30000 CNY {
    line coupons "回归券补贴" 50%
    line production "文案与短信费用" 30%
    line reserve "备用金" 20%
  }

  goal come_back "沉睡用户回流" kind retention { kpi return_rate }
  goal rebuy "回流复购" kind repurchase { kpi returners }

  asset comeback_coupon "回归专享券" kind coupon { owner crm ready warmup day 5 }
  asset advisor_script "顾问 1 对 1 话术" kind sop_script {
    owner copywriter
    review legal
    ready warmup day 5
  }
  asset sms_copy "唤醒短信文案（含退订方式）" kind copy {
    owner copywriter
    review legal
    ready warmup day 5
    text "【品牌】好久不见，回归专享券已放入您的账户，7 天内有效。回 TD 退订"
  }
  asset survey_form "回流用户满意度问卷（单选为主）" kind survey { owner analyst ready tail day 14 }

  phase warmup "分层与准备" kind warmup days 5 {
    owner analyst
    milestone segments_ready "RFM 分层名单确认" day 2
    step pilot "小范围试发，按回复率调整话术" day 5 at 19:00 on wecom for valuable uses advisor_script owner advisor
  }

  //~ 唤醒期：高价值客顾问 1 对 1，其余短信加服务号；一周内对同一人最多联系 2 次，避免打扰投诉。 ~~ Wake-up: an advisor one-to-one for high-value customers, SMS and the official account for the rest; at most two contacts per person a week, so nobody feels pestered.
  phase wake "唤醒期" kind burst days 7 {
    owner crm
    step one_on_one "顾问 1 对 1 问候并送券" days 1..2 at 19:00 on wecom for valuable uses advisor_script, comeback_coupon owner advisor
    step sms_push "唤醒短信" day 1 at 12:00 on sms for dormant uses sms_copy, comeback_coupon
    step oa_push "服务号推送回归福利" day 3 at 20:00 on oa, shop for dormant uses comeback_coupon
    step expiry "回归券到期前提醒" day 6 at 19:00 on wecom for valuable owner advisor
  }

  phase tail "回流跟进" kind long_tail days 14 {
    owner crm
    step welcome_back "回流用户转入日常服务流程" day 1 at 10:00 on wecom owner advisor
  }

  phase review "复盘" kind review days 7 {
    owner analyst
    step survey "回流用户满意度调研" day 1 at 10:00 on oa uses survey_form
    milestone report "复盘报告：分层回流率与 ROI" day 5
  }

  //~ 漏斗：触达（消息送达）→ 参与（点击）→ 分享 → 邀请（老带新）→ 转化（回流下单）；留存率 = 回流下单人数 / 触达人数。 ~~ Funnel: reach (delivered) → join (clicked) → share → invite (bring a friend) → convert (a returning order); return rate = returning buyers / people reached.
  track message_delivered "触达：消息送达" { on wecom, sms, oa property message_id string required }
  track link_click "参与：点击回归福利" { on wecom, sms, oa property message_id string required }
  track coupon_share "分享：转发回归券" { on wecom, shop property coupon_id string }
  track friend_invite "邀请：老带新" { on shop property inviter_id string required }
  track order_paid "转化：回流下单" {
    on shop, wecom
    property order_id string required
    property amount number required
    property phone string pii "手机号"
  }

  kpi reached "触达人数" = unique message_delivered
  kpi clickers "点击人数" = unique link_click
  kpi sharers "转发人数" = unique coupon_share
  kpi invites "老带新人数" = count friend_invite
  kpi returners "回流下单人数" = unique order_paid target 1500
  kpi return_rate "回流率" = returners / reached target 8%

  risk low_traffic "唤醒点击率过低" kind traffic {
    when return_rate < 50% by wake day 3
    then "更换文案与券面额，启用备用金加码"
  }
  risk sms_down "短信通道故障" kind outage { then "切换备用短信通道，顾问补发" owner dev }
  risk complaint "用户嫌打扰投诉" kind complaint { then "立即停止联系并致歉，确认已退订" owner cs }
  risk backlash "过度营销舆情" kind pr_crisis { then "暂停推送，1 小时内发布说明" owner pr }
}
`;
