/**
 * The `playbook init` templates: six complete playbooks written from how campaign teams plan
 * (docs: README "playbook init"). Each template's text holds `{start}` for the first day, and
 * comments written `//~ 中文 ~~ English` that become `// …` in the reader's language.
 * No LSP types: the CLI and the language server's *New Playbook from Template…* both use this.
 */
import { DEFAULT_TIMEZONE } from '../model/model-types.js';
import { nextMonday, parseLocalDate } from '../model/dates.js';
import type { Locale, Localized } from '../messages/locale.js';
import { ENGAGEMENT } from './templates/engagement.js';
import { FISSION } from './templates/fission.js';
import { LIVE } from './templates/live.js';
import { MEMBER_DAY } from './templates/member-day.js';
import { PROMOTION } from './templates/promotion.js';
import { RETENTION } from './templates/retention.js';

import { TEMPLATE_NAMES, type TemplateName } from './template-names.js';

export { TEMPLATE_NAMES, type TemplateName };

const TEXTS: Readonly<Record<TemplateName, string>> = {
    fission: FISSION,
    promotion: PROMOTION,
    live: LIVE,
    'member-day': MEMBER_DAY,
    engagement: ENGAGEMENT,
    retention: RETENTION,
};

/** What the editor's quick pick and `--help` show for each template. */
export const TEMPLATE_LABELS: Readonly<Record<TemplateName, { label: Localized; detail: Localized }>> = {
    fission: {
        label: { en: 'Community fission', 'zh-CN': '社群裂变拉新' },
        detail: { en: 'share a poster or invite 3 friends; a new mechanic, so half a month of warm-up', 'zh-CN': '分享海报或邀请 3 位好友；新玩法，预热半个月' },
    },
    promotion: {
        label: { en: 'Promotion', 'zh-CN': '大促' },
        detail: { en: 'warm-up, burst, long tail, review', 'zh-CN': '预热 / 爆发 / 长尾 / 复盘' },
    },
    live: {
        label: { en: 'Live commerce', 'zh-CN': '直播带货' },
        detail: { en: 'announcements, the live day, replay and follow-up, review', 'zh-CN': '预告 / 直播日 / 回放跟进 / 复盘' },
    },
    'member-day': {
        label: { en: 'Member day', 'zh-CN': '会员日' },
        detail: { en: 'monthly member day: three weekly warm-up nodes, the day, review', 'zh-CN': '月度会员日：三周预热节点、会员日、复盘' },
    },
    engagement: {
        label: { en: 'Check-in challenge', 'zh-CN': '社群互动打卡' },
        detail: { en: 'recruit, 7 days of check-ins, rewards, review', 'zh-CN': '招募 / 7 天打卡 / 奖励沉淀 / 复盘' },
    },
    retention: {
        label: { en: 'Win back dormant users', 'zh-CN': '沉睡唤醒' },
        detail: { en: 'RFM layers, wake-up touches, follow-up, review', 'zh-CN': 'RFM 分层 / 唤醒触达 / 回流跟进 / 复盘' },
    },
};

export function isTemplateName(name: unknown): name is TemplateName {
    return typeof name === 'string' && (TEMPLATE_NAMES as readonly string[]).includes(name);
}

export interface TemplateOptions {
    /** First day (YYYY-MM-DD); default: next Monday in the playbook's zone. */
    readonly start?: string;
    /** Language of the comments. */
    readonly locale: Locale;
    /** "Now", for the default start (tests). */
    readonly now?: Date;
}

/** The default first day of a new playbook: next Monday (strictly after today) in Asia/Shanghai. */
export function defaultStart(now: Date = new Date()): string {
    return nextMonday(DEFAULT_TIMEZONE, now);
}

/** The template's text with its start date and its comments in `locale`; undefined for a date that is not real. */
export function renderTemplate(name: TemplateName, options: TemplateOptions): string | undefined {
    const start = options.start === undefined ? defaultStart(options.now) : parseLocalDate(options.start);
    if (!start) return undefined;
    return TEXTS[name]
        .replace(/\{start\}/g, start)
        .replace(/\/\/~ (.*?) ~~ (.*)$/gm, (_m, zh: string, en: string) => `// ${options.locale === 'zh-CN' ? zh : en}`);
}
