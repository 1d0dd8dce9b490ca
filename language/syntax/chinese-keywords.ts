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
 * `for 2h` = `持续 2h`, `for lapsed` = `面向 lapsed`; `at` is `于`, or `每天` after a day range.
 */
import { KEYWORDS, type KeywordRow } from '../vocabulary/keywords.js';
import { KIND_VALUES, type KindSet, type ValueRow } from '../vocabulary/kinds.js';

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
} as const;

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

/** Characters that continue an identifier (the grammar's ID terminal): a keyword must not be followed by one. */
export const ID_CHARS = '_a-zA-Z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF';
/** Letters of identifiers (no digits). */
export const ID_LETTERS = ID_CHARS.replace('0-9', '');

/** Chinese keywords that take a number, time or duration right after them: a digit may follow without a space. */
const NUMBER_TAKING = new Set([KEYWORD_ZH.at, AT_EVERY_DAY, KEYWORD_ZH.remind, CONSTRUCTION.phaseDays, CONSTRUCTION.forDuration]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lexer pattern of a Chinese keyword, with word boundaries: `阶段` is no keyword at the start
 * of `阶段目标` (an identifier). `第` is a keyword only in `第 3 天` / `第 24..30 天` (so `第一期` stays
 * an identifier), `天` only right after a number; both may be written without spaces (`第3天`).
 */
export function chineseKeywordPattern(word: string): RegExp {
    if (word === CONSTRUCTION.dayOpen) return /第(?=[ \t\u3000]*[0-9]+(?:[ \t\u3000]*\.\.[ \t\u3000]*[0-9]+)?[ \t\u3000]*天)/;
    if (word === CONSTRUCTION.dayClose) return /(?<=[0-9][ \t\u3000]*)天/;
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
        case CONSTRUCTION.dayClose:
            return 'day';
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
        default:
            return KEYWORD_ZH[keyword] ? { en: keyword, zh: KEYWORD_ZH[keyword] } : undefined;
    }
}
