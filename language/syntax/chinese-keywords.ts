/**
 * The Chinese keywords: one Chinese form for every keyword and kind value (the `zh` of the
 * vocabulary's rows, language/vocabulary/), chosen so that a playbook reads as natural Chinese to
 * an ops planner (README, "Chinese keywords", says why each). This module adds what a table row
 * cannot say: the constructions, the lexer patterns, and lookups in both directions.
 * Both forms mean exactly the same: the lexer makes a Chinese keyword a token of its English
 * keyword's category (token-builder.ts), kind values are turned into their English value when
 * parsed (value-converter.ts), so the syntax tree, the model, the diagnostics and every output
 * are the same. `fmt --keywords` rewrites one form into the other (keyword-conversion.ts).
 *
 * Where Chinese word order differs, the grammar has the Chinese construction itself:
 * `day 3` = `第 3 天`, `days 24..30` = `第 24..30 天`, a phase's `days 30` = `为期 30 天`,
 * `for 2h` = `持续 2h`, `for lapsed` = `面向 lapsed`; `at` is `于`, or `每天` after a day range; the
 * calendar's `repeat monthly on 18` = `重复 每月 18 日` (`on last` = `最后一天`), `weekly on thu` =
 * `每周 周四`, `every 14 days` = `每 14 天`, a channel's `cap 1 per day` = `上限 每日 1 次`, a step's
 * `day D-3` = `D-3` and `days D-7..D-1` = `D-7..D-1` (as planners write D-day plans: "D-7 悬念海报").
 */
import { KEYWORDS, type KeywordRow } from '../vocabulary/keywords.js';
import { KIND_VALUES, type KindSet, type ValueRow } from '../vocabulary/kinds.js';
import { WEEKDAY_VALUES } from '../vocabulary/weekdays.js';

/** English keyword → its Chinese form (the keywords that are one word in both languages): the vocabulary's `zh`. */
export const KEYWORD_ZH: Readonly<Record<string, string>> = Object.fromEntries(
    Object.entries(KEYWORDS as Readonly<Record<string, KeywordRow>>).filter(([, row]) => row.zh).map(([word, row]) => [word, row.zh!]),
);

/** `at` after a day range reads `每天 20:00` (every day at 20:00); elsewhere `于 20:00`. */
export const AT_EVERY_DAY = '每天';

/** The Chinese constructions of the grammar (Chinese word order). */
export const CONSTRUCTION = {
    /** `第 3 天`, `第 24..30 天`: `day` / `days` of a step, milestone, `ready`/`by` day. */
    dayOpen: '第',
    /** `天` closes `第 N 天` and `为期 N 天`. */
    dayClose: '天',
    /** `为期 30 天`: a phase's length. */
    phaseDays: '为期',
    /** `持续 2h`: `for` a duration. */
    forDuration: '持续',
    /** `面向 lapsed`: `for` a segment. */
    forSegment: '面向',
    /** `每月 18 日` / `每月 最后一天`: `monthly on 18` / `monthly on last`; in a channel's `上限 每月 30 次`: `per month`. */
    monthly: '每月',
    /** `日` closes the day of the month: `每月 18 日`. */
    monthDay: '日',
    /** `每周 周四`: `weekly on thu`; in `上限 每周 7 次`: `per week`. */
    weekly: '每周',
    /** `每 14 天`: `every 14 days` (`天` closes it). */
    every: '每',
    /** `上限 每日 1 次`: `cap 1 per day`. */
    perDay: '每日',
    /** `次` closes a cap: `上限 每日 1 次`. */
    times: '次',
} as const;

/** The English value of a cap's period written in Chinese (`每日` is `day`). */
export const CAP_PERIOD_EN: Readonly<Record<string, string>> = {
    [CONSTRUCTION.perDay]: 'day', [CONSTRUCTION.weekly]: 'week', [CONSTRUCTION.monthly]: 'month',
};
/** The Chinese form of a cap's period. */
export const CAP_PERIOD_ZH: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CAP_PERIOD_EN).map(([zh, en]) => [en, zh]));

/** Every Chinese keyword token (1:1 forms, `每天`, and the constructions). */
export const CHINESE_KEYWORDS: ReadonlySet<string> = new Set([...Object.values(KEYWORD_ZH), AT_EVERY_DAY, ...Object.values(CONSTRUCTION)]);

/** Chinese form → English keyword, for the 1:1 forms and `每天`. */
export const KEYWORD_EN: Readonly<Record<string, string>> = Object.fromEntries([
    ...Object.entries(KEYWORD_ZH).map(([en, zh]) => [zh, en]),
    [AT_EVERY_DAY, 'at'],
]);

/** The kind tables a `kind` / `type` value belongs to, by the grammar rule it is written in. */
export type KindTableName = 'Channel' | 'Asset' | 'Goal' | 'Phase' | 'Risk' | 'Playbook';

/** The vocabulary's value set of each kind table. */
const KIND_SET: Readonly<Record<KindTableName, KindSet>> = {
    Channel: 'channel', Asset: 'asset', Goal: 'goal', Phase: 'phase', Risk: 'risk', Playbook: 'playbookType',
};

/** Kind value → its Chinese form, per table: the vocabulary's `zh`. */
export const KIND_ZH: Readonly<Record<KindTableName, Readonly<Record<string, string>>>> = Object.fromEntries(
    Object.entries(KIND_SET).map(([table, set]) => [table, Object.fromEntries(
        Object.entries(KIND_VALUES[set] as Readonly<Record<string, ValueRow>>).filter(([, row]) => row.zh).map(([value, row]) => [value, row.zh!]),
    )]),
) as Record<KindTableName, Record<string, string>>;

