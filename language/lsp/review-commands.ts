/**
 * The server's review commands, for the editor's *Playbook: Compare with Git Revision…* and
 * *Playbook: Review with Actuals…* (the extension asks for the revision or the CSV and shows the
 * Markdown it gets here in a preview; language/review/ does the work, as for the CLI):
 *
 * - `playbook.server.diff` `[{ uri, revision? }]` → `{ ok: true, markdown, summary }`: the playbook
 *   at `revision` (default `HEAD`, its imports at the same revision) against the text the editor
 *   holds now, as `playbook diff` writes it in md;
 * - `playbook.server.review` `[{ uri, actuals, asOf? }]` → `{ ok: true, markdown }`: the 复盘报告 of
 *   the playbook against the actuals CSV at the absolute path `actuals`;
 * - and, for `playbook.server.timeline` `[{ uri, compareWith }]`, `comparisonMarks`: the events that
 *   moved or are new since that revision, as detail lines the preview shows.
 *
 * Answers never throw: a failure is `{ ok: false, message }` in the user's language.
 */
import { dirname, relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Locale } from '../messages/locale.js';
import { reviewLabel, reviewMessage } from '../messages/review.js';
import { commandMessage } from '../messages/quick-fixes.js';
import { errorCode, fileErrorReason } from '../messages/cli.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { ActualsError, actualsMessage, readHeader } from '../review/actuals.js';
import { diffSnapshots, newOccurrence } from '../review/diff.js';
import { diffMarkdown, summaryLine, whenText } from '../review/diff-md.js';
import { GitError, GitRevision } from '../review/git.js';
import { computeReview } from '../review/review-compute.js';
import { reviewMarkdown } from '../review/review-md.js';
import { type LoadedVersion, VersionLoader } from '../review/versions.js';
import { snapshotOf } from '../review/snapshot.js';
import { parseLocalDate } from '../model/dates.js';
import { type CommandResult, type DiffParams, type ReviewParams } from '../protocol/contract.js';

type Result<T> = CommandResult<T>;

const fail = (message: string) => ({ ok: false as const, message });

function gitMessage(error: unknown, revision: string, file: string, locale: Locale): string {
    if (!(error instanceof GitError)) return error instanceof Error ? error.message : String(error);
    switch (error.reason) {
        case 'no-git': return reviewMessage('noGit', locale, `${revision}:${file}`);
        case 'not-a-repository': return reviewMessage('notARepository', locale, `${revision}:${file}`, file);
        case 'unknown-revision': return reviewMessage('unknownRevision', locale, revision);
        case 'not-a-file': return reviewMessage('notAFile', locale, file, revision);
        default: return reviewMessage('noSuchPath', locale, file, revision);
    }
}

/** What a refusal lists: the first errors of a version, `file:line:col message`. */
function errorList(errors: { path: string; diagnostics: { range: { start: { line: number; character: number } }; message: unknown }[] }[], show: (p: string) => string): string {
    const lines: string[] = [];
    for (const e of errors) {
        for (const d of e.diagnostics) {
            if (lines.length < 5) lines.push(`  ${show(e.path)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(typeof d.message === 'string' ? d.message : (d.message as { value?: string }).value)}`);
        }
    }
    return lines.join('\n');
}

/** The diff of the playbook at a git revision against `document`'s current text. */
export async function diffWithRevision(document: LangiumDocument, arg: DiffParams, locale: Locale): Promise<Result<{ markdown: string; summary: string }>> {
    const revision = arg.revision?.trim() || 'HEAD';
    if (document.uri.scheme !== 'file') return fail(commandMessage('noDocument', locale, { uri: document.uri.toString() }));
    const path = document.uri.fsPath;
    const folder = dirname(path);
    let git: GitRevision;
    try {
        git = await GitRevision.open(folder, revision);
        await git.read(path);
    } catch (error) {
        return fail(gitMessage(error, revision, relative(folder, path), locale));
    }
    const shown = git.repoPath(path) ?? path;
    const loader = new VersionLoader(locale);
    const old = await loader.load({ path, revision: git });
    const now = await loader.load({ path, text: document.textDocument.getText() });
    for (const [version, name] of [[old, `${revision}:${shown}`], [now, shown]] as const) {
        if (version.kind === 'errors') return fail(`${reviewMessage('diffHasErrors', locale, name)}\n${errorList(version.errors, p => (version === old ? `${revision}:` : '') + (git.repoPath(p) ?? p))}`);
        if (version.kind !== 'playbook') return fail(reviewMessage(version.kind === 'library' ? 'isLibrary' : 'noPlaybook', locale, name));
    }
    if (old.kind !== 'playbook' || now.kind !== 'playbook') return fail(reviewMessage('noPlaybook', locale, shown));
    const diff = diffSnapshots(old.snapshot, now.snapshot);
    const markdown = Buffer.from(diffMarkdown(diff, { old: `${revision}:${shown}`, new: shown, playbook: now.snapshot.name }, locale, Infinity)).toString('utf8');
    return { ok: true, markdown, summary: summaryLine(diff, locale) };
}

