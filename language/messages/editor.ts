/**
 * Texts of the editor features (hover, completion, inlay hints, outline) in English and
 * Simplified Chinese. Diagnostics live in diagnostics.ts, keyword explanations in keyword-help.ts.
 */
import { type Locale, type Localized, pick } from './locale.js';

/** Field labels of hovers and outline details. */
export const EDITOR_LABELS = {
    date: { en: 'Date', 'zh-CN': '日期' },
    dates: { en: 'Dates', 'zh-CN': '日期' },
    time: { en: 'Time', 'zh-CN': '时间' },
    allDay: { en: 'all day', 'zh-CN': '全天' },
    phase: { en: 'Phase', 'zh-CN': '阶段' },
    owner: { en: 'Owner', 'zh-CN': '负责人' },
    reviewer: { en: 'Reviewer', 'zh-CN': '审核人' },
    person: { en: 'Person', 'zh-CN': '担任人' },
    channels: { en: 'Channels', 'zh-CN': '渠道' },
    assets: { en: 'Assets', 'zh-CN': '物料' },
    segment: { en: 'Segment', 'zh-CN': '目标人群' },
    tags: { en: 'Tags', 'zh-CN': '标签' },
    reminders: { en: 'Reminders', 'zh-CN': '提醒' },
    ready: { en: 'Ready by', 'zh-CN': '就绪日期' },
    text: { en: 'Text', 'zh-CN': '文案' },
    note: { en: 'Note', 'zh-CN': '说明' },
    kind: { en: 'Kind', 'zh-CN': '类型' },
    days: { en: 'Days', 'zh-CN': '天数' },
    formula: { en: 'Formula', 'zh-CN': '公式' },
    target: { en: 'Target', 'zh-CN': '目标值' },
    tracks: { en: 'Rests on tracks', 'zh-CN': '依赖埋点' },
    goals: { en: 'Goals', 'zh-CN': '目标' },
    kpis: { en: 'KPIs', 'zh-CN': '指标' },
    check: { en: 'Check', 'zh-CN': '检查条件' },
    checkpoint: { en: 'Checkpoint', 'zh-CN': '检查日期' },
    response: { en: 'Response', 'zh-CN': '应对措施' },
    event: { en: 'Event', 'zh-CN': '事件名' },
    properties: { en: 'Properties', 'zh-CN': '属性' },
    kpisOnTrack: { en: 'KPIs resting on it', 'zh-CN': '基于它的指标' },
    type: { en: 'Type', 'zh-CN': '类型' },
    timezone: { en: 'Time zone', 'zh-CN': '时区' },
    start: { en: 'Start', 'zh-CN': '开始日期' },
    end: { en: 'End', 'zh-CN': '结束日期' },
    share: { en: 'Share', 'zh-CN': '占比' },
    declaredIn: { en: 'Declared in', 'zh-CN': '声明于' },
    notDated: { en: 'not dated yet (needs a start date, the phase\'s days and a day)', 'zh-CN': '尚未排期（需要开始日期、阶段天数和 day）' },
    noFormula: { en: 'none: not yet measurable', 'zh-CN': '无：暂不可衡量' },
    cyclic: { en: 'depends on itself', 'zh-CN': '循环依赖自身' },
    occurrences: { en: 'occurrences', 'zh-CN': '次' },
    atLeast: { en: 'at least', 'zh-CN': '至少' },
    atMost: { en: 'at most', 'zh-CN': '不超过' },
    ofTarget: { en: 'of its target', 'zh-CN': '（相对目标值）' },
    required: { en: 'required', 'zh-CN': '必填' },
    pii: { en: 'personal information', 'zh-CN': '个人信息' },
    pinned: { en: 'pinned', 'zh-CN': '固定日期' },
    keyword: { en: 'keyword', 'zh-CN': '关键字' },
    more: { en: 'more', 'zh-CN': '更多' },
} as const satisfies Record<string, Localized>;

export type EditorLabel = keyof typeof EDITOR_LABELS;

export function label(key: EditorLabel, locale: Locale): string {
    return pick(EDITOR_LABELS[key], locale);
}

/** `N days` / `N 天`. */
export function daysText(n: number, locale: Locale): string {
    return locale === 'zh-CN' ? `${n} 天` : `${n} day${n === 1 ? '' : 's'}`;
}

/** `PHASE days A..B` / `PHASE 第 A–B 天`. */
export function phaseDaysText(phase: string, from: number, to: number, locale: Locale): string {
    return locale === 'zh-CN' ? `${phase} 第 ${from}–${to} 天` : `${phase} days ${from}..${to}`;
}

/** `Label: value` with the colon of the language. */
export function labelled(key: EditorLabel, value: string, locale: Locale): string {
    return `${label(key, locale)}${locale === 'zh-CN' ? '：' : ': '}${value}`;
}

/** `day N of PHASE` / `PHASE 第 N 天`. */
export function phaseDayText(phase: string, day: number, locale: Locale): string {
    return locale === 'zh-CN' ? `${phase} 第 ${day} 天` : `${phase} day ${day}`;
}

