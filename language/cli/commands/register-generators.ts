/**
 * Declares `playbook calendar` and `playbook tracking`. Kept apart from their implementation
 * (generators.ts), which is loaded only when one of them runs: `playbook --version` and `--help`
 * must not load the language or the generators.
 */
import { type Command, Option } from 'commander';
import { CALENDAR_FORMATS, DEFAULT_FORMAT, type OutputKind, TRACKING_FORMATS } from '../../generators/formats.js';
import type { CliIO } from '../cli-context.js';
import type { GenerateOptions } from './generators.js';
import type { BuildOptions } from './build.js';

export function registerGeneratorCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
    const add = (kind: OutputKind, formats: readonly string[], description: string) => {
        program.command(kind)
            .description(description)
            .argument('<file>', 'a .playbook file holding a playbook (libraries are read through its imports)')
            .addOption(new Option('--format <format>', `output format (default: from the -o extension, else ${DEFAULT_FORMAT[kind]})`).choices([...formats]))
            .option('-o, --output <path>', 'write to this file atomically; "-" or none: stdout')
            .addOption(new Option('--locale <locale>', 'language of column titles, labels and messages').choices(['en', 'zh-CN', 'zh']))
            .action(async (file: string, options: GenerateOptions) => {
                const { runGenerate } = await import('./generators.js');
                setExit(await runGenerate(kind, file, options, io));
            });
    };
    add('calendar', CALENDAR_FORMATS, 'generate the SOP calendar: ics, csv, md, json or xlsx');
    add('tracking', TRACKING_FORMATS, 'generate the tracking spec (埋点方案): json, jsonschema, md, csv or xlsx');

    program.command('build')
        .description('write every requested output of every playbook in one run (for pipelines)')
        .argument('<paths...>', 'playbook files or directories (every *.playbook below them; libraries are read through imports)')
        .option('-o, --output <dir>', 'output folder (created if missing); files are written atomically')
        .option('--calendar <formats>', `calendar formats, comma-separated: ${CALENDAR_FORMATS.join(', ')}`)
        .option('--tracking <formats>', `tracking formats, comma-separated: ${TRACKING_FORMATS.join(', ')}`)
        .addOption(new Option('--locale <locale>', 'language of column titles, labels and messages').choices(['en', 'zh-CN', 'zh']))
        .action(async (paths: string[], options: BuildOptions) => {
            const { runBuild } = await import('./build.js');
            setExit(await runBuild(paths, options, io));
        });
}
