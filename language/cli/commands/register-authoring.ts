/**
 * Declares `playbook fmt` and `playbook init`. Their implementation (fmt.ts, init.ts) loads only
 * when one of them runs, so `playbook --version` and `--help` stay quick.
 */
import { type Command, Option } from 'commander';
import type { CliIO } from '../cli-context.js';
import type { FmtOptions } from './fmt.js';
import type { InitOptions } from './init.js';
import { TEMPLATE_NAMES } from '../../authoring/template-names.js';

export function registerAuthoringCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
    program.command('fmt')
        .description('format playbooks in the one canonical layout (the editor\'s formatter); directories mean every *.playbook below them')
        .argument('<paths...>', 'files or directories')
        .option('--check', 'write nothing; exit 1 listing the files that would change (for CI)')
        .option('--write', 'rewrite the files in place (atomically)')
        .addOption(new Option('--keywords <language>', 'also rewrite every keyword and kind value in English or Chinese').choices(['en', 'zh']))
        .addOption(new Option('--locale <locale>', 'message language').choices(['en', 'zh-CN', 'zh']))
        .action(async (paths: string[], options: FmtOptions) => {
            const { runFmt } = await import('./fmt.js');
            setExit(await runFmt(paths, options, io));
        });

    program.command('init')
        .description('write a new playbook from a template (stdout, or a new file: never overwrites)')
        .argument('[file]', 'the new .playbook file; none or "-": stdout')
        .addOption(new Option('--template <name>', 'which campaign').choices([...TEMPLATE_NAMES]).makeOptionMandatory())
        .option('--start <date>', 'first day, YYYY-MM-DD (default: next Monday)')
        .addOption(new Option('--keywords <language>', 'write the keywords in English or Chinese').choices(['en', 'zh']).default('en'))
        .addOption(new Option('--locale <locale>', 'language of the comments and messages').choices(['en', 'zh-CN', 'zh']))
        .action(async (file: string | undefined, options: InitOptions) => {
            const { runInit } = await import('./init.js');
            setExit(await runInit(file, options, io));
        });
}