/** The review of `model` against the actuals file the arguments (checked by commands.ts) name. */
export async function reviewWithActuals(model: PlaybookModel, arg: ReviewParams, locale: Locale): Promise<Result<{ markdown: string }>> {
    let asOf: string | undefined;
    if (arg.asOf) {
        asOf = parseLocalDate(arg.asOf);
        if (!asOf) return fail(reviewMessage('badAsOf', locale, arg.asOf));
    }
    try {
        const header = await readHeader(arg.actuals);
        const review = await computeReview(model, arg.actuals, header, asOf);
        return { ok: true, markdown: Buffer.from(reviewMarkdown(review, locale)).toString('utf8') };
    } catch (error) {
        if (error instanceof ActualsError) return fail(actualsMessage(error, arg.actuals, locale));
        return fail(reviewMessage('actualsUnreadable', locale, arg.actuals, fileErrorReason(errorCode(error), 'read', locale)));
    }
}

/** Old versions read for the timeline comparison, by file and commit (they never change). */
const oldSnapshots = new Map<string, Promise<LoadedVersion>>();
const KEPT_SNAPSHOTS = 8;

export interface ComparisonMark {
    label: string;
    text: string;
}

/**
 * Marks for the timeline preview compared with a revision: per event id of the current model, a
 * detail line `Moved — from 2026-10-19 Mon 10:00 (HEAD)` or `New — not in HEAD`. The current side
 * is the server's model (cheap on every refresh); the old side is read once per commit.
 */
export async function comparisonMarks(document: LangiumDocument, model: PlaybookModel, revision: string, locale: Locale): Promise<Result<{ marks: Map<string, ComparisonMark> }>> {
    if (document.uri.scheme !== 'file') return fail(commandMessage('noDocument', locale, { uri: document.uri.toString() }));
    const path = document.uri.fsPath;
    let git: GitRevision;
    try {
        git = await GitRevision.open(dirname(path), revision);
        await git.read(path);
    } catch (error) {
        return fail(gitMessage(error, revision, relative(dirname(path), path), locale));
    }
    const key = `${path}\u0000${git.commit}\u0000${locale}`;
    let loading = oldSnapshots.get(key);
    if (!loading) {
        if (oldSnapshots.size >= KEPT_SNAPSHOTS) oldSnapshots.delete(oldSnapshots.keys().next().value!);
        oldSnapshots.set(key, loading = new VersionLoader(locale).load({ path, revision: git }));
    }
    const old = await loading;
    if (old.kind !== 'playbook') {
        oldSnapshots.delete(key);
        return fail(old.kind === 'errors' ? reviewMessage('diffHasErrors', locale, `${revision}:${git.repoPath(path) ?? path}`) : reviewMessage('noPlaybook', locale, `${revision}:${git.repoPath(path) ?? path}`));
    }
    const now = snapshotOf(model);
    const marks = new Map<string, ComparisonMark>();
    for (const change of diffSnapshots(old.snapshot, now).events) {
        const target = newOccurrence(now, change);
        if (!target) continue;
        if (change.change === 'moved') {
            marks.set(target.id, { label: reviewLabel('movedFrom', locale), text: reviewLabel('movedFromText', locale, whenText(change.old, locale), revision) });
        } else if (change.change === 'added') {
            marks.set(target.id, { label: reviewLabel('addedSince', locale), text: reviewLabel('addedSinceText', locale, revision) });
        }
    }
    return { ok: true, marks };
}
