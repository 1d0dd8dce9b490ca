/**
 * `--help` in the user's language: every description of the program, its commands, options and
 * arguments through the table of messages/cli.ts, and commander's section titles, choices,
 * defaults and placeholders (`[file]` → `[文件]`, `--format <格式>`), aligned by the columns a
 * terminal gives Chinese characters. (Commander's usage errors are translated where they are
 * written: main.ts.)
 */
import type { Argument, Command, Help, Option } from 'commander';
import { cliDescription, helpExtras, helpPlaceholders, helpTitle, terminalWidth } from '../messages/cli.js';
import type { Locale } from '../messages/locale.js';
import { joinHelpParts } from '../messages/fragments.js';

const HELP_FLAGS = '-h, --help';

function defaultText(value: unknown, description: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    return description ?? String(value);
}

export function localizeProgram(program: Command, locale: Locale): void {
    const config: Partial<Help> = {
        styleTitle: (title: string) => helpTitle(title, locale),
        styleOptionText: (text: string) => helpPlaceholders(text, locale),
        styleArgumentText: (text: string) => helpPlaceholders(text, locale),
        styleSubcommandText: (text: string) => helpPlaceholders(text, locale),
        displayWidth: (text: string) => terminalWidth(text),
        ...(locale === 'zh-CN' ? { boxWrap: (text: string, width: number) => wrapChinese(text, width) } : {}),
        optionDescription: (option: Option) => {
            const shown = option.required || option.optional ? defaultText(option.defaultValue, option.defaultValueDescription) : undefined;
            const extras = helpExtras(option.argChoices, shown, locale);
            return joinHelpParts([option.description, extras].filter(Boolean), locale);
        },
        argumentDescription: (argument: Argument) => {
            const extras = helpExtras(argument.argChoices, defaultText(argument.defaultValue, argument.defaultValueDescription), locale);
            return joinHelpParts([argument.description, extras].filter(Boolean), locale);
        },
    };
    const visit = (cmd: Command) => {
        cmd.description(cliDescription(cmd.description(), locale));
        cmd.helpOption(HELP_FLAGS, cliDescription('display help for command', locale));
        for (const option of cmd.options) option.description = cliDescription(option.description, locale);
        for (const argument of cmd.registeredArguments) argument.description = cliDescription(argument.description, locale);
        cmd.configureHelp(config);
        for (const sub of cmd.commands) visit(sub);
    };
    visit(program);
    program.helpCommand('help [command]', cliDescription('display help for command', locale));
}

/**
 * Commander wraps at spaces only, which Chinese text has few of: wrap also between Chinese
 * characters, never before closing punctuation nor after opening punctuation.
 */
export function wrapChinese(text: string, width: number): string {
    if (width < 40) return text;
    const chunk = /\s*(?:[（“「《]*[\u2e80-\u9fff\uff00-\uffef][，。）；：、」》”！？]*|[（“「《]*[^\s\u2e80-\u9fff\uff00-\uffef]+[，。）；：、」》”！？]*)/g;
    return text.split(/\r\n|\n/).map(line => {
        const lines: string[] = [];
        let current = '';
        for (const piece of line.match(chunk) ?? []) {
            if (current && terminalWidth(current + piece) > width) {
                lines.push(current);
                current = piece.trimStart();
            } else {
                current += piece;
            }
        }
        lines.push(current);
        return lines.join('\n');
    }).join('\n');
}
