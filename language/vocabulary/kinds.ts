/**
 * The enumerated values of the language: what `kind`, a playbook's `type` and a property's type
 * may be. One row per value; its labels (en, zh-CN) are in messages/kinds.ts, which must have one
 * for every value here (the compiler checks it). `zh` is the value's Simplified Chinese alias:
 * `类型 社群` is `kind wechat_group` (syntax/value-converter.ts turns it into the English value when parsed).
 */

export interface ValueRow {
    /** The Simplified Chinese alias, when there is one. */
    readonly zh?: string;
    /** A channel kind with default quiet hours 22:00..08:00 (one-to-one messages that reach a phone; model/channel-limits.ts). */
    readonly quiet?: true;
    /** One of the risks every private-domain campaign meets (`uncovered-risk`, the `insert-risks` quick fix). */
    readonly standard?: true;
}

export const KIND_VALUES = {
    channel: {
        wechat_group: { zh: '社群' },
        official_account: { zh: '公众号', quiet: true },
        mini_program: { zh: '小程序' },
        wecom: { zh: '企业微信', quiet: true },
        personal_wechat: { zh: '个人号', quiet: true },
        moments: { zh: '朋友圈' },
        video_account: { zh: '视频号' },
        live: { zh: '直播' },
        app: { zh: '应用' },
        sms: { zh: '短信', quiet: true },
        email: { zh: '邮件', quiet: true },
        offline_store: { zh: '线下门店' },
        douyin: { zh: '抖音' },
        kuaishou: { zh: '快手' },
        xiaohongshu: { zh: '小红书' },
        weibo: { zh: '微博' },
        other: { zh: '其他' },
    },
    asset: {
        main_visual: { zh: '主视觉' },
        poster: { zh: '海报' },
        detail_page: { zh: '详情页' },
        copy: { zh: '文案' },
        sop_script: { zh: '话术' },
        welcome: { zh: '欢迎语' },
        guide: { zh: '引导语' },
        video: { zh: '视频' },
        live_script: { zh: '直播脚本' },
        survey: { zh: '问卷' },
        coupon: { zh: '优惠券' },
        other: { zh: '其他' },
    },
    goal: {
        acquisition: { zh: '拉新' },
        activation: { zh: '促活' },
        retention: { zh: '留存' },
        conversion: { zh: '转化' },
        repurchase: { zh: '复购' },
        referral: { zh: '转介绍' },
        brand: { zh: '品牌传播' },
    },
    phase: {
        warmup: { zh: '预热' },
        burst: { zh: '爆发' },
        long_tail: { zh: '长尾' },
        review: { zh: '复盘' },
        other: { zh: '其他' },
    },
    risk: {
        traffic: { zh: '流量不足', standard: true },
        engagement: { zh: '参与不足' },
        outage: { zh: '技术故障', standard: true },
        complaint: { zh: '用户投诉', standard: true },
        pr_crisis: { zh: '舆情危机', standard: true },
        rule_loophole: { zh: '规则漏洞' },
        inventory: { zh: '库存不足' },
        compliance: { zh: '合规' },
        other: { zh: '其他' },
    },
    playbookType: {
        fission: { zh: '裂变' },
        engagement: { zh: '促活' },
        promotion: { zh: '促销' },
        retention: { zh: '留存' },
        other: { zh: '其他' },
    },
    /** A property's type: the grammar's `PropertyType` keywords, plus `enum(…)` (their `zh` is the keywords' own). */
    propertyType: {
        string: { zh: '文本' },
        number: { zh: '数值' },
        integer: { zh: '整数' },
        boolean: { zh: '布尔' },
        datetime: { zh: '日期时间' },
        enum: { zh: '枚举' },
    },
} as const satisfies Record<string, Record<string, ValueRow>>;

/** A set of values (`channel` for channel kinds …). */
export type KindSet = keyof typeof KIND_VALUES;
/** The values of one set. */
export type KindValue<S extends KindSet> = keyof (typeof KIND_VALUES)[S];

/** Whether `value` is one of the values of `set`. */
export function isKindValue(set: KindSet, value: string): boolean {
    return Object.hasOwn(KIND_VALUES[set], value);
}

/** The values of `set` whose row has `flag`, in catalogue order. */
export function kindValuesWith<S extends KindSet>(set: S, flag: 'quiet' | 'standard'): KindValue<S>[] {
    return Object.entries(KIND_VALUES[set] as Readonly<Record<string, ValueRow>>).filter(([, row]) => row[flag]).map(([value]) => value as KindValue<S>);
}

/** The kinds of scheduled event (the model's `ScheduleEvent.type`, the outputs' `type`), in legend order. */
export const EVENT_TYPES = ['step', 'milestone', 'asset-due', 'checkpoint'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
