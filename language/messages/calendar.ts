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