/** Durations offered after `for` and `remind`, with their meaning. */
export const DURATION_SUGGESTIONS: Readonly<Record<string, Localized>> = {
    '15m': { en: '15 minutes', 'zh-CN': '15 分钟' },
    '30m': { en: '30 minutes', 'zh-CN': '30 分钟' },
    '1h': { en: '1 hour', 'zh-CN': '1 小时' },
    '2h': { en: '2 hours', 'zh-CN': '2 小时' },
    '4h': { en: '4 hours', 'zh-CN': '4 小时' },
    '1d': { en: '1 day', 'zh-CN': '1 天' },
};

/** Currencies offered after a budget amount. */
export const CURRENCIES: Readonly<Record<string, Localized>> = {
    CNY: { en: 'Chinese yuan', 'zh-CN': '人民币' },
};

/** Completion texts: item details and snippet labels. */
export const COMPLETION_TEXTS = {
    durationDetail: { en: 'duration', 'zh-CN': '时长' },
    reminderDetail: { en: 'reminder before the start', 'zh-CN': '开始前提醒' },
    timeDetail: { en: 'time of day', 'zh-CN': '时间' },
    startDetail: { en: 'next Monday', 'zh-CN': '下周一' },
    timezoneDetail: { en: 'time zone', 'zh-CN': '时区' },
    propertyTypeDetail: { en: 'property type', 'zh-CN': '属性类型' },
    snippetPlaybook: { en: 'new playbook: start, the four standard phases and risks', 'zh-CN': '新建活动：开始日期、四个标准阶段和四个标准风险' },
    snippetStep: { en: 'new SOP step', 'zh-CN': '新建 SOP 动作' },
    snippetRisk: { en: 'new risk plan', 'zh-CN': '新建应急预案' },
    snippetKpi: { en: 'new KPI with its track', 'zh-CN': '新建指标及其埋点' },
    snippetEnum: { en: 'enum type with values', 'zh-CN': '枚举类型及取值' },
} as const satisfies Record<string, Localized>;

export function completionText(key: keyof typeof COMPLETION_TEXTS, locale: Locale): string {
    return pick(COMPLETION_TEXTS[key], locale);
}

/** Placeholder texts inside snippets. */
export const SNIPPET_TEXTS = {
    playbookTitle: { en: 'Campaign title', 'zh-CN': '活动名称' },
    ownerTitle: { en: 'Community operations', 'zh-CN': '私域运营' },
    stepTitle: { en: 'What to do', 'zh-CN': '做什么' },
    riskTitle: { en: 'What could go wrong', 'zh-CN': '可能出现的问题' },
    riskResponse: { en: 'What the team does then', 'zh-CN': '发生后团队如何应对' },
    trackTitle: { en: 'Event title', 'zh-CN': '事件名称' },
    kpiTitle: { en: 'KPI title', 'zh-CN': '指标名称' },
} as const satisfies Record<string, Localized>;

export function snippetText(key: keyof typeof SNIPPET_TEXTS, locale: Locale): string {
    return pick(SNIPPET_TEXTS[key], locale);
}

/** Titles of the four standard phases and days suggested for them. */
export const STANDARD_PHASES: readonly { name: string; kind: string; days: number; title: Localized }[] = [
    { name: 'warmup', kind: 'warmup', days: 7, title: { en: 'Warm-up', 'zh-CN': '预热期' } },
    { name: 'burst', kind: 'burst', days: 3, title: { en: 'Burst', 'zh-CN': '爆发期' } },
    { name: 'long_tail', kind: 'long_tail', days: 7, title: { en: 'Long tail', 'zh-CN': '长尾期' } },
    { name: 'review', kind: 'review', days: 7, title: { en: 'Review', 'zh-CN': '复盘期' } },
];

/** The four standard risks with a title and a first response. */
export const STANDARD_RISKS: readonly { name: string; kind: string; title: Localized; then: Localized }[] = [
    {
        name: 'traffic', kind: 'traffic',
        title: { en: 'Not enough people join', 'zh-CN': '进群人数不足' },
        then: { en: 'Boost with paid ads and extra referral rewards', 'zh-CN': '启动付费投放，加大裂变奖励' },
    },
    {
        name: 'outage', kind: 'outage',
        title: { en: 'Mini program or payment down', 'zh-CN': '小程序或支付故障' },
        then: { en: 'Switch to the backup service and post a notice in the groups', 'zh-CN': '切换备用服务，群内同步公告' },
    },
    {
        name: 'complaint', kind: 'complaint',
        title: { en: 'Users complain about the rules', 'zh-CN': '规则引发用户投诉' },
        then: { en: 'Customer service answers within 30 minutes', 'zh-CN': '客服 30 分钟内响应' },
    },
    {
        name: 'pr_crisis', kind: 'pr_crisis',
        title: { en: 'Public backlash', 'zh-CN': '舆情危机' },
        then: { en: 'Take the material down and publish a statement within an hour', 'zh-CN': '撤下物料，1 小时内发布说明' },
    },
];

/** The server's log line before it exits on a broken message stream (the editor restarts it). */
export function framingErrorLog(detail: string, locale: Locale): string {
    return locale === 'zh-CN'
        ? `playbook-language-server：消息流无法解析（${detail}），无法再与编辑器同步；退出，由编辑器重新启动语言服务。`
        : `playbook-language-server: unreadable message stream (${detail}); it cannot be resynchronised, so the server exits and the editor restarts it.`;
}
