/**
 * `playbook init [<file>] --template NAME [--start DATE] [--keywords en|zh] [--locale …]`: a new playbook from one of
 * the templates of language/authoring/templates.ts, to stdout or to a new file (never overwritten:
 * the file is linked into place only if nothing has that name, else exit 2).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withHolidayCoverage } from '../../authoring/template-holidays.js';
import { type TemplateName, renderTemplate, templateDefaultStart, templateFirstDay } from '../../authoring/templates.js';
import { authoringMessage } from '../../messages/authoring.js';
import { createPlaybookCoreServices } from '../../playbook-module.js';
import { convertKeywords } from '../../syntax/format-text.js';
import { type CliIO, EXIT_OK, resolveLocale } from '../cli-context.js';
import { UsageError } from '../usage-error.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';

export interface InitOptions {
    template: TemplateName;
    start?: string;
    keywords?: 'en' | 'zh';
    locale?: string;
}

export async function runInit(file: string | undefined, options: InitOptions, io: CliIO): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const start = options.start ?? templateDefaultStart(options.template);
    const template = renderTemplate(options.template, { start, locale });
    if (template === undefined) throw new UsageError(authoringMessage('badDate', locale, options.start ?? ''));
    // A year the holiday data does not cover: `holidays none` and a comment (template-holidays.ts),
    // quoting the keywords the file is written with, as the notice does.
    const keywords = options.keywords ?? 'en';
    const { text: rendered, notice } = await withHolidayCoverage(template, locale, keywords);
    // The templates are written with English keywords; `--keywords zh` converts them (tested to parse).
    const text = keywords === 'zh' ? convertKeywords(createPlaybookCoreServices().Playbook, rendered, 'zh').text ?? rendered : rendered;
    // Said once the playbook exists: a refused file (exit 2) gets the refusal alone.
    const sayNotice = () => { if (notice) io.stderr.write(`playbook: ${notice}\n`); };
    if (file === undefined || file === '-') {
        sayNotice();
        io.stdout.write(text);
        return EXIT_OK;
    }
    await createExclusive(file, text, locale);
    sayNotice();
    io.stderr.write(`playbook: ${authoringMessage('created', locale, file, options.template, templateFirstDay(options.template, start))}\n`);
    return EXIT_OK;
}

/** Writes a complete file under a temporary name, then links it to `file`, which fails if `file` exists. */
async function createExclusive(file: string, text: string, locale: ReturnType<typeof resolveLocale>): Promise<void> {
    const exists = () => new UsageError(authoringMessage('exists', locale, file));
    try {
        await fs.lstat(file);
        throw exists();
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            if (error instanceof UsageError) throw error;
            throw new UsageError(authoringMessage('cannotWrite', locale, file, fileErrorReason(errorCode(error), 'write', locale)));
        }
    }
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const handle = await fs.open(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        } finally {
            await handle.close();
        }
        await fs.link(temp, file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw exists();
        throw new UsageError(authoringMessage('cannotWrite', locale, file, fileErrorReason(code, 'write', locale)));
    } finally {
        await fs.rm(temp, { force: true }).catch(() => undefined);
    }
}
