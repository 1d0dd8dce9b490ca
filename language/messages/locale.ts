/** The two languages of every message, hover, column title and keyword help. */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** `zh`, `zh-cn`, `zh_CN.UTF-8`, `zh-Hans` → zh-CN; anything else (or nothing) → en. */
export function normalizeLocale(input: string | undefined | null): Locale {
    if (!input) return 'en';
    return /^zh\b|^zh[-_]/i.test(input.trim()) ? 'zh-CN' : 'en';
}

/** The locale of a process environment, as the CLI reads it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
    const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
    return normalizeLocale(value);
}

/** A text in both languages. */
export type Localized = Readonly<Record<Locale, string>>;

export function pick(text: Localized, locale: Locale): string {
    return text[locale] ?? text.en;
}
