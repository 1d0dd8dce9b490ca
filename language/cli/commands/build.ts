/**
 * `playbook build <file|dir>... -o <dir> [--calendar ics,xlsx] [--tracking jsonschema,md]`: every
 * requested output of every playbook in one process (pipelines spawned the CLI four times per
 * playbook before). Libraries are read through the imports of the playbooks, not built. A playbook
 * with errors (its own or an imported library's) is refused with its errors and nothing of it is
 * written; the others are still built; exit 1 when any was refused. Every file is written
 * atomically; names: `<name>.<ext>` and `<name>.tracking.<ext>`, `<name>` the file's path below the
 * directory given (its base name for a file given), without `.playbook`.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { isModel } from '../../generated/ast.js';
import {
    CALENDAR_FORMATS, type CalendarFormat, DEFAULT_FORMAT, type OutputKind, TRACKING_FORMATS, type TrackingFormat, fileExtension,
} from '../../generators/index.js';
import { generateOutput } from '../../generators/generate.js';
import { writeFileAtomic } from '../../generators/write-atomic.js';
import type { Locale } from '../../messages/locale.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';
import { buildMessage, generatorMessage } from '../../messages/outputs.js';
import { createPlaybookCoreServices } from '../../playbook-module.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { formatText, sortDiagnostics } from '../reporters.js';
import { UsageError, listFiles, loadWorkspace } from '../workspace-loader.js';
import { blockingErrors, sourceDateEpoch } from './generators.js';

export interface BuildOptions {
    output?: string;
    calendar?: string;
    tracking?: string;
    locale?: string;
}

/** Files are built in batches of this many, each a fresh workspace (as validate does), to bound memory. */
const BATCH = 100;

function formatList(kind: OutputKind, value: string | undefined, allowed: readonly string[], locale: Locale): string[] {
    if (value === undefined) return [];
    const list = value.split(',').map(s => s.trim()).filter(Boolean);
    for (const f of list) {
        if (!allowed.includes(f)) throw new UsageError(buildMessage('badFormat', locale, f, `--${kind}`, allowed.join(', ')));
    }
    return [...new Set(list)];
}

/** `campaigns/a/x.playbook` given as `campaigns/` → `a/x`; a file given → its base name. */
async function outputNames(args: readonly string[], locale: Locale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const arg of args) {
        let isDir = false;
        try {
            isDir = (await fs.stat(arg)).isDirectory();
        } catch (error) {
            throw new UsageError(generatorMessage('cannotReadBecause', locale, arg, fileErrorReason(errorCode(error), 'read', locale)));
        }
        for (const display of await listFiles([arg], locale)) {
            if (names.has(display)) continue;
            const rel = isDir ? relative(arg, display) : basename(display);
            names.set(display, rel.replace(/\.playbook$/i, '').split(sep).join('/'));
        }
    }
    return names;
}

export async function runBuild(paths: readonly string[], options: BuildOptions, io: CliIO): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    if (!options.output || options.output === '-') throw new UsageError(buildMessage('needsOutput', locale));
    let calendar = formatList('calendar', options.calendar, CALENDAR_FORMATS, locale) as CalendarFormat[];
    let tracking = formatList('tracking', options.tracking, TRACKING_FORMATS, locale) as TrackingFormat[];
    if (options.calendar === undefined && options.tracking === undefined) {
        calendar = [DEFAULT_FORMAT.calendar as CalendarFormat];
        tracking = [DEFAULT_FORMAT.tracking as TrackingFormat];
    }
    const epoch = sourceDateEpoch(io.env, locale);
    const names = await outputNames(paths, locale);
    const taken = new Map<string, string>();
    for (const [display, name] of names) {
        const other = taken.get(name.toLowerCase());
        if (other) throw new UsageError(buildMessage('sameName', locale, other, display, name));
        taken.set(name.toLowerCase(), display);
    }
    const outDir = options.output;
    try {
        await fs.mkdir(outDir, { recursive: true });
    } catch (error) {
        throw new UsageError(generatorMessage('cannotWrite', locale, outDir, fileErrorReason(errorCode(error), 'write', locale)));
    }

    const services = createPlaybookCoreServices(NodeFileSystem);
    const files = [...names.keys()];
    let built = 0, written = 0, libraries = 0;
    const refused: string[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
        const ws = await loadWorkspace(files.slice(i, i + BATCH), { locale, services: { shared: services.shared, Playbook: services.Playbook } });
        try {
            for (const { document, display } of ws.files) {
                const root = document.parseResult.value;
                if (isModel(root) && root.library && !root.playbook) {
                    libraries++;
                    continue;
                }
                const errors = blockingErrors(ws, document, display);
                const model = errors.length === 0 && isModel(root) && root.playbook ? ws.services.playbook.Models.getModel(document) : undefined;
                if (!model) {
                    if (errors.length) {
                        sortDiagnostics(errors);
                        io.stderr.write(formatText(errors, new Set(errors.map(e => e.file)).size, locale));
                    }
                    io.stderr.write(`playbook: ${errors.length ? generatorMessage('hasErrors', locale, display) : generatorMessage('noPlaybook', locale, display)}\n`);
                    refused.push(display);
                    continue;
                }
                const name = names.get(display)!;
                // The one generation path of the CLI and the server (generators/generate.ts).
                const outputs: { path: string; bytes: Promise<Uint8Array> }[] = [
                    ...calendar.map(f => ({ path: join(outDir, `${name}.${fileExtension('calendar', f)}`), bytes: generateOutput(model, 'calendar', f, { locale, sourceDateEpoch: epoch }) })),
                    ...tracking.map(f => ({ path: join(outDir, `${name}.tracking.${fileExtension('tracking', f)}`), bytes: generateOutput(model, 'tracking', f, { locale, sourceDateEpoch: epoch }) })),
                ];
                for (const out of outputs) {
                    try {
                        await fs.mkdir(dirname(out.path), { recursive: true });
                        await writeFileAtomic(out.path, await out.bytes);
                    } catch (error) {
                        throw new UsageError(generatorMessage('cannotWrite', locale, out.path, fileErrorReason(errorCode(error), 'write', locale)));
                    }
                    written++;
                }
                built++;
            }
        } finally {
            ws.release();
        }
    }
    io.stderr.write(`playbook: ${buildMessage('summary', locale, written, built, outDir)}`);
    if (libraries) io.stderr.write(buildMessage('librariesSkipped', locale, libraries));
    io.stderr.write('\n');
    if (refused.length) {
        io.stderr.write(`playbook: ${buildMessage('refused', locale, refused.length, refused.join(', '))}\n`);
        return EXIT_INVALID;
    }
    return EXIT_OK;
}
