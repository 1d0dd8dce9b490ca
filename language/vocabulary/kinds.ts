/**
 * The enumerated values of the language: what `kind`, a playbook's `type` and a property's type
 * may be. One row per value; its labels (en, zh-CN) are in messages/kinds.ts, which must have one
 * for every value here (the compiler checks it). `zh` is the value's Simplified Chinese alias,
 * when there is one.
 */

export interface ValueRow {
    /** The Simplified Chinese alias, when there is one. */
    readonly zh?: string;
}

export const KIND_VALUES = {
    channel: {
        wechat_group: {}, official_account: {}, mini_program: {}, wecom: {}, personal_wechat: {}, moments: {}, video_account: {},
        live: {}, app: {}, sms: {}, email: {}, offline_store: {}, douyin: {}, kuaishou: {}, xiaohongshu: {}, weibo: {}, other: {},
    },
    asset: {
        main_visual: {}, poster: {}, detail_page: {}, copy: {}, sop_script: {}, welcome: {}, guide: {}, video: {}, live_script: {},
        survey: {}, coupon: {}, other: {},
    },
    goal: { acquisition: {}, activation: {}, retention: {}, conversion: {}, repurchase: {}, referral: {}, brand: {} },
    phase: { warmup: {}, burst: {}, long_tail: {}, review: {}, other: {} },
    risk: {
        traffic: {}, engagement: {}, outage: {}, complaint: {}, pr_crisis: {}, rule_loophole: {}, inventory: {}, compliance: {}, other: {},
    },
    playbookType: { fission: {}, engagement: {}, promotion: {}, retention: {}, other: {} },
    /** A property's type: the grammar's `PropertyType` keywords, plus `enum(…)`. */
    propertyType: { string: {}, number: {}, integer: {}, boolean: {}, datetime: {}, enum: {} },
} as const satisfies Record<string, Record<string, ValueRow>>;

/** A set of values (`channel` for channel kinds …). */
export type KindSet = keyof typeof KIND_VALUES;
/** The values of one set. */
export type KindValue<S extends KindSet> = keyof (typeof KIND_VALUES)[S];

/** Whether `value` is one of the values of `set`. */
export function isKindValue(set: KindSet, value: string): boolean {
    return Object.hasOwn(KIND_VALUES[set], value);
}
