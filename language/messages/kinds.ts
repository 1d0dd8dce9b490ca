/**
 * The labels of the language's enumerated values (channel kinds, asset kinds …) in both
 * languages. The values themselves are rows of language/vocabulary/kinds.ts; each table here must
 * label exactly those (the compiler checks it). Validation, completion, hovers and generators
 * read them from here.
 */
import type { Locale, Localized } from './locale.js';
import { WEEKDAY_NAMES, WEEKDAY_VALUES, type Weekday } from '../vocabulary/weekdays.js';
import { declarationRow } from '../vocabulary/declarations.js';
import { type KindSet, type KindValue, kindValuesWith } from '../vocabulary/kinds.js';
import type { SyntaxForms } from '../syntax/keyword-language.js';

export type KindTable = Readonly<Record<string, Localized>>;
type Labels<S extends KindSet> = Record<KindValue<S>, Localized>;

export const CHANNEL_KINDS: KindTable = {
    wechat_group: { en: 'WeChat group', 'zh-CN': '社群' },
    official_account: { en: 'official account', 'zh-CN': '公众号/服务号' },
    mini_program: { en: 'mini program', 'zh-CN': '小程序' },
    wecom: { en: 'WeCom', 'zh-CN': '企业微信' },
    personal_wechat: { en: 'personal WeChat', 'zh-CN': '个人号' },
    moments: { en: 'moments', 'zh-CN': '朋友圈' },
    video_account: { en: 'video account', 'zh-CN': '视频号' },
    live: { en: 'live stream', 'zh-CN': '直播' },
    app: { en: 'app', 'zh-CN': '应用（App）' },
    sms: { en: 'SMS', 'zh-CN': '短信' },
    email: { en: 'email', 'zh-CN': '邮件' },
    offline_store: { en: 'offline store', 'zh-CN': '线下门店' },
    douyin: { en: 'Douyin', 'zh-CN': '抖音' },
    kuaishou: { en: 'Kuaishou', 'zh-CN': '快手' },
    xiaohongshu: { en: 'Xiaohongshu', 'zh-CN': '小红书' },
    weibo: { en: 'Weibo', 'zh-CN': '微博' },
    other: { en: 'other', 'zh-CN': '其他' },
} satisfies Labels<'channel'>;

export const ASSET_KINDS: KindTable = {
    main_visual: { en: 'main visual / banner', 'zh-CN': '主视觉（活动主图/banner）' },
    poster: { en: 'poster', 'zh-CN': '海报' },
    detail_page: { en: 'detail page', 'zh-CN': '详情页' },
    copy: { en: 'copy', 'zh-CN': '文案' },
    sop_script: { en: 'SOP script', 'zh-CN': 'SOP 话术' },
    welcome: { en: 'welcome message', 'zh-CN': '欢迎语' },
    guide: { en: 'guide text', 'zh-CN': '引导语' },
    video: { en: 'video', 'zh-CN': '视频' },
    live_script: { en: 'live script', 'zh-CN': '直播脚本' },
    survey: { en: 'survey', 'zh-CN': '问卷' },
    coupon: { en: 'coupon', 'zh-CN': '优惠券' },
    other: { en: 'other', 'zh-CN': '其他' },
} satisfies Labels<'asset'>;

export const GOAL_KINDS: KindTable = {
    acquisition: { en: 'acquisition', 'zh-CN': '拉新' },
    activation: { en: 'activation', 'zh-CN': '促活' },
    retention: { en: 'retention', 'zh-CN': '留存' },
    conversion: { en: 'conversion', 'zh-CN': '转化' },
    repurchase: { en: 'repurchase', 'zh-CN': '复购' },
    referral: { en: 'referral', 'zh-CN': '转介绍' },
    brand: { en: 'brand', 'zh-CN': '品牌传播' },
} satisfies Labels<'goal'>;

export const PHASE_KINDS: KindTable = {
    warmup: { en: 'warm-up', 'zh-CN': '预热' },
    burst: { en: 'burst', 'zh-CN': '爆发' },
    long_tail: { en: 'long tail', 'zh-CN': '长尾' },
    review: { en: 'review', 'zh-CN': '复盘' },
    other: { en: 'other', 'zh-CN': '其他' },
} satisfies Labels<'phase'>;

