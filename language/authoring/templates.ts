/**
 * The `playbook init` templates: six complete playbooks written from how campaign teams plan
 * (docs: README "playbook init"). Each template's text holds `{start}` for the first day, and
 * comments written `//~ 中文 ~~ English` that become `// …` in the reader's language.
 * No LSP types: the CLI and the language server's *New Playbook from Template…* both use this.
 */
import chineseDays from 'chinese-days';
import { DEFAULT_TIMEZONE } from '../model/model-types.js';
import { type LocalDate, nextMonday, nextMonth, parseLocalDate, shiftDate, todayIn, weekdayOf } from '../model/dates.js';
import type { Locale, Localized } from '../messages/locale.js';
import { CN_HOLIDAY_DATA } from '../model/holiday-data.js';
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

export interface TemplateOptions {
    /** First day (YYYY-MM-DD); default: next Monday in the playbook's zone (`member-day`: the first of next month). */
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

/** The first day of the month after today's in Asia/Shanghai: `member-day`'s default start (its runs start next month). */
export function nextMonthStart(now: Date = new Date()): LocalDate {
    return `${nextMonth(todayIn(DEFAULT_TIMEZONE, now).slice(0, 7))!}-01`;
}

/** The default first day of template `name`. */
export function templateDefaultStart(name: TemplateName, now?: Date): LocalDate {
    return name === 'member-day' ? nextMonthStart(now) : defaultStart(now);
}

/**
 * `member-day`'s days relative to D: the warm-up's first day and the review's last (one run), and
 * the days a holiday must not fall on: the assets' ready dates and the steps on one day each (a
 * `workdays` step skips holidays by itself). A test checks them against the rendered template's model.
 */
export const MEMBER_DAY_SPAN = { first: -14, last: 5, fixed: [-16, -14, -9, -8, -7, -6, -1, 0, 1] } as const;

/** The Wednesdays of month `YYYY-MM`, in the order `member-day` tries them: the third, the fourth, the second. */
function wednesdays(month: string): LocalDate[] {
    const first = `${month}-01`;
    const firstWednesday = shiftDate(first, (3 - weekdayOf(first) + 7) % 7)!;
    return [14, 21, 7].map(days => shiftDate(firstWednesday, days)!).filter(d => d.startsWith(month));
}

/**
 * 春节 in a year the holiday data does not cover yet: 除夕 to 初七 (the statutory break, whatever
 * its 调休, has run about so), from the lunar calendar, which is known for every year. Only the
 * template's choice of D-days uses it: no holiday is declared from it.
 */
function inSpringFestival(date: LocalDate): boolean {
    const year = Number(date.slice(0, 4));
    for (const y of [year, year + 1]) {
        const newYear = chineseDays.getSolarDateFromLunar(`${y}-01-01`).date;
        if (date >= shiftDate(newYear, -1)! && date <= shiftDate(newYear, 6)!) return true;
    }
    return false;
}

/**
 * Whether a statutory holiday falls on one of `member-day`'s fixed days around D: from the holiday
 * data where it covers the year, else 春节 from the lunar calendar (a month with it is skipped).
 */
function touchesHoliday(dday: LocalDate): boolean {
    return MEMBER_DAY_SPAN.fixed.some(i => {
        const date = shiftDate(dday, i)!;
        return CN_HOLIDAY_DATA.covers(Number(date.slice(0, 4))) ? CN_HOLIDAY_DATA.fact(date)?.kind === 'holiday' : inSpringFestival(date);
    });
}

/**
 * `member-day`'s D-days, one a month for three runs: the third Wednesday (a member day midweek
 * does better than on a weekend: PRACTICE), or the fourth or second where a statutory holiday that
 * the data knows falls on a step or a ready date ("plan around 节假日"; nobody delivers material
 * on a day off), never so close to the previous one that two runs overlap, and the first one not
 * before `start` (its warm-up starts on or after it).
 */
export function memberDayDdays(start: LocalDate): LocalDate[] {
    const out: LocalDate[] = [];
    const runDays = MEMBER_DAY_SPAN.last - MEMBER_DAY_SPAN.first + 1;
    // A month whose Wednesdays all meet a holiday (春节, 清明 + 劳动节) is skipped, as teams do; past
    // the data's years nothing is known, so three runs come within a few months.
    for (let month = start.slice(0, 7), tries = 0; out.length < 3 && tries < 24; month = nextMonth(month)!, tries++) {
        const previous = out[out.length - 1];
        const dday = wednesdays(month).find(d => shiftDate(d, MEMBER_DAY_SPAN.first)! >= start
            && (!previous || shiftDate(previous, runDays)! <= d) && !touchesHoliday(d));
        if (dday) out.push(dday);
    }
    return out;
}

/** The first day of template `name` started at `start`: `start`, or for `member-day` its first run's first day. */
export function templateFirstDay(name: TemplateName, start: LocalDate): LocalDate {
    const first = name === 'member-day' ? memberDayDdays(start)[0] : undefined;
    return first ? shiftDate(first, MEMBER_DAY_SPAN.first)! : start;
}

/** The template's text with its start date and its comments in `locale`; undefined for a date that is not real. */
export function renderTemplate(name: TemplateName, options: TemplateOptions): string | undefined {
    const start = options.start === undefined ? templateDefaultStart(name, options.now) : parseLocalDate(options.start);
    if (!start) return undefined;
    const ddays = name === 'member-day' ? memberDayDdays(start) : [];
    return TEXTS[name]
        .replace(/\{start\}/g, start)
        .replace(/\{dday(\d)\}/g, (_m, i: string) => ddays[Number(i) - 1] ?? '')
        .replace(/\/\/~ (.*?) ~~ (.*)$/gm, (_m, zh: string, en: string) => `// ${options.locale === 'zh-CN' ? zh : en}`);
}
