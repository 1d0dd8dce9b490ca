/**
 * Texts of the real calendar (SCHEDULE.md): the holiday data line of `playbook --version`, day
 * marks (周末, 调休上班), D offsets, runs, sending limits. English and zh-CN.
 */
import { type Locale, type Localized, pick } from './locale.js';

/** `holiday data: chinese-days 1.5.7, mainland China 2004–2026`. */
export function holidayDataLine(source: string, version: string, years: string, locale: Locale): string {
    const text: Localized = {
        en: `holiday data: ${source} ${version}, mainland China ${years || '(no years)'}`,
        'zh-CN': `节假日数据：${source} ${version}，中国大陆 ${years || '（无）'} 年`,
    };
    return pick(text, locale);
}

/**
 * The day note of a 调休 working weekend the holiday data names only by its holiday (`春节` →
 * `春节调休上班`); json's `dayNote` carries it in every locale, as the holiday names themselves.
 */
export function workdayNote(holidayName: string): string {
    return `${holidayName}调休上班`;
}

/** Who a send reaches when its step names no segment. */
export function everyoneText(locale: Locale): string {
    return pick({ en: 'everyone', 'zh-CN': '所有人' }, locale);
}

/** A segment as an audience. */
export function segmentText(name: string, locale: Locale): string {
    return pick({ en: `segment '${name}'`, 'zh-CN': `用户分层 '${name}'` }, locale);
}

/** The window of a cap: `the day 2027-01-18`, `the week of Mon 2027-01-18`, `2027-01`. */
export function capWindowText(per: 'day' | 'week' | 'month', key: string, locale: Locale): string {
    const text: Record<typeof per, Localized> = {
        day: { en: `one day (${key})`, 'zh-CN': `单日（${key}）` },
        week: { en: `one week (from ${key})`, 'zh-CN': `单周（${key} 起）` },
        month: { en: `one month (${key})`, 'zh-CN': `单月（${key}）` },
    };
    return pick(text[per], locale);
}

/** A cap as text: `1 per day`, or the default `as many per month as the month has days`. */
export function capText(count: number | undefined, per: 'day' | 'week' | 'month', locale: Locale): string {
    if (count === undefined) return pick({ en: 'as many per month as the month has days', 'zh-CN': '每月不超过当月天数' }, locale);
    const unit: Record<typeof per, Localized> = { day: { en: 'day', 'zh-CN': '天' }, week: { en: 'week', 'zh-CN': '周' }, month: { en: 'month', 'zh-CN': '月' } };
    return pick({ en: `${count} per ${unit[per].en}`, 'zh-CN': `每${unit[per]['zh-CN']} ${count} 次` }, locale);
}
