/**
 * `playbook review <file> --actuals <events.csv>`: the campaign review against tracked actuals.
 * Exit 0 when the report is written (whatever the results); 1 the playbook has errors; 2 usage
 * errors (the actuals file missing, of another encoding or delimiter, without its columns).
 */
import { promises as fs } from 'node:fs';
import { jsonBytes } from '../../generators/common.js';
import { writeFileAtomic } from '../../generators/write-atomic.js';
import type { Locale } from '../../messages/locale.js';
import { generatorMessage } from '../../messages/outputs.js';
import { reviewMessage } from '../../messages/review.js';
import { parseLocalDate } from '../../model/dates.js';
import { type ActualsHeader, ActualsError, actualsMessage, readHeader } from '../../review/actuals.js';
import { computeReview } from '../../review/review-compute.js';
import { endsEarly, noPlannedEvent, reviewMarkdown } from '../../review/review-md.js';
import { reviewXlsx } from '../../review/review-xlsx.js';
import { isModel } from '../../generated/ast.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { UsageError, loadWorkspace } from '../workspace-loader.js';
import { modelOrErrors, refuseSourceAsOutput } from './generators.js';
import { writeStdout } from './stdout.js';
import { outputNameWarning, refusePlaybookOutput, sameFile } from '../output-name.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';

export interface ReviewOptions {
    actuals: string;
    format?: string;
    output?: string;
    asOf?: string;
    locale?: string;
}

export async function openActuals(file: string, locale: Locale): Promise<ActualsHeader> {
    try {
        return await readHeader(file);
    } catch (error) {
        if (error instanceof ActualsError) throw new UsageError(actualsMessage(error, file, locale));
        throw error;
    }
}

export async function runReview(file: string, options: ReviewOptions, io: CliIO): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const toStdout = options.output === undefined || options.output === '-';
    const format = options.format ?? (!toStdout && /\.(json|xlsx)$/i.test(options.output!) ? options.output!.slice(-4).toLowerCase().replace('.', '') : 'md');
    if (format === 'xlsx' && toStdout) throw new UsageError(reviewMessage('xlsxNeedsOutput', locale));
    if (!toStdout) {
        refusePlaybookOutput(options.output!, locale);
        if (await sameFile(options.output!, options.actuals)) throw new UsageError(generatorMessage('outputIsActuals', locale, options.output!, options.actuals));
    }
    let asOf: string | undefined;
    if (options.asOf !== undefined) {
        asOf = parseLocalDate(options.asOf.trim());
        if (!asOf) throw new UsageError(reviewMessage('badAsOf', locale, options.asOf));
    }

    try {
        if (!(await fs.stat(file)).isFile()) throw new Error('not a file');
    } catch {
        throw new UsageError(generatorMessage('cannotRead', locale, file));
    }
    const header = await openActuals(options.actuals, locale);

    const ws = await loadWorkspace([file], { locale });
    const { document, display } = ws.files[0];
    const root = document.parseResult.value;
    if (isModel(root) && root.library && !root.playbook) throw new UsageError(generatorMessage('isLibrary', locale, display, 'review'));
    // The same documents and errors that block generating (generators/generate.ts).
    // Never onto the playbook or a file it imports (any name or link to them), as calendar and tracking.
    if (!toStdout) await refuseSourceAsOutput(ws, options.output!, locale);
    const model = modelOrErrors(ws, document, display, io, locale, reviewMessage('reviewHasErrors', locale, display));
    if (!model) return EXIT_INVALID;

    let review;
    try {
        review = await computeReview(model, options.actuals, header, asOf);
    } catch (error) {
        throw new UsageError(reviewMessage('actualsUnreadable', locale, options.actuals, fileErrorReason(errorCode(error), 'read', locale)));
    }
    if (noPlannedEvent(review)) {
        const names = review.tracking.unplanned.map(u => u.event);
        io.stderr.write(`playbook: ${reviewMessage('anotherPlaybook', locale, names.length, options.actuals, model.name, names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : ''))}\n`);
    }
    const unreadable = review.tracking.unreadable;
    if (unreadable.length) {
        const first = unreadable[0].lines[0]; // sorted by first line
        io.stderr.write(`playbook: ${reviewMessage('unreadableRows', locale, review.rows.unreadable, first)}\n`);
    }
    const early = endsEarly(review);
    if (review.rows.read === 0) io.stderr.write(`playbook: ${reviewMessage('noRows', locale, options.actuals)}\n`);
    else if (early) io.stderr.write(`playbook: ${reviewMessage('endsEarly', locale, options.actuals, early.last, early.lastDay)}\n`);

    const bytes = format === 'json' ? jsonBytes(review) : format === 'xlsx' ? await reviewXlsx(review, locale, model.start) : reviewMarkdown(review, locale);
    if (toStdout) {
        await writeStdout(io.stdout, bytes);
        return EXIT_OK;
    }
    try {
        await writeFileAtomic(options.output!, bytes);
    } catch (error) {
        throw new UsageError(reviewMessage('cannotWrite', locale, options.output!, fileErrorReason(errorCode(error), 'write', locale)));
    }
    io.stderr.write(`playbook: ${reviewMessage('wroteReview', locale, options.output!, review.rows.read)}\n`);
    io.stderr.write(outputNameWarning(options.output!, format, options.format !== undefined, locale) ?? '');
    return EXIT_OK;
}
