/**
 * `playbook` — the command line: validate playbooks, generate the SOP calendar and the tracking spec.
 * Exit status: 0 success, 1 the playbook has errors, 2 usage error or unreadable input.
 */
import { printable } from '../messages/printable.js';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { type CliIO, EXIT_USAGE, defaultIO } from './cli-context.js';
// Only light modules here: the language and the generators load when a command runs (start-up time).
import { isUsageError } from './usage-error.js';
import { registerGeneratorCommands } from './commands/register-generators.js';
import { registerAuthoringCommands } from './commands/register-authoring.js';
import { registerReviewCommands } from './commands/register-review.js';
import { CN_HOLIDAY_DATA, yearsText } from '../model/holiday-data.js';
import { holidayDataLine } from '../messages/calendar.js';
import { type Locale, localeFromEnv, normalizeLocale } from '../messages/locale.js';
import { commanderError, helpHint } from '../messages/cli.js';
import { localizeProgram } from './localize.js';
import { internalErrorLine } from '../messages/fragments.js';

/** `0.1.0` and the years of the holiday data this version carries (the coverage check reads the same data), in the command line's locale. */
export function versionText(locale: Locale): string {
    const data = CN_HOLIDAY_DATA;
    return `${pkg.version}\n${holidayDataLine(data.source, data.version, yearsText(data), locale)}`;
}

/** The locale of a command line: its `--locale` (anywhere, so `--help` follows it too), else the environment. */
export function localeOfArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--locale' && argv[i + 1] !== undefined) return normalizeLocale(argv[i + 1]);
        if (argv[i].startsWith('--locale=')) return normalizeLocale(argv[i].slice('--locale='.length));
    }
    return localeFromEnv(env);
}

export function createProgram(io: CliIO, setExit: (code: number) => void, locale: Locale = localeFromEnv(io.env)): Command {
    const program = new Command('playbook')
        .description('Campaign playbooks (私域运营活动) as code: validate, and generate the SOP calendar and the tracking spec.')
        .version(versionText(locale), '-v, --version')
        .showHelpAfterError(helpHint(locale))
        .exitOverride()
        .configureOutput({
            writeOut: s => io.stdout.write(s),
            writeErr: s => io.stderr.write(s),
            // Arguments echoed in commander's errors: control characters escaped, line by line.
            outputError: (s, write) => write(commanderError(s, locale).split('\n').map(printable).join('\n')),
        });

    program.command('validate')
        .description('check playbooks and libraries; directories mean every *.playbook below them')
        .argument('<paths...>', 'files or directories')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('--strict', 'treat warnings as errors (exit 1)')
        .addOption(new Option('--locale <locale>', 'message language').choices(['en', 'zh-CN', 'zh']))
        .action(async (paths: string[], options) => {
            const { runValidate } = await import('./commands/validate.js');
            setExit(await runValidate(paths, options, io, pkg.version));
        });

    registerGeneratorCommands(program, io, setExit);
    registerAuthoringCommands(program, io, setExit);
    registerReviewCommands(program, io, setExit);
    localizeProgram(program, locale);
    return program;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
    let exitCode = 0;
    const locale = localeOfArgs(argv, io.env);
    const program = createProgram(io, code => { exitCode = code; }, locale);
    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
            return error.exitCode === 0 ? 0 : EXIT_USAGE;
        }
        if (isUsageError(error)) {
            io.stderr.write(`playbook: ${error.message}\n`);
            return EXIT_USAGE;
        }
        const message = printable(error instanceof Error ? error.message : String(error));
        io.stderr.write(`${internalErrorLine(message, locale)}\n`);
        if (io.env.PLAYBOOK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
        return 70;
    }
    return exitCode;
}
