/** What every CLI command gets: the locale, output streams, and the exit-code convention. */
import { type Locale, localeFromEnv, normalizeLocale } from '../messages/locale.js';

export const EXIT_OK = 0;
/** The playbook has errors (or warnings under --strict): nothing generated. */
export const EXIT_INVALID = 1;
/** Usage error, unreadable file, unknown format. */
export const EXIT_USAGE = 2;

export interface CliIO {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream & { isTTY?: boolean };
    env: NodeJS.ProcessEnv;
}

export function resolveLocale(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
    return option ? normalizeLocale(option) : localeFromEnv(env);
}

export function defaultIO(): CliIO {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