export const RISK_KINDS: KindTable = {
    traffic: { en: 'not enough traffic', 'zh-CN': '流量不足' },
    engagement: { en: 'low engagement', 'zh-CN': '参与不足' },
    outage: { en: 'technical outage', 'zh-CN': '技术故障' },
    complaint: { en: 'user complaints', 'zh-CN': '用户投诉' },
    pr_crisis: { en: 'PR crisis', 'zh-CN': '舆情危机' },
    rule_loophole: { en: 'rule loophole', 'zh-CN': '规则漏洞' },
    inventory: { en: 'out of stock', 'zh-CN': '库存不足' },
    compliance: { en: 'compliance', 'zh-CN': '合规' },
    other: { en: 'other', 'zh-CN': '其他' },
} satisfies Labels<'risk'>;

export const PLAYBOOK_TYPES: KindTable = {
    fission: { en: 'fission (referral growth)', 'zh-CN': '裂变' },
    engagement: { en: 'engagement', 'zh-CN': '促活' },
    promotion: { en: 'promotion', 'zh-CN': '促销' },
    retention: { en: 'retention', 'zh-CN': '留存' },
    other: { en: 'other', 'zh-CN': '其他' },
} satisfies Labels<'playbookType'>;

export const PROPERTY_TYPES: KindTable = {
    string: { en: 'text', 'zh-CN': '文本' },
    number: { en: 'number', 'zh-CN': '数值' },
    integer: { en: 'whole number', 'zh-CN': '整数' },
    boolean: { en: 'true/false', 'zh-CN': '布尔' },
    datetime: { en: 'date and time', 'zh-CN': '日期时间' },
    enum: { en: 'one of listed values', 'zh-CN': '枚举' },
} satisfies Labels<'propertyType'>;

/** Labels of every value set. */
export const KIND_LABELS: Readonly<Record<KindSet, KindTable>> = {
    channel: CHANNEL_KINDS, asset: ASSET_KINDS, goal: GOAL_KINDS, phase: PHASE_KINDS, risk: RISK_KINDS, playbookType: PLAYBOOK_TYPES,
    propertyType: PROPERTY_TYPES,
};

/** The labels of the values a declaration's `kind` (a playbook's `type`) takes, by AST type. */
export function kindLabelsOf(type: string): KindTable | undefined {
    const set = declarationRow(type)?.kinds?.set;
    return set ? KIND_LABELS[set] : undefined;
}

/** The four risks every private-domain campaign meets (uncovered-risk): the rows marked `standard`. */
export const STANDARD_RISK_KINDS: readonly string[] = kindValuesWith('risk', 'standard');


/** The English names of each weekday (short, long); the Chinese one is the vocabulary's `zh`. */
const WEEKDAY_EN = {
    mon: ['Mon', 'Monday'], tue: ['Tue', 'Tuesday'], wed: ['Wed', 'Wednesday'], thu: ['Thu', 'Thursday'],
    fri: ['Fri', 'Friday'], sat: ['Sat', 'Saturday'], sun: ['Sun', 'Sunday'],
} satisfies Record<Weekday, readonly [string, string]>;

/** A date's weekday in ISO order (`2026-10-12 Mon`, `2026-10-12 周一`). */
export const WEEKDAYS: Readonly<Record<'en' | 'zh-CN', readonly string[]>> = {
    en: WEEKDAY_NAMES.map(w => WEEKDAY_EN[w][0]),
    'zh-CN': WEEKDAY_NAMES.map(w => WEEKDAY_VALUES[w].zh),
};

/** The values of `repeat weekly on …` with their names (completion). */
export const WEEKDAY_LABELS: KindTable = Object.fromEntries(WEEKDAY_NAMES.map(w => [w, { en: WEEKDAY_EN[w][1], 'zh-CN': WEEKDAY_VALUES[w].zh }]));

/** `mon, tue, wed, thu, fri, sat or sun` / `mon、tue、…、sat 或 sun`: the weekday values for a message. */
export function weekdayList(locale: Locale, forms?: SyntaxForms): string {
    const names = WEEKDAY_NAMES.map(w => (forms ? forms.weekday(w) : w));
    const last = names.pop();
    return locale === 'zh-CN' ? `${names.join('、')} 或 ${last}` : `${names.join(', ')} or ${last}`;
}
