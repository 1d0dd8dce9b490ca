/**
 * `playbook calendar <file>` and `playbook tracking <file>`: load one playbook with its imports,
 * refuse to generate when it (or a library it imports) has errors, then write one output format
 * to stdout or, atomically, to `-o <path>`. The generators live in language/generators/.
 */
import { promises as fs } from 'node:fs';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { isModel } from '../../generated/ast.js';
import {
    BINARY_FORMATS, type CalendarFormat, DEFAULT_FORMAT, type OutputKind, type TrackingFormat, formatFromPath,
    trackingJson,
} from '../../generators/index.js';
import { writeFileAtomic, writeTarget } from '../../generators/write-atomic.js';
import type { Locale } from '../../messages/locale.js';
import type { PlaybookModel } from '../../model/playbook-model.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';
import { generatorMessage } from '../../messages/outputs.js';
import { blockingErrors as generationErrors, generateOutput, parseSourceDateEpoch } from '../../generators/generate.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { type FlatDiagnostic, flatten, formatText, sortDiagnostics } from '../reporters.js';
import { type LoadedWorkspace, UsageError, loadWorkspace } from '../workspace-loader.js';
import { writeStdout } from './stdout.js';
import { outputNameWarning, refusePlaybookOutput } from '../output-name.js';

export interface GenerateOptions {
    format?: string;
    output?: string;
    locale?: string;
}

export { registerGeneratorCommands } from './register-generators.js';

/** `SOURCE_DATE_EPOCH` as seconds (generators/generate.ts); undefined when unset or empty; a usage error when malformed. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv, locale: Locale): number | undefined {
    const epoch = parseSourceDateEpoch(env.SOURCE_DATE_EPOCH);
    if (epoch === 'invalid') throw new UsageError(generatorMessage('badEpoch', locale, env.SOURCE_DATE_EPOCH ?? ''));
    return epoch;
}

/** The errors that stop generating `document` (generators/generate.ts): its own and those of the files it imports. */
export function blockingErrors(ws: LoadedWorkspace, document: LangiumDocument, display: string): FlatDiagnostic[] {
    const out: FlatDiagnostic[] = [];
    for (const { document: doc, errors } of generationErrors(document, ws.services.shared.workspace.LangiumDocuments)) {
        const shown = doc === document ? display : (relative(process.cwd(), doc.uri.fsPath) || doc.uri.fsPath);
        for (const d of flatten(shown, errors)) out.push(d);
    }
    return out;
}

/**
 * The model to generate from: undefined after printing the errors that block it (its own and its
 * imports', sorted) and then `playbook: <hasErrors>`; a usage error when the file has no playbook.
 */
export function modelOrErrors(ws: LoadedWorkspace, document: LangiumDocument, display: string, io: CliIO, locale: Locale, hasErrors: string): PlaybookModel | undefined {
    const errors = blockingErrors(ws, document, display);
    if (errors.length) {
        sortDiagnostics(errors);
        io.stderr.write(formatText(errors, new Set(errors.map(e => e.file)).size, locale));
        io.stderr.write(`playbook: ${hasErrors}\n`);
        return undefined;
    }
    const root = document.parseResult.value;
    const model = isModel(root) && root.playbook ? ws.services.playbook.Models.getModel(document) : undefined;
    if (!model) throw new UsageError(generatorMessage('noPlaybook', locale, display));
    return model;
}

/**
 * `-o` onto the playbook itself or onto a file it imports (through any link or path spelling)
 * would replace the source with generated text: a usage error instead.
 */
export async function refuseSourceAsOutput(ws: LoadedWorkspace, output: string, locale: Locale): Promise<void> {
    let out;
    try {
        out = await fs.stat(await writeTarget(output));
    } catch {
        return; // no such file yet: it cannot be a source
    }
    for (const doc of ws.services.shared.workspace.LangiumDocuments.all) {
        if (doc.uri.scheme !== 'file') continue;
        const source = await fs.stat(doc.uri.fsPath).catch(() => undefined);
        if (source && source.dev === out.dev && source.ino === out.ino) {
            const shown = relative(process.cwd(), doc.uri.fsPath) || doc.uri.fsPath;
            throw new UsageError(generatorMessage('outputIsSource', locale, output, shown));
        }
    }
}

export async function runGenerate(kind: OutputKind, file: string, options: GenerateOptions, io: CliIO): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const toStdout = options.output === undefined || options.output === '-';
    const format = options.format ?? (toStdout ? undefined : formatFromPath(kind, options.output!)) ?? DEFAULT_FORMAT[kind];
    if (BINARY_FORMATS.includes(format) && toStdout) throw new UsageError(generatorMessage('xlsxNeedsOutput', locale));
    if (!toStdout) refusePlaybookOutput(options.output!, locale);
    const epoch = sourceDateEpoch(io.env, locale);

    let stat;
    try {
        stat = await fs.stat(file);
    } catch (error) {
        throw new UsageError(generatorMessage('cannotReadBecause', locale, file, fileErrorReason(errorCode(error), 'read', locale)));
    }
    if (stat.isDirectory()) throw new UsageError(generatorMessage('isDirectory', locale, file, kind));

    const ws = await loadWorkspace([file], { locale });
    const { document, display } = ws.files[0];
    const root = document.parseResult.value;
    if (isModel(root) && root.library && !root.playbook) throw new UsageError(generatorMessage('isLibrary', locale, display, kind));

    if (!toStdout) await refuseSourceAsOutput(ws, options.output!, locale);

    const model = modelOrErrors(ws, document, display, io, locale, generatorMessage('hasErrors', locale, display));
    if (!model) return EXIT_INVALID;

    const bytes = await generateOutput(model, kind, format as CalendarFormat | TrackingFormat, { locale, sourceDateEpoch: epoch });

    if (toStdout) {
        await writeStdout(io.stdout, bytes);
        return EXIT_OK;
    }
    try {
        await writeFileAtomic(options.output!, bytes);
    } catch (error) {
        throw new UsageError(generatorMessage('cannotWrite', locale, options.output!, fileErrorReason(errorCode(error), 'write', locale)));
    }
    const summary = kind === 'calendar'
        ? generatorMessage('eventsCount', locale, model.events.length)
        : generatorMessage('trackingCount', locale, trackingJson(model).events.length, model.own.kpis.length);
    io.stderr.write(`playbook: ${generatorMessage('wrote', locale, options.output!, summary)}\n`);
    io.stderr.write(outputNameWarning(options.output!, format, options.format !== undefined, locale) ?? '');
    return EXIT_OK;
}
