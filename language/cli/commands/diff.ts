/**
 * `playbook diff <old> <new>`: each side a playbook file or `REV:PATH` (git). Exit 0 with the
 * diff; 1 when a version has errors (printed, no diff) or, with --fail-on-breaking, when the
 * tracking change is breaking; 2 on usage errors (unknown revision, no such file).
 */
import { existsSync, promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import { jsonBytes } from '../../generators/common.js';
import { writeFileAtomic } from '../../generators/write-atomic.js';
import type { Locale } from '../../messages/locale.js';
import { reviewMessage } from '../../messages/review.js';
import { type DiffJson, diffSnapshots } from '../../review/diff.js';
import { diffMarkdown, summaryLine } from '../../review/diff-md.js';
import { GitError, GitRevision, parseRevisionArg } from '../../review/git.js';
import type { Snapshot } from '../../review/snapshot.js';
import { type VersionSource, VersionLoader } from '../../review/versions.js';
import { type VersionWorker, loadBoth } from '../../review/parallel-load.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, resolveLocale } from '../cli-context.js';
import { type FlatDiagnostic, flatten, formatText, sortDiagnostics } from '../reporters.js';
import { UsageError } from '../usage-error.js';
import { writeStdout } from './stdout.js';
import { errorCode, fileErrorReason } from '../../messages/cli.js';

export interface DiffOptions {
    format?: string;
    output?: string;
    locale?: string;
    failOnBreaking?: boolean;
}

export const DIFF_FORMATS = ['md', 'json'] as const;

interface Side {
    arg: string;
    source: VersionSource;
    /** Length of the playbook's text (the file's size on disk), when known. */
    size?: number;
    /** How a file of this version is shown: `HEAD~1:path` or the path. */
    show(path: string): string;
}

function gitUsageError(error: unknown, arg: string, revision: string, path: string, locale: Locale): never {
    if (!(error instanceof GitError)) throw error;
    switch (error.reason) {
        case 'no-git': throw new UsageError(reviewMessage('noGit', locale, arg));
        case 'not-a-repository': throw new UsageError(reviewMessage('notARepository', locale, arg, process.cwd()));
        case 'unknown-revision': throw new UsageError(reviewMessage('unknownRevision', locale, revision));
        case 'not-a-file': throw new UsageError(reviewMessage('notAFile', locale, path, revision));
        default: throw new UsageError(reviewMessage('noSuchPath', locale, path, revision));
    }
}

/** Resolves a command-line argument to a version; usage errors for what is not there. */
export async function resolveSide(arg: string, locale: Locale, revisions: Map<string, Promise<GitRevision>>): Promise<Side> {
    const spec = parseRevisionArg(arg, existsSync);
    if (!spec) {
        let stat;
        try {
            stat = await fs.stat(arg);
        } catch {
            throw new UsageError(reviewMessage('cannotRead', locale, arg));
        }
        if (stat.isDirectory()) throw new UsageError(reviewMessage('isFolder', locale, arg));
        if (!stat.isFile()) throw new UsageError(reviewMessage('cannotRead', locale, arg));
        const path = resolve(arg);
        return { arg, source: { path }, size: stat.size, show: p => (p === path ? arg : relative(process.cwd(), p) || p) };
    }
    const { revision, path: rel } = spec;
    let opened = revisions.get(revision);
    if (!opened) revisions.set(revision, opened = GitRevision.open(process.cwd(), revision));
    let git: GitRevision;
    try {
        git = await opened;
    } catch (error) {
        gitUsageError(error, arg, revision, rel, locale);
    }
    const path = resolve(rel);
    let size: number | undefined;
    try {
        size = (await git.read(path)).length;
    } catch (error) {
        gitUsageError(error, arg, revision, rel, locale);
    }
    return { arg, source: { path, revision: git }, size, show: p => `${revision}:${relative(process.cwd(), p) || p}` };
}

export async function computeDiff(
    loader: VersionLoader, sides: readonly [Side, Side], locale: Locale, early?: VersionWorker,
): Promise<{ diff: DiffJson; snapshots: [Snapshot, Snapshot] } | { errors: FlatDiagnostic[]; failed: string[] }> {
    const errors: FlatDiagnostic[] = [];
    const failed: string[] = [];
    const snapshots: Snapshot[] = [];
    const versions = await loadBoth(loader, [sides[0].source, sides[1].source], locale, [sides[0].size, sides[1].size], process.env, early);
    for (const [i, side] of sides.entries()) {
        const loaded = versions[i];
        if (loaded.kind === 'library') throw new UsageError(reviewMessage('isLibrary', locale, side.arg));
        if (loaded.kind === 'empty') throw new UsageError(reviewMessage('noPlaybook', locale, side.arg));
        if (loaded.kind === 'errors') {
            failed.push(side.arg);
            for (const e of loaded.errors) for (const d of flatten(side.show(e.path), e.diagnostics)) errors.push(d);
        } else if (loaded.kind === 'playbook') {
            snapshots.push(loaded.snapshot);
        }
    }
    if (failed.length) return { errors: sortDiagnostics(errors), failed };
    return { diff: diffSnapshots(snapshots[0], snapshots[1]), snapshots: [snapshots[0], snapshots[1]] };
}

/** `early`: a worker thread the command line started before this code loaded (parallel-load.ts). */
export async function runDiff(oldArg: string, newArg: string, options: DiffOptions, io: CliIO, early?: VersionWorker): Promise<number> {
    const locale = resolveLocale(options.locale, io.env);
    const toStdout = options.output === undefined || options.output === '-';
    const format = options.format ?? (!toStdout && options.output!.toLowerCase().endsWith('.json') ? 'json' : 'md');
    const revisions = new Map<string, Promise<GitRevision>>();
    const sides: [Side, Side] = [await resolveSide(oldArg, locale, revisions), await resolveSide(newArg, locale, revisions)];

    const result = await computeDiff(new VersionLoader(locale), sides, locale, early);
    if ('errors' in result) {
        io.stderr.write(formatText(result.errors, new Set(result.errors.map(e => e.file)).size, locale));
        for (const arg of result.failed) io.stderr.write(`playbook: ${reviewMessage('diffHasErrors', locale, arg)}\n`);
        return EXIT_INVALID;
    }
    const { diff } = result;
    const bytes = format === 'json' ? jsonBytes(diff) : diffMarkdown(diff, { old: oldArg, new: newArg, playbook: result.snapshots[1].name }, locale);
    if (toStdout) {
        await writeStdout(io.stdout, bytes);
    } else {
        try {
            await writeFileAtomic(options.output!, bytes);
        } catch (error) {
            throw new UsageError(reviewMessage('cannotWrite', locale, options.output!, fileErrorReason(errorCode(error), 'write', locale)));
        }
        io.stderr.write(`playbook: ${reviewMessage('wroteDiff', locale, options.output!, summaryLine(diff, locale))}\n`);
    }
    if (options.failOnBreaking && diff.summary.breaking) {
        io.stderr.write(`playbook: ${reviewMessage('breaking', locale)}\n`);
        return EXIT_INVALID;
    }
    return EXIT_OK;
}
