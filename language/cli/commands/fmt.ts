/**
 * `playbook fmt <file|dir>… [--keywords en|zh] [--check] [--write]`: the editor's formatter
 * (language/syntax/layout.ts) from the command line; `--keywords` also rewrites every keyword and
 * kind value into one language (language/syntax/keyword-conversion.ts).
 *
 * - one file, neither flag: the formatted text on stdout;
 * - `--write`: every file that changes is rewritten atomically;
 * - `--check`: nothing is written; exit 1 listing (on stdout) the files that would change;
 * - a file with syntax errors is never changed: its errors go to stderr and the exit status is 1.
 * Exit 2 on usage errors (several files to stdout, --check with --write, an unreadable path).
 */
import { printable } from '../../messages/printable.js';
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../../generators/write-atomic.js';
import { authoringMessage } from '../../messages/authoring.js';
import type { Locale } from '../../messages/locale.js';
import { createPlaybookCoreServices, type PlaybookCoreServices } from '../../playbook-module.js';
import { layoutText } from '../../syntax/format-text.js';
import { type KeywordLanguage, keywordEdits } from '../../syntax/keyword-conversion.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { UsageError } from '../usage-error.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';

export interface FmtOptions {
    check?: boolean;
    write?: boolean;
    keywords?: KeywordLanguage;
    locale?: string;
}

/** The files `paths` name: a file as given, a directory as every `*.playbook` below it (sorted). */
async function collectFiles(paths: readonly string[], locale: Locale): Promise<string[]> {
    const out: string[] = [];
    for (const path of paths) {
        let stat;
        try {
            stat = await fs.stat(path);
        } catch (error) {
            throw new UsageError(authoringMessage('cannotRead', locale, path, fileErrorReason(errorCode(error), 'read', locale)));
        }
        if (!stat.isDirectory()) {
            out.push(path);
            continue;
        }
        const entries = await fs.readdir(path, { recursive: true, withFileTypes: true });
        const found = entries
            .filter(e => e.isFile() && e.name.endsWith('.playbook'))
            .map(e => join(path, relative(path, join(e.parentPath, e.name))))
            .sort();
        if (!found.length) throw new UsageError(authoringMessage('noFiles', locale, path));
        for (const f of found) out.push(f);
    }
    return [...new Set(out)];
}

/** Strict UTF-8 that keeps a byte-order mark (the formatter keeps it too). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function runFmt(paths: string[], options: FmtOptions, io: CliIO): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    if (options.check && options.write) throw new UsageError(authoringMessage('checkAndWrite', locale));
    const files = await collectFiles(paths, locale);
    const toStdout = !options.check && !options.write;
    if (toStdout && files.length !== 1) throw new UsageError(authoringMessage('severalToStdout', locale));

    const services: PlaybookCoreServices = createPlaybookCoreServices().Playbook;
    services.playbook.Locale.set(locale);
    let failed = false;
    const changed: string[] = [];
    for (const file of files) {
        let bytes: Buffer;
        try {
            bytes = await fs.readFile(file);
        } catch (error) {
            throw new UsageError(authoringMessage('cannotRead', locale, file, fileErrorReason(errorCode(error), 'read', locale)));
        }
        let text: string;
        try {
            text = UTF8.decode(bytes);
        } catch {
            io.stderr.write(`playbook: ${authoringMessage('notUtf8', locale, file)}\n`);
            failed = true;
            continue;
        }
        const source = text;
        const to = options.keywords;
        const result = layoutText(services, source, to ? root => keywordEdits(root, to) : undefined);
        if (result.errors) {
            for (const e of result.errors) io.stderr.write(`${printable(file)}:${e.line}:${e.column} error ${printable(e.message)} [parsing-error]\n`);
            io.stderr.write(`playbook: ${authoringMessage('syntaxErrors', locale, file)}\n`);
            failed = true;
            continue;
        }
        if (toStdout) {
            io.stdout.write(result.text);
            continue;
        }
        if (result.text === source) continue;
        changed.push(file);
        if (options.write) {
            try {
                await writeFileAtomic(file, Buffer.from(result.text, 'utf8'));
            } catch (error) {
                io.stderr.write(`playbook: ${authoringMessage('cannotWrite', locale, file, fileErrorReason(errorCode(error), 'write', locale))}\n`);
                failed = true;
            }
        }
    }
    if (options.check) {
        for (const file of changed) io.stdout.write(`${printable(file)}\n`);
        if (changed.length) io.stderr.write(`playbook: ${authoringMessage('wouldChange', locale, changed.length, files.length)}\n`);
        else if (!failed) io.stderr.write(`playbook: ${authoringMessage('allFormatted', locale, files.length)}\n`);
        return failed || changed.length ? EXIT_INVALID : EXIT_OK;
    }
    if (options.write) io.stderr.write(`playbook: ${authoringMessage('rewrote', locale, changed.length, files.length)}\n`);
    return failed ? EXIT_INVALID : EXIT_OK;
}

