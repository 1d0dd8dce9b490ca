/**
 * Short texts that other texts are composed of, in both languages: separators, the colon,
 * parentheses, line references, the parts of a few rule messages. Modules outside messages/ take
 * them from here instead of choosing by locale in place.
 */
import type { Locale } from './locale.js';
import { type SyntaxForms, syntaxForms } from '../syntax/keyword-language.js';

const zh = (locale: Locale) => locale === 'zh-CN';

/** `、` / `, ` between the items of a list. */
export function listSeparator(locale: Locale): string {
    return zh(locale) ? '、' : ', ';
}

/** `：` / `: ` between a label and its text. */
export function colon(locale: Locale): string {
    return zh(locale) ? '：' : ': ';
}

/** `：` / `:` at the end of a line (a label above its text). */
export function lineColon(locale: Locale): string {
    return zh(locale) ? '：' : ':';
}

/** `王芳（社群运营）` / `Wang Fang (community ops)`. */
export function parenthesized(text: string, inner: string, locale: Locale): string {
    return zh(locale) ? `${text}（${inner}）` : `${text} (${inner})`;
}

/** `第 12 行` / `line 12`; with a file: ` lib.playbook 第 12 行` / `in lib.playbook, line 12`. */
export function lineReference(line: number, locale: Locale, file?: string): string {
    if (file) return zh(locale) ? ` ${file} 第 ${line} 行` : `in ${file}, line ${line}`;
    return zh(locale) ? `第 ${line} 行` : `line ${line}`;
}

/** What a budget's lines leave over or exceed: `20% unassigned` / `20% 未分配`, `5% too much` / `超出 5%`. */
export function budgetDifference(amount: string, short: boolean, locale: Locale): string {
    if (short) return zh(locale) ? `${amount} 未分配` : `${amount} unassigned`;
    return zh(locale) ? `超出 ${amount}` : `${amount} too much`;
}

/** Where a default owner can be set (the missing-owner hint). */
export function defaultOwnerHint(inPhase: boolean, locale: Locale, forms: SyntaxForms = syntaxForms('en')): string {
    const owner = forms.kw('owner');
    if (zh(locale)) return inPhase ? `在阶段或活动上设置默认 \`${owner}\`` : `在活动上设置默认 \`${owner}\``;
    return inPhase ? `set a default \`${owner}\` on the phase or the playbook` : `set a default \`${owner}\` on the playbook`;
}

/** The unit after a number of distinct users (a `unique` KPI): ` 人` in zh-CN, nothing in English. */
export function userUnit(locale: Locale): string {
    return zh(locale) ? ' 人' : '';
}

/** A calendar entry's summary after its type label: `物料截止：入群邀请语` / `Asset due: welcome text`. */
export function typedTitle(type: string, title: string, locale: Locale): string {
    return zh(locale) ? `${type}：${title}` : `${type.slice(0, 1).toUpperCase()}${type.slice(1)}: ${title}`;
}

/** A count with its word: `3 moved` / `移动 3`. */
export function countWithWord(count: number, word: string, locale: Locale): string {
    return zh(locale) ? `${word} ${count}` : `${count} ${word}`;
}

/** `playbook: internal error: …` / `playbook: 内部错误：…` (the CLI's last resort). */
export function internalErrorLine(message: string, locale: Locale): string {
    return zh(locale) ? `playbook: 内部错误: ${message}` : `playbook: internal error: ${message}`;
}

/** How a help text joins its parts: Chinese runs on, English puts a space between. */
export function joinHelpParts(parts: readonly string[], locale: Locale): string {
    return parts.join(zh(locale) ? '' : ' ');
}
