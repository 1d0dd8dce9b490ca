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

const quiet = new WeakSet<object>();

/**
 * A reader that goes away early (`playbook validate … | head -1`) closes the pipe: the rest of
 * the output is dropped quietly (EPIPE, then writes to the destroyed stream) instead of an
 * unhandled 'error' event with a stack trace. The exit status stays that of the run.
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream): void {
    if (quiet.has(stream)) return;
    quiet.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
        throw error;
    });
}

export function defaultIO(): CliIO {
    quietOnClosedPipe(process.stdout);
    quietOnClosedPipe(process.stderr);
    return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
