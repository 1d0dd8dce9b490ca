/**
 * Declares `playbook diff` and `playbook review` (REVIEW.md). Their implementation (diff.ts,
 * review.ts) loads only when one of them runs, like calendar / tracking (register-generators.ts).
 */
import { type Command, Option } from 'commander';
import type { CliIO } from '../cli-context.js';
import type { DiffOptions } from './diff.js';

const LOCALES = ['en', 'zh-CN', 'zh'];

export function registerReviewCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
    program.command('diff')
        .description('what changed between two versions of a playbook: schedule, metrics, tracking (breaking changes), budget')
        .argument('<old>', 'a .playbook file, or REV:PATH for the file at a git revision (imports read at the same revision)')
        .argument('<new>', 'a .playbook file, or REV:PATH')
        .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else md)').choices(['md', 'json']))
        .option('-o, --output <path>', 'write to this file atomically; "-" or none: stdout')
        .addOption(new Option('--locale <locale>', 'language of the Markdown and the messages').choices(LOCALES))
        .option('--fail-on-breaking', 'exit 1 when the tracking change is breaking (for CI)')
        .action(async (oldArg: string, newArg: string, options: DiffOptions) => {
            const { runDiff } = await import('./diff.js');
            setExit(await runDiff(oldArg, newArg, options, io));
        });
}
