import { type Locale, normalizeLocale } from '../messages/locale.js';

/** The language messages are produced in: the client's `locale` in the server, `--locale`/LANG in the CLI. */
export class LocaleService {
    private current: Locale = 'en';

    get locale(): Locale {
        return this.current;
    }

    set(locale: string | undefined | null): void {
        this.current = normalizeLocale(locale);
    }
}
