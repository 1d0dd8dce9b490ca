/**
 * `--help` in the user's language: every description of the program, its commands, options and
 * arguments through the table of messages/cli.ts, and commander's section titles, choices and
 * defaults. (Commander's usage errors are translated where they are written: main.ts.)
 */
import type { Argument, Command, Help, Option } from 'commander';
import { cliDescription, helpExtras, helpTitle } from '../messages/cli.js';
import type { Locale } from '../messages/locale.js';

const HELP_FLAGS = '-h, --help';

function defaultText(value: unknown, description: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    return description ?? String(value);
}

export function localizeProgram(program: Command, locale: Locale): void {
    const config: Partial<Help> = {
        styleTitle: (title: string) => helpTitle(title, locale),
        optionDescription: (option: Option) => {
            const shown = option.required || option.optional ? defaultText(option.defaultValue, option.defaultValueDescription) : undefined;
            const extras = helpExtras(option.argChoices, shown, locale);
            return [option.description, extras].filter(Boolean).join(locale === 'zh-CN' ? '' : ' ');
        },
        argumentDescription: (argument: Argument) => {
            const extras = helpExtras(argument.argChoices, defaultText(argument.defaultValue, argument.defaultValueDescription), locale);
            return [argument.description, extras].filter(Boolean).join(locale === 'zh-CN' ? '' : ' ');
        },
    };
    const visit = (cmd: Command) => {
        cmd.description(cliDescription(cmd.description(), locale));
        cmd.helpOption(HELP_FLAGS, cliDescription('display help for command', locale));
        for (const option of cmd.options) option.description = cliDescription(option.description, locale);
        for (const argument of cmd.registeredArguments) argument.description = cliDescription(argument.description, locale);
        cmd.configureHelp(config);
        if (locale === 'zh-CN') cmd.usage(cmd.usage().replace('[options]', '[选项]').replace('[command]', '[命令]'));
        for (const sub of cmd.commands) visit(sub);
    };
    visit(program);
    program.helpCommand('help [command]', cliDescription('display help for command', locale));
}
