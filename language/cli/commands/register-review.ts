/**
 * Declares `playbook diff` and `playbook review` (REVIEW.md). Their implementation (diff.ts,
 * review.ts) loads only when one of them runs, like calendar / tracking (register-generators.ts).
 */
import { type Command, Option } from 'commander';
import { startVersionWorker } from '../../review/parallel-load.js';
import type { CliIO } from '../cli-context.js';
import type { DiffOptions } from './diff.js';
import type { ReviewOptions } from './review.js';

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
            // A big diff's worker thread starts now, while this thread loads the diff's code.
            const early = startVersionWorker([oldArg, newArg]);
            try {
                const { runDiff } = await import('./diff.js');
                setExit(await runDiff(oldArg, newArg, options, io, early));
            } finally {
                early?.stop();
            }
        });

    program.command('review')
        .description('the campaign review (复盘): KPIs, checkpoints, goals and tracking quality against tracked actuals')
        .argument('<file>', 'a .playbook file holding a playbook')
        .requiredOption('--actuals <events.csv>', 'the event-level export: CSV with event, time, user and property columns')
        .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else md)').choices(['md', 'json', 'xlsx']))
        .option('-o, --output <path>', 'write to this file atomically; "-" or none: stdout')
        .option('--as-of <date>', 'count up to the end of this day (YYYY-MM-DD); later checkpoints are pending')
        .addOption(new Option('--locale <locale>', 'language of the report and the messages').choices(LOCALES))
        .action(async (file: string, options: ReviewOptions) => {
            const { runReview } = await import('./review.js');
            setExit(await runReview(file, options, io));
        });
}
