/** Syntax-error and unresolved-reference messages in both languages. */
import { printable } from './printable.js';
import type { Locale } from './locale.js';
import { categoryName } from './diagnostics.js';
import { categoryOfType } from '../vocabulary/declarations.js';

const TOKEN_LABELS: Record<string, Record<Locale, string>> = {
    STRING: { en: 'a string in double quotes', 'zh-CN': '双引号字符串' },
    BLOCK_STRING: { en: 'a block string """…"""', 'zh-CN': '块字符串 """…"""' },
    DATE: { en: 'a date (YYYY-MM-DD)', 'zh-CN': '日期（YYYY-MM-DD）' },
    TIME: { en: 'a time (HH:MM)', 'zh-CN': '时间（HH:MM）' },
    DURATION: { en: 'a duration (30m, 2h, 1d)', 'zh-CN': '时长（30m、2h、1d）' },
    PERCENT: { en: 'a percentage (40%)', 'zh-CN': '百分比（40%）' },
    NUMBER: { en: 'a number', 'zh-CN': '数字' },
    ID: { en: 'a name', 'zh-CN': '名称' },
};

/** What the parser expected, as the reader should type it: a kind of token by its description, a keyword or punctuation in backticks (`day`, `}`). */
export function tokenLabel(tokenName: string, locale: Locale): string {
    const label = TOKEN_LABELS[tokenName]?.[locale];
    if (label) return label;
    return `\`${tokenName.endsWith(':KW') ? tokenName.slice(0, -3) : tokenName}\``;
}

/** A token as a message quotes it: its first line, at most 20 characters (a block string can hold pages). */
function tokenShown(text: string): string {
    const line = text.split(/\r?\n|\r/)[0];
    return line.length > 20 || line.length < text.length ? `${line.slice(0, 20)}…` : line;
}

export function mismatchMessage(expected: string, found: string, locale: Locale): string {
    found = tokenShown(found);
    // A space between Chinese text and a backticked word, as everywhere else in the messages.
    return locale === 'zh-CN' ? `此处应为${expected.startsWith('`') ? ' ' : ''}${expected}，但遇到了 \`${found}\`。` : `Expected ${expected} but found \`${found}\`.`;
}

/** "Expected `cn`, `none` but found …" / "此处应为 `cn`、`none`，但遇到了 …": the part naming what was expected. */
const EXPECTED_PART = /^(Expected |此处应为 ?)(.*?)(?: but found `|，但遇到了 `)/s;

/** Whether `message` is a `mismatchMessage`. */
export function isMismatchMessage(message: string): boolean {
    return EXPECTED_PART.test(message);
}

/** A `mismatchMessage` with each keyword it expects replaced by `rename(keyword)` (unchanged when undefined); what was found stays as written. */
export function withExpectedKeywords(message: string, rename: (keyword: string) => string | undefined): string {
    const m = EXPECTED_PART.exec(message);
    if (!m) return message;
    const part = m[2].replace(/`([^`\s]+)`/g, (all, word: string) => {
        const other = rename(word);
        return other === undefined ? all : `\`${other}\``;
    });
    return m[1] + part + message.slice(m[1].length + m[2].length);
}

export function noViableAltMessage(found: string, locale: Locale): string {
    found = tokenShown(found);
    return locale === 'zh-CN' ? `无法理解 \`${found}\`：此处不能写这个内容。` : `Unexpected \`${found}\` here.`;
}

export function endOfFileMessage(found: string, locale: Locale): string {
    found = tokenShown(found);
    return locale === 'zh-CN' ? `文件应在此结束，但遇到了 \`${found}\`：一个文件只能有一个 playbook 或 library。` : `Expected the end of the file but found \`${found}\`: a file holds one playbook or one library.`;
}

/** Full-width punctuation planners type by habit (Chinese input method), and what to type instead. */
export const FULL_WIDTH: Record<string, { to: string; name: Record<Locale, string> }> = {
    '：': { to: ':', name: { en: 'colon', 'zh-CN': '冒号' } },
    '“': { to: '"', name: { en: 'double quotes', 'zh-CN': '双引号' } },
    '”': { to: '"', name: { en: 'double quotes', 'zh-CN': '双引号' } },
    '＂': { to: '"', name: { en: 'double quotes', 'zh-CN': '双引号' } },
    '‘': { to: '"', name: { en: 'double quotes', 'zh-CN': '双引号' } },
    '’': { to: '"', name: { en: 'double quotes', 'zh-CN': '双引号' } },
    '，': { to: ',', name: { en: 'comma', 'zh-CN': '逗号' } },
    '、': { to: ',', name: { en: 'comma', 'zh-CN': '逗号' } },
    '（': { to: '(', name: { en: 'parenthesis', 'zh-CN': '括号' } },
    '）': { to: ')', name: { en: 'parenthesis', 'zh-CN': '括号' } },
    '｛': { to: '{', name: { en: 'brace', 'zh-CN': '花括号' } },
    '｝': { to: '}', name: { en: 'brace', 'zh-CN': '花括号' } },
    '．': { to: '.', name: { en: 'full stop', 'zh-CN': '句点' } },
    '。': { to: '.', name: { en: 'full stop', 'zh-CN': '句点' } },
    '％': { to: '%', name: { en: 'percent sign', 'zh-CN': '百分号' } },
    '＝': { to: '=', name: { en: 'equals sign', 'zh-CN': '等号' } },
    '＜': { to: '<', name: { en: 'less-than sign', 'zh-CN': '小于号' } },
    '＞': { to: '>', name: { en: 'greater-than sign', 'zh-CN': '大于号' } },
    '－': { to: '-', name: { en: 'hyphen', 'zh-CN': '连字符' } },
    '／': { to: '/', name: { en: 'slash', 'zh-CN': '斜杠' } },
};
for (let d = 0; d <= 9; d++) FULL_WIDTH[String.fromCharCode(0xff10 + d)] = { to: String(d), name: { en: 'digit', 'zh-CN': '数字' } };

