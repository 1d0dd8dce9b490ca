/**
 * Which keyword language a document is written in, and syntax written in it. Everything the tool
 * inserts into a file (quick fixes, completion snippets, the lines `init` adds) and every piece of
 * syntax a diagnostic quotes (`days N`, `holidays none`) is written in the keywords the file
 * already uses: a planner who writes `阶段 … 为期 7 天` gets `为期 7 天` back, never `days 7`.
 *
 * The language is read once per request from the document's own keywords (`keywordLanguageOf`);
 * a file without keywords yet (a new one) takes the editor's or terminal's language. The forms are
 * the vocabulary's `zh` and the constructions of chinese-keywords.ts. Plain TypeScript: no LSP.
 */
import { type AstNode, type CstNode, GrammarAST, isLeafCstNode } from 'langium';
import type { Locale } from '../messages/locale.js';
import type { Keyword } from '../vocabulary/keywords.js';
import { KIND_VALUES, type KindSet, type ValueRow } from '../vocabulary/kinds.js';
import { CAP_PERIOD_ZH, CHINESE_KEYWORDS, CONSTRUCTION, KEYWORD_ZH, WEEKDAY_ZH } from './chinese-keywords.js';

export type KeywordLanguage = 'en' | 'zh';

/** How many keywords with two forms are enough to tell the language (the first ones of the file). */
const SAMPLE = 64;

/**
 * The keyword language of the parsed document `root`: the majority of its first keywords that are
 * written differently in the two languages (`D`, `=` and punctuation say nothing); undefined when
 * it has none or as many of each.
 */
export function writtenKeywordLanguage(root: AstNode | undefined): KeywordLanguage | undefined {
    const cst = root?.$cstNode;
    if (!cst) return undefined;
    let zh = 0;
    let en = 0;
    const stack: CstNode[] = [cst];
    while (stack.length && zh + en < SAMPLE) {
        const node = stack.pop()!;
        if (isLeafCstNode(node)) {
            if (node.hidden || !GrammarAST.isKeyword(node.grammarSource)) continue;
            if (CHINESE_KEYWORDS.has(node.text)) zh++;
            else if (/^[A-Za-z]{2,}$/.test(node.text)) en++;
            continue;
        }
        const content = (node as unknown as { content: CstNode[] }).content;
        for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
    }
    return zh > en ? 'zh' : en > zh ? 'en' : undefined;
}

/** The keyword language to write into (or quote from) `root`: its own, else the reader's language's. */
export function keywordLanguageOf(root: AstNode | undefined, locale: Locale): KeywordLanguage {
    return writtenKeywordLanguage(root) ?? (locale === 'zh-CN' ? 'zh' : 'en');
}

/** Syntax written in one keyword language. Values (numbers, dates, names, placeholders) are given as written. */
export interface SyntaxForms {
    readonly language: KeywordLanguage;
    /** A keyword: `holidays` · `节假日`. */
    kw(keyword: Keyword): string;
    /** A keyword and what follows it: `owner ROLE` · `负责人 ROLE`. */
    clause(keyword: Keyword, value: string | number): string;
    /** A step's day: `day 3` · `第 3 天`; a D-relative one `day D-3` · `D-3`. */
    day(day: string | number): string;
    /** A step's days: `days 2..5` · `第 2..5 天`; `days D-7..D-1` · `D-7..D-1`. */
    days(from: string | number, to: string | number): string;
    /** A phase's length: `days 7` · `为期 7 天`. */
    phaseDays(days: string | number): string;
    /** A phase day: `warm day 3` · `warm 第 3 天`. */
    phaseDay(phase: string, day: string | number): string;
    /** A step's length: `for 2h` · `持续 2h`. */
    duration(duration: string): string;
    /** A step's time: `at 20:00` · `于 20:00`. */
    at(time: string): string;
    /** A kind clause: `kind review` · `类型 复盘` (a value of `set`). */
    kind(set: KindSet, value: string): string;
    /** A kind value alone: `review` · `复盘`. */
    kindValue(set: KindSet, value: string): string;
    /** `monthly on 18` · `每月 18 日`, `monthly on last` · `每月 最后一天`. */
    monthlyOn(day: string | number): string;
    /** A weekday: `thu` · `周四`. */
    weekday(weekday: string): string;
    /** `weekly on thu` · `每周 周四`. */
    weeklyOn(weekday: string): string;
    /** `every 14 days` · `每 14 天`. */
    everyDays(days: string | number): string;
    /** `cap 1 per day` · `上限 每日 1 次`. */
    cap(count: string | number, per: 'day' | 'week' | 'month'): string;
}

const isRelative = (day: string | number) => /^D([+-]|$)/.test(String(day));

const EN: SyntaxForms = {
    language: 'en',
    kw: keyword => keyword,
    clause: (keyword, value) => `${keyword} ${value}`,
    day: day => `day ${day}`,
    days: (from, to) => `days ${from}..${to}`,
    phaseDays: days => `days ${days}`,
    phaseDay: (phase, day) => `${phase} day ${day}`,
    duration: duration => `for ${duration}`,
    at: time => `at ${time}`,
    kind: (_set, value) => `kind ${value}`,
    kindValue: (_set, value) => value,
    monthlyOn: day => `monthly on ${day}`,
    weekday: weekday => weekday,
    weeklyOn: weekday => `weekly on ${weekday}`,
    everyDays: days => `every ${days} days`,
    cap: (count, per) => `cap ${count} per ${per}`,
};

const zhKeyword = (keyword: Keyword) => KEYWORD_ZH[keyword] ?? keyword;
const zhKind = (set: KindSet, value: string) => (KIND_VALUES[set] as Readonly<Record<string, ValueRow>>)[value]?.zh ?? value;

const ZH: SyntaxForms = {
    language: 'zh',
    kw: zhKeyword,
    clause: (keyword, value) => `${zhKeyword(keyword)} ${value}`,
    day: day => (isRelative(day) ? String(day) : `${CONSTRUCTION.dayOpen} ${day} ${CONSTRUCTION.dayClose}`),
    days: (from, to) => (isRelative(from) ? `${from}..${to}` : `${CONSTRUCTION.dayOpen} ${from}..${to} ${CONSTRUCTION.dayClose}`),
    phaseDays: days => `${CONSTRUCTION.phaseDays} ${days} ${CONSTRUCTION.dayClose}`,
    phaseDay: (phase, day) => `${phase} ${CONSTRUCTION.dayOpen} ${day} ${CONSTRUCTION.dayClose}`,
    duration: duration => `${CONSTRUCTION.forDuration} ${duration}`,
    at: time => `${zhKeyword('at')} ${time}`,
    kind: (set, value) => `${zhKeyword('kind')} ${zhKind(set, value)}`,
    kindValue: zhKind,
    monthlyOn: day => (String(day) === 'last' ? `${CONSTRUCTION.monthly} ${zhKeyword('last')}` : `${CONSTRUCTION.monthly} ${day} ${CONSTRUCTION.monthDay}`),
    weekday: weekday => WEEKDAY_ZH[weekday] ?? weekday,
    weeklyOn: weekday => `${CONSTRUCTION.weekly} ${WEEKDAY_ZH[weekday] ?? weekday}`,
    everyDays: days => `${CONSTRUCTION.every} ${days} ${CONSTRUCTION.dayClose}`,
    cap: (count, per) => `${zhKeyword('cap')} ${CAP_PERIOD_ZH[per]} ${count} ${CONSTRUCTION.times}`,
};

/** The syntax forms of `language`. */
export function syntaxForms(language: KeywordLanguage): SyntaxForms {
    return language === 'zh' ? ZH : EN;
}
