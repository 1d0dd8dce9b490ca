/** Syntax-error and unresolved-reference messages in both languages. */
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

export function tokenLabel(tokenName: string, locale: Locale): string {
    if (tokenName.endsWith(':KW')) return `'${tokenName.slice(0, -3)}'`;
    return TOKEN_LABELS[tokenName]?.[locale] ?? tokenName;
}

export function mismatchMessage(expected: string, found: string, locale: Locale): string {
    return locale === 'zh-CN' ? `此处应为${expected}，但遇到了 \`${found}\`。` : `Expected ${expected} but found \`${found}\`.`;
}

export function noViableAltMessage(found: string, locale: Locale): string {
    return locale === 'zh-CN' ? `无法理解 \`${found}\`：此处不能写这个内容。` : `Unexpected \`${found}\` here.`;
}

export function endOfFileMessage(found: string, locale: Locale): string {
    return locale === 'zh-CN' ? `文件应在此结束，但遇到了 \`${found}\`：一个文件只能有一个 playbook 或 library。` : `Expected the end of the file but found \`${found}\`: a file holds one playbook or one library.`;
}

export function lexingMessage(text: string, locale: Locale): string {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    const printable = shown.replace(/[\u0000-\u001f\u007f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return locale === 'zh-CN' ? `无法识别的字符 \`${printable}\`。` : `Unexpected character \`${printable}\`.`;
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