/**
 * A full-width character where the language wants its half-width twin, with the text around it
 * as it should read (`20：00` → `20:00`, `“开始”` → `"开始"`).
 */
export function fullWidthMessage(char: string, example: string, locale: Locale): string {
    const entry = FULL_WIDTH[char];
    return locale === 'zh-CN'
        ? `此处是全角${entry.name['zh-CN']} \`${char}\`：请使用半角${entry.name['zh-CN']}，如 ${example}。`
        : `Full-width ${entry.name.en} \`${char}\`: use ${entry.name.en.endsWith('s') ? '' : 'a '}half-width ${entry.name.en}: ${example}.`;
}

/** The half-width example for a full-width character at `offset`: the word around it on its line, corrected. */
export function fullWidthExample(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const at = offset - lineStart;
    const half = (s: string) => [...s].map(c => FULL_WIDTH[c]?.to ?? c).join('');
    const quote = FULL_WIDTH[text[offset]]?.to === '"';
    if (quote) {
        // From this quote to the next one (or back to the previous), the quoted text in between.
        const opens = '“‘＂'.includes(text[offset]);
        const other = opens ? line.slice(at + 1).search(/[”’＂"]/) : -1;
        if (opens && other >= 0) return half(line.slice(at, at + other + 2)).trim();
        const before = line.slice(0, at).search(/[“‘＂"][^“‘＂"]*$/);
        if (!opens && before >= 0) return half(line.slice(before, at + 1)).trim();
        return '"…"';
    }
    if (FULL_WIDTH[text[offset]].to === ',') {
        // The words on both sides: `g，shop` → `g, shop`.
        const before = /[^\s,，、]*\s*$/.exec(line.slice(0, at))![0].trim();
        const after = /^\s*[^\s,，、]*/.exec(line.slice(at + 1))![0].trim();
        return `${half(before)}, ${half(after)}`.trim();
    }
    // The run of non-space characters around it.
    let a = at;
    while (a > 0 && /[^\s"“”]/.test(line[a - 1])) a--;
    let b = at + 1;
    while (b < line.length && /[^\s"“”]/.test(line[b])) b++;
    return half(line.slice(a, b)).trim() || FULL_WIDTH[text[offset]].to;
}

/** Whether the separator at `offset` follows `day N` / `days N`: a list of days, which the language does not take. */
export function inDayList(text: string, offset: number): boolean {
    return /\bdays?[ \t]+\d+(?:\.\d+)?[ \t]*$/.test(text.slice(Math.max(0, offset - 40), offset));
}

/** Whether the separator at `offset` follows the Chinese `第 N` (`第 1,3 天`): a list of days. */
export function inChineseDayList(text: string, offset: number): boolean {
    return /第[ \t]*\d+[ \t]*$/.test(text.slice(Math.max(0, offset - 20), offset));
}

/** Dashes and tildes planners write between two days (`days 1-3`, `1~3`, `1–3`, `1～3`): the language writes a range `1..3`. */
export const RANGE_DASHES = '-~–—～－';

/** Whether the character at `offset` follows `days N` or the Chinese `第 N` (`第 2-3 天`): a range written with a dash. */
export function inDayRange(text: string, offset: number): boolean {
    return inDayList(text, offset) || /第[ \t]*\d+[ \t]*$/.test(text.slice(Math.max(0, offset - 20), offset));
}

/** `days 1-3` (`第 1-3 天`): a range written with a dash or tilde instead of `..`. */
export function dayRangeDashMessage(text: string, offset: number, locale: Locale): string {
    const to = /^[ \t]*(\d+)/.exec(text.slice(offset + 1, offset + 20))?.[1];
    const from = /(\d+)[ \t]*$/.exec(text.slice(Math.max(0, offset - 20), offset))?.[1];
    const chinese = /第[ \t]*\d+[ \t]*$/.test(text.slice(Math.max(0, offset - 20), offset));
    const range = chinese ? `第 ${from ?? 1}..${to ?? 3} 天` : from && to ? `days ${from}..${to}` : 'days 1..3';
    return locale === 'zh-CN'
        ? `天数范围用两个句点表示：请写成 \`${range}\`，不要用 \`${text[offset]}\`。`
        : `A range of days is written with two dots: \`${range}\`, not \`${text[offset]}\`.`;
}

/** A `for` / `remind` / `at` whose value is not a duration or a time (`for 1.5h`, `for 90min`, `remind 1 h`, `at 9点`): how to write it. */
/**
 * What a clause's value must look like. `written` is the keyword as written (`持续` for `for`), and
 * the examples use it; `value` is what was written, and a duration in Chinese units (`2小时`) gets
 * its spelling (`2h`).
 */
export function clauseValueMessage(keyword: 'for' | 'remind' | 'at', locale: Locale, written: string = keyword, value = ''): string {
    const k = written;
    if (keyword === 'at') {
        return locale === 'zh-CN'
            ? `\`${k}\` 后面写 24 小时制时间 HH:MM，如 \`${k} 20:00\`、\`${k} 9:30\`。`
            : `\`${k}\` takes a 24-hour time HH:MM, such as \`${k} 20:00\` or \`${k} 9:30\`.`;
    }
    const example = keyword === 'for' ? `\`${k} 90m\`、\`${k} 2h\`` : `\`${k} 15m\`、\`${k} 1h\`、\`${k} 1d\``;
    const exampleEn = keyword === 'for' ? `\`${k} 90m\` or \`${k} 2h\`` : `\`${k} 15m\`, \`${k} 1h\` or \`${k} 1d\``;
    const unit = CHINESE_UNITS.exec(value);
    const spelled = unit ? `${unit[1]}${UNIT_LETTER[unit[2]]}` : undefined;
    return locale === 'zh-CN'
        ? `\`${k}\` 后面写时长：整数紧跟单位 m（分钟）、h（小时）或 d（天），如 ${example}${spelled ? `；\`${value}\` 写成 \`${spelled}\`` : ''}。`
        : `\`${k}\` takes a duration: a whole number directly followed by m (minutes), h (hours) or d (days), such as ${exampleEn}${spelled ? `; \`${value}\` is \`${spelled}\`` : ''}.`;
}

/** A whole number with a Chinese time unit (`2小时`, `30分钟`, `1天`, `1周`). */
const CHINESE_UNITS = /^(\d+)(小时|个小时|钟头|分钟|分|天|日|周|星期)$/;
const UNIT_LETTER: Readonly<Record<string, string>> = { 小时: 'h', 个小时: 'h', 钟头: 'h', 分钟: 'm', 分: 'm', 天: 'd', 日: 'd', 周: 'w', 星期: 'w' };

/** `第 1,3 天`: a list of days in the Chinese construction. */
export function chineseDaysListMessage(locale: Locale): string {
    return locale === 'zh-CN'
        ? '`第 … 天` 只能写一天或一段连续的天：不连续的几天，请每天各写一个动作（`第 1 天`、`第 3 天` 各一行）；连续的几天写成范围，如 `第 1..3 天`。'
        : '`第 … 天` takes one day or one range of days: for days not in a row, write one step per day (a line with `第 1 天`, another with `第 3 天`); for days in a row, a range such as `第 1..3 天`.';
}

/** `第 D-3 天`: a day counted from D inside the construction for plain day numbers. */
export function chineseDdayMessage(written: string, locale: Locale): string {
    return locale === 'zh-CN'
        ? `按 D 日计的天直接写 \`${written}\`，不加「第 … 天」（如 \`D-7\`、\`D\`、\`D-3..D-1\`）。`
        : `A day counted from D is written \`${written}\`, without 「第 … 天」 (such as \`D-7\`, \`D\` or \`D-3..D-1\`).`;
}

/** `target 1万`: a number written with a Chinese magnitude. */
export function chineseNumberMessage(written: string, digits: string, locale: Locale): string {
    return locale === 'zh-CN'
        ? `数字请直接写阿拉伯数字，不带「万」「千」「亿」：\`${written}\` 写成 \`${digits}\`。`
        : `Write the number in digits, without 万, 千 or 亿: \`${written}\` is \`${digits}\`.`;
}

/** `days 1,3,5`: a list where the language takes one range. */
export function daysListMessage(locale: Locale): string {
    return locale === 'zh-CN'
        ? '`days` 只能写一个连续的天数范围 A..B（如 `days 1..5`）：不连续的几天，请分别写成带 `day N` 的步骤。'
        : '`days` takes one range of days, A..B (such as `days 1..5`): for days that are not in a row, give each its own step with `day N`.';
}

export function lexingMessage(text: string, locale: Locale): string {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    const visible = printable(shown);
    return locale === 'zh-CN' ? `无法识别的字符 \`${visible}\`。` : `Unexpected character \`${visible}\`.`;
}

export function unresolvedMessage(refType: string, name: string, locale: Locale): string {
    const category = categoryName(categoryOfType(refType) ?? refType, locale);
    if (refType === 'Property') {
        return locale === 'zh-CN' ? `该埋点没有属性 '${name}'。` : `The track has no property '${name}'.`;
    }
    return locale === 'zh-CN'
        ? `未知${category} '${name}'：请声明它，或导入声明了它的共享库。`
        : `Unknown ${category} '${name}': declare it here or import a library that declares it.`;
}
