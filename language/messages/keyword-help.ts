/**
 * A short explanation of every keyword of the language, in English and Simplified Chinese, for
 * hovers and completion items. A keyword that means different things in different places has an
 * entry per grammar rule (`Rule:keyword`); `keyword` alone is the general meaning.
 */
import { type Locale, type Localized, pick } from './locale.js';
import { CALENDAR_KEYWORD_HELP } from './calendar-keyword-help.js';

export const KEYWORD_HELP: Readonly<Record<string, Localized>> = {
    import: {
        en: 'Imports a library file (path relative to this file). Everything the library declares becomes visible here; imports are not transitive.',
        'zh-CN': '导入共享库文件（路径相对于本文件）。库中声明的内容在此可见；导入不传递。',
    },
    library: {
        en: 'A library of shared declarations (roles, channels, segments, assets, tracks) that playbooks import.',
        'zh-CN': '共享库：声明角色、渠道、目标人群、物料、埋点，供多个活动导入复用。',
    },
    playbook: {
        en: 'The plan of one campaign: its start, owner, phases with SOP steps, tracking, KPIs, goals and risk plans.',
        'zh-CN': '一个私域活动的完整方案：开始日期、负责人、阶段与 SOP 动作、埋点、指标、目标和应急预案。',
    },
    start: {
        en: 'The first day of the first phase (YYYY-MM-DD). Every date of the schedule is computed from it.',
        'zh-CN': '第一个阶段的第一天（YYYY-MM-DD）。排期中的所有日期都由它推算。',
    },
    timezone: {
        en: 'The IANA time zone of all times of day, e.g. "Asia/Shanghai" (the default).',
        'zh-CN': '所有时间所在的 IANA 时区，例如 "Asia/Shanghai"（默认）。',
    },
    owner: {
        en: 'The role responsible. Overrides the phase owner, which overrides the playbook owner.',
        'zh-CN': '负责的角色。覆盖阶段负责人，阶段负责人又覆盖活动负责人。',
    },
    'Playbook:owner': {
        en: 'The default owner of everything in the playbook that names no owner of its own.',
        'zh-CN': '活动的默认负责人：未单独指定负责人的 SOP 动作、物料、风险都由其负责。',
    },
    'Phase:owner': {
        en: 'The default owner of the steps and milestones of this phase.',
        'zh-CN': '本阶段 SOP 动作和里程碑的默认负责人。',
    },
    'Asset:owner': {
        en: 'The role who produces this asset.',
        'zh-CN': '制作该物料的角色。',
    },
    'Risk:owner': {
        en: 'The role who carries out the response when the risk occurs.',
        'zh-CN': '风险发生时执行应对措施的角色。',
    },
    type: {
        en: 'The type of campaign: fission, engagement, promotion, retention or other.',
        'zh-CN': '活动类型：fission（裂变）、engagement（促活）、promotion（促销）、retention（留存）或 other（其他）。',
    },
    novel: {
        en: 'Flag: this mechanic has not been run before, so it needs a longer warm-up (about 14 days).',
        'zh-CN': '标记：这是从未做过的新玩法，需要更长的预热期（约 14 天）。',
    },
    consent: {
        en: 'What users agree to when they join: what personal information is collected and why (needed when a track collects PII).',
        'zh-CN': '用户参与时同意的内容：收集哪些个人信息、用于何处（埋点采集个人信息时必须声明）。',
    },
    role: {
        en: 'A role: who does the work. Owners and reviewers reference roles.',
        'zh-CN': '角色：谁来做事。负责人和审核人都引用角色。',
    },
    person: {
        en: 'The name of the person who currently holds this role.',
        'zh-CN': '当前担任该角色的人的姓名。',
    },
    channel: {
        en: 'A channel: where users are reached (a WeChat group, the official account, the mini program …).',
        'zh-CN': '渠道：触达用户的地方（社群、公众号、小程序……）。',
    },
    kind: {
        en: 'The kind of this declaration, from a fixed list.',
        'zh-CN': '该声明的类型，取值来自固定列表。',
    },
    'Channel:kind': {
        en: 'The kind of channel: wechat_group, official_account, mini_program, wecom, personal_wechat, moments, video_account, live, app, sms, email, offline_store, douyin, kuaishou, xiaohongshu, weibo or other.',
        'zh-CN': '渠道类型：wechat_group（社群）、official_account（公众号）、mini_program（小程序）、wecom（企业微信）、personal_wechat（个人号）、moments（朋友圈）、video_account（视频号）、live（直播）、app、sms、email、offline_store（线下门店）、douyin、kuaishou、xiaohongshu、weibo 或 other。',
    },
    'Asset:kind': {
        en: 'The kind of asset: main_visual, poster, detail_page, copy, sop_script, welcome, guide, video, live_script, survey, coupon or other.',
        'zh-CN': '物料类型：main_visual（主图）、poster（海报）、detail_page（详情页）、copy（文案）、sop_script（SOP 话术）、welcome（欢迎语）、guide（引导文案）、video、live_script（直播脚本）、survey（问卷）、coupon（优惠券）或 other。',
    },
    'Goal:kind': {
        en: 'The kind of goal: acquisition, activation, retention, conversion, repurchase, referral or brand.',
        'zh-CN': '目标类型：acquisition（拉新）、activation（促活）、retention（留存）、conversion（转化）、repurchase（复购）、referral（转介绍）或 brand（品牌传播）。',
    },
    'Phase:kind': {
        en: 'The kind of phase: warmup, burst, long_tail, review or other.',
        'zh-CN': '阶段类型：warmup（预热）、burst（爆发）、long_tail（长尾）、review（复盘）或 other。',
    },
    'Risk:kind': {
        en: 'The kind of risk: traffic, engagement, outage, complaint, pr_crisis, rule_loophole, inventory, compliance or other.',
        'zh-CN': '风险类型：traffic（流量不足）、engagement（参与度不足）、outage（技术故障）、complaint（用户投诉）、pr_crisis（舆情危机）、rule_loophole（规则漏洞）、inventory（库存不足）、compliance（合规）或 other。',
    },
    segment: {
        en: 'A segment: a layer of users (目标人群) that steps can target with `for`.',
        'zh-CN': '目标人群：SOP 动作可以用 `for` 定向的一类用户。',
    },
    tag: {
        en: 'A tag that SCRM tools filter on to find the users of this segment.',
        'zh-CN': 'SCRM 工具筛选该分层用户时使用的标签。',
    },
    asset: {
        en: 'An asset: copy or material a step needs (poster, detail page, welcome message …).',
        'zh-CN': '物料：SOP 动作需要的文案、海报、详情页、欢迎语等。',
    },
    review: {
        en: 'The role who reviews this asset before it goes out (e.g. legal review).',
        'zh-CN': '物料发布前的审核角色（例如法务审核）。',
    },
    ready: {
        en: 'The day this asset must be ready by: a date, or `PHASE day N`.',
        'zh-CN': '物料最晚就绪的日期：一个日期，或 `阶段 day N`。',
    },
    text: {
        en: 'The text of the asset (copy); a block string """…""" keeps its line breaks.',
        'zh-CN': '物料的文字内容（文案）；块字符串 """…""" 保留换行。',
    },
    goal: {
        en: 'A goal: what the campaign is for, measured by one or more KPIs.',
        'zh-CN': '目标：活动要达成什么，由一个或多个指标衡量。',
    },
    kpi: {
        en: 'A KPI: a measured figure, counted from tracks (`count`, `unique`, `sum`) or a ratio of two KPIs, with an optional target.',
        'zh-CN': '指标：由埋点计算（`count`、`unique`、`sum`）或由两个指标相除得到的数值，可设目标值。',
    },
    'Goal:kpi': {
        en: 'The KPIs that measure this goal.',
        'zh-CN': '衡量该目标的指标。',
    },
    phase: {
        en: 'A phase: a stretch of the timeline holding SOP steps. Phases run one after another in the order written.',
        'zh-CN': '阶段：时间线上的一段，包含 SOP 动作。各阶段按书写顺序依次进行。',
    },
    days: {
        en: 'For a phase: how many days it lasts. For a step: a range of days of the phase, `days A..B`, one occurrence per day.',
        'zh-CN': '用于阶段：持续的天数。用于 SOP 动作：阶段内的天数范围 `days A..B`，每天执行一次。',
    },
    'Phase:days': {
        en: 'How many days the phase lasts. Its last day is its start + days − 1; the next phase starts the day after.',
        'zh-CN': '阶段持续的天数。最后一天 = 开始日期 + 天数 − 1；下一阶段从次日开始。',
    },
    'StepClause:days': {
        en: 'Every day from the A-th to the B-th day of the phase (`days A..B`): one occurrence per day.',
        'zh-CN': '在阶段的第 A 天到第 B 天每天执行（`days A..B`）。',
    },
    from: {
        en: 'Pins the first day of this phase to a date; the phases after it follow it.',
        'zh-CN': '将该阶段的第一天固定为某个日期；其后的阶段顺延。',
    },
    step: {
        en: 'An SOP step: what the team does, on which day of the phase, at what time, on which channels, with which assets.',
        'zh-CN': 'SOP 动作：团队在阶段的哪一天、什么时间、在哪些渠道、用哪些物料做什么。',
    },
    day: {
        en: 'A day of the phase: day 1 is the phase\'s first day.',
        'zh-CN': '阶段中的第几天：day 1 是阶段的第一天。',
    },
    at: {
        en: 'The local time of day (HH:MM) in the playbook\'s time zone; without it the step is all-day.',
        'zh-CN': '活动时区的当地时间（HH:MM）；不写则为全天事项。',
    },
    for: {
        en: 'A duration (`for 2h`, default 30m) or the segment the step targets (`for lapsed`).',
        'zh-CN': '时长（`for 2h`，默认 30m），或 SOP 动作定向的目标人群（`for lapsed`）。',
    },
    on: {
        en: 'The channels this step runs on.',
        'zh-CN': 'SOP 动作执行的渠道。',
    },
    'Track:on': {
        en: 'The channels where this tracking point fires.',
        'zh-CN': '该埋点触发的渠道。',
    },
    uses: {
        en: 'The assets this step needs; each must be ready by the step\'s date.',
        'zh-CN': 'SOP 动作需要的物料；每个物料都必须在 SOP 动作日期前就绪。',
    },
    remind: {
        en: 'A reminder that long before the step starts (e.g. `remind 1h`); repeatable.',
        'zh-CN': '在 SOP 动作开始前多久提醒（例如 `remind 1h`）；可写多个。',
    },
    note: {
        en: 'Free text for the person who executes it; a block string """…""" may span lines.',
        'zh-CN': '给执行人的说明；块字符串 """…""" 可跨多行。',
    },
    milestone: {
        en: 'A milestone (关键里程碑): a key node on a day of the phase; all-day, no channel.',
        'zh-CN': '关键里程碑：阶段中某一天的关键节点；全天，无渠道。',
    },
    track: {
        en: 'A tracking point (埋点): an event the product reports, with its properties.',
        'zh-CN': '埋点：产品上报的事件及其属性。',
    },
    event: {
        en: 'The wire name of the event as the SDK sends it; defaults to the track\'s name.',
        'zh-CN': 'SDK 上报的事件名；默认与埋点名称相同。',
    },
    property: {
        en: 'A property of the event: a name and a type (string, number, integer, boolean, datetime, enum(…)).',
        'zh-CN': '事件属性：名称和类型（string、number、integer、boolean、datetime、enum(…)）。',
    },
    required: {
        en: 'The property must be present on every event.',
        'zh-CN': '每个事件都必须带有该属性。',
    },
    pii: {
        en: 'The property holds personal information: the playbook needs a `consent`.',
        'zh-CN': '该属性包含个人信息：活动必须声明 `consent`（用户授权）。',
    },
    string: { en: 'Property type: text.', 'zh-CN': '属性类型：文本。' },
    number: { en: 'Property type: a number (decimals allowed).', 'zh-CN': '属性类型：数值（可含小数）。' },
    integer: { en: 'Property type: a whole number.', 'zh-CN': '属性类型：整数。' },
    boolean: { en: 'Property type: true or false.', 'zh-CN': '属性类型：布尔（true 或 false）。' },
    datetime: { en: 'Property type: a date and time.', 'zh-CN': '属性类型：日期时间。' },
    enum: { en: 'Property type: one of the listed values, `enum("a", "b")`.', 'zh-CN': '属性类型：列出的取值之一，`enum("a", "b")`。' },
    count: {
        en: 'Formula: the number of events of a track.',
        'zh-CN': '公式：某个埋点的事件数。',
    },
    unique: {
        en: 'Formula: the number of distinct users who sent an event of a track.',
        'zh-CN': '公式：触发某个埋点的去重用户数。',
    },
    sum: {
        en: 'Formula: the sum of a numeric property over the events of a track (`sum TRACK.PROPERTY`).',
        'zh-CN': '公式：某个埋点事件上数值属性的合计（`sum 埋点.属性`）。',
    },
    where: {
        en: 'Filters the events a formula counts: `where PROPERTY = value` (or `!=`).',
        'zh-CN': '筛选公式计算的事件：`where 属性 = 值`（或 `!=`）。',
    },
    target: {
        en: 'The target of a KPI: a number or a percentage, "at least" unless written `<=`.',
        'zh-CN': '指标的目标值：数字或百分比；默认为“至少”，写 `<=` 表示“不超过”。',
    },
    true: { en: 'The boolean value true.', 'zh-CN': '布尔值 true（真）。' },
    false: { en: 'The boolean value false.', 'zh-CN': '布尔值 false（假）。' },
    risk: {
        en: 'A risk plan (应急预案): what could go wrong, how to detect it and what the team does then.',
        'zh-CN': '应急预案：可能出现的问题、如何发现、发生后团队如何应对。',
    },
    when: {
        en: 'When the risk counts as occurring: a KPI check (`KPI < 40% by PHASE day N`, which adds a checkpoint to the calendar) or a description.',
        'zh-CN': '风险何时视为发生：指标检查（`指标 < 40% by 阶段 day N`，会在日历中加入风险检查点）或文字描述。',
    },
    then: {
        en: 'The response: what the team does when the risk occurs.',
        'zh-CN': '应对措施：风险发生时团队怎么做。',
    },
    by: {
        en: 'The day the KPI check is made (`by PHASE day N`): a checkpoint in the calendar.',
        'zh-CN': '进行指标检查的日期（`by 阶段 day N`）：日历中的风险检查点。',
    },
    budget: {
        en: 'The campaign budget (amount and currency) and its split into lines.',
        'zh-CN': '活动预算（金额和币种）及其分项。',
    },
    line: {
        en: 'A budget line: a share of the budget (a percentage) for one purpose.',
        'zh-CN': '预算分项：用于某一用途的预算比例（百分比）。',
    },
    blackout: {
        en: 'Days to keep clear (holidays, a competitor\'s big sale): nothing should be scheduled on them.',
        'zh-CN': '需要避让的日期（节假日、竞品大促）：这些天不应安排活动。',
    },
    ...CALENDAR_KEYWORD_HELP,
};

/** The help of `keyword` as written in grammar rule `rule`, if any. */
export function keywordHelp(keyword: string, rule: string | undefined, locale: Locale): string | undefined {
    const entry = (rule ? KEYWORD_HELP[`${rule}:${keyword}`] : undefined) ?? KEYWORD_HELP[keyword];
    return entry ? pick(entry, locale) : undefined;
}