const KIND_EN: Readonly<Record<KindTableName, Readonly<Record<string, string>>>> = Object.fromEntries(
    Object.entries(KIND_ZH).map(([table, values]) => [table, Object.fromEntries(Object.entries(values).map(([en, zh]) => [zh, en]))]),
) as Record<KindTableName, Record<string, string>>;

/** The English kind value of a Chinese one in `table` (undefined: not a Chinese kind value there). */
export function kindFromChinese(table: KindTableName, value: string): string | undefined {
    return KIND_EN[table][value];
}

/** Weekday → its Chinese form (`thu` → `周四`): the vocabulary's `zh`. */
export const WEEKDAY_ZH: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(WEEKDAY_VALUES).map(([en, row]) => [en, row.zh]));
const WEEKDAY_EN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(WEEKDAY_ZH).map(([en, zh]) => [zh, en]));

/** The English weekday of a Chinese one (undefined: not a Chinese weekday). */
export function weekdayFromChinese(value: string): string | undefined {
    return WEEKDAY_EN[value];
}

/** Characters that continue an identifier (the grammar's ID terminal): a keyword must not be followed by one. */
export const ID_CHARS = '_a-zA-Z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF';
/** Letters of identifiers (no digits). */
export const ID_LETTERS = ID_CHARS.replace('0-9', '');

/** Chinese keywords that take a number, time or duration right after them: a digit may follow without a space. */
const NUMBER_TAKING = new Set<string>([KEYWORD_ZH.at, AT_EVERY_DAY, KEYWORD_ZH.remind, CONSTRUCTION.phaseDays, CONSTRUCTION.forDuration,
    CONSTRUCTION.monthly, CONSTRUCTION.perDay, CONSTRUCTION.weekly]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lexer pattern of a Chinese keyword, with word boundaries: `阶段` is no keyword at the start
 * of `阶段目标` (an identifier). `第` is a keyword only in `第 3 天` / `第 24..30 天` (so `第一期` stays
 * an identifier), `天` only right after a number; both may be written without spaces (`第3天`).
 */
export function chineseKeywordPattern(word: string): RegExp {
    if (word === CONSTRUCTION.dayOpen) return /第(?=[ \t\u3000]*[0-9]+(?:[ \t\u3000]*\.\.[ \t\u3000]*[0-9]+)?[ \t\u3000]*天)/;
    if (word === CONSTRUCTION.dayClose) return /(?<=[0-9][ \t\u3000]*)天/;
    // `日` (`每月 18 日`) and `次` (`每日 1 次`) only right after a number, and not as the start of a name (`日元`).
    if (word === CONSTRUCTION.monthDay || word === CONSTRUCTION.times) return new RegExp(`(?<=[0-9][ \\t\\u3000]*)${word}(?![${ID_CHARS}])`);
    // `每` only before a number (`每 14 天`): `每天` is `at`'s, `每月` / `每周` / `每日` are words of their own.
    if (word === CONSTRUCTION.every) return /每(?=[ \t\u3000]*[0-9])/;
    const follow = NUMBER_TAKING.has(word) ? ID_LETTERS : ID_CHARS;
    return new RegExp(`${escape(word)}(?![${follow}])`);
}

/**
 * The English keyword a grammar keyword stands for (a Chinese construction → `day`, `days`, `for`;
 * `天` → `day`), so hovers and completion find its help.
 */
export function englishKeywordOf(keyword: string, rule?: string): string {
    switch (keyword) {
        case CONSTRUCTION.dayOpen:
            return 'day';
        case CONSTRUCTION.dayClose:
            return rule === 'Repeat' ? 'every' : 'day';
        case CONSTRUCTION.monthly:
            return rule === 'Cap' ? 'per' : 'monthly';
        case CONSTRUCTION.weekly:
            return rule === 'Cap' ? 'per' : 'weekly';
        case CONSTRUCTION.monthDay:
            return 'monthly';
        case CONSTRUCTION.every:
            return 'every';
        case CONSTRUCTION.perDay:
            return 'per';
        case CONSTRUCTION.times:
            return 'cap';
        case CONSTRUCTION.phaseDays:
            return 'days';
        case CONSTRUCTION.forDuration:
        case CONSTRUCTION.forSegment:
            return 'for';
        default:
            return KEYWORD_EN[keyword] ?? keyword;
    }
}

/** Both written forms of English keyword `keyword` (in grammar rule `rule`), for hovers: `day N` · `第 N 天`. */
export function keywordForms(keyword: string, rule?: string): { en: string; zh: string } | undefined {
    switch (keyword) {
        case 'day':
            return { en: 'day N', zh: '第 N 天' };
        case 'days':
            return rule === 'Phase' ? { en: 'days N', zh: '为期 N 天' } : { en: 'days A..B', zh: '第 A..B 天' };
        case 'for':
            return { en: 'for 2h · for SEGMENT', zh: '持续 2h · 面向 SEGMENT' };
        case 'at':
            return { en: 'at 20:00', zh: `${KEYWORD_ZH.at} 20:00 · ${AT_EVERY_DAY} 20:00` };
        case 'monthly':
            return { en: 'monthly on 18 · monthly on last', zh: '每月 18 日 · 每月 最后一天' };
        case 'weekly':
            return { en: 'weekly on thu', zh: '每周 周四' };
        case 'every':
            return { en: 'every 14 days', zh: '每 14 天' };
        case 'cap':
        case 'per':
            return { en: 'cap 1 per day|week|month', zh: '上限 每日|每周|每月 1 次' };
        case 'D':
            return { en: 'day D-3 · days D-7..D-1 · ready D-5 · by D+1', zh: 'D-3 · D-7..D-1 · 就绪 D-5 · 截至 D+1' };
        default:
            return KEYWORD_ZH[keyword] ? { en: keyword, zh: KEYWORD_ZH[keyword] } : undefined;
    }
}
