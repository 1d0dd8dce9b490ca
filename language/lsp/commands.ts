/**
 * The server's workspace commands (`workspace/executeCommand`), which the VS Code client calls for
 * its Generate / Preview commands (language/protocol/contract.ts is the contract both sides import):
 *
 * - `playbook.server.generate` `[{ uri, kind: 'calendar'|'tracking', format, outputDirectory? }]`
 *   → `{ ok: true, path }` after writing `<file-base>.<kind>.<ext>` next to the playbook (or into
 *   outputDirectory) atomically; `{ ok: false, message }` when the playbook or one of the libraries
 *   it imports has errors (nothing is written), or the arguments are wrong.
 * - `playbook.server.timeline` `[{ uri, compareWith? }]` → `{ ok: true, timeline }`: the calendar JSON of the
 *   generators plus `line` (0-based) on each phase and event, what the preview shows of each event
 *   in the client's language (`display`) and the type labels for its legend (`types`); `{ ok: false, message }` without a playbook.
 *   With `compareWith` (a git revision) an event that moved since it, or is new, has a first detail line
 *   saying so (`Moved: from 2026-10-19 Mon 10:00 (HEAD)`).
 *
 * - the authoring commands of authoring-commands.ts (templates);
 * - the review commands of review-commands.ts (diff with a git revision, review with actuals).
 *
 * Answers never throw: every failure is an `{ ok: false, message }` in the user's language.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { type AstNode, Cancellation, DocumentState, GrammarUtils, type LangiumDocument, ReadPriority, URI } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import { calendarJson, writeFileAtomic } from '../generators/index.js';
import { blockingErrors, generateOutput, isFormatOf, outputFileName, parseSourceDateEpoch } from '../generators/generate.js';
import { generatorMessage } from '../messages/outputs.js';
import { calendarEvents } from '../generators/common.js';
import { namesOf } from '../generators/names.js';
import { eventDisplay, timelineDayMarks, timelineRuns, typeLabels } from '../generators/timeline.js';
import type { Locale } from '../messages/locale.js';
import { commandMessage } from '../messages/quick-fixes.js';
import { convertedText, listTemplates, templateText } from './authoring-commands.js';
import {
    type CommandResult, ConvertKeywordsRequest, DiffRequest, GenerateRequest, type GenerateParams, type GenerateResult, type MarkdownResult, ReviewRequest,
    SERVER_COMMANDS, type TextResult, type Timeline, TimelineRequest, type TimelineResult, requestProblem,
} from '../protocol/contract.js';
import type { Static, TSchema } from '../shapes/schema.js';
import { comparisonMarks, diffWithRevision, reviewWithActuals } from './review-commands.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

export { SERVER_COMMANDS };

/** How many errors a refusal lists. */
const LISTED_ERRORS = 5;

export class PlaybookCommandHandler extends AbstractExecuteCommandHandler {
    constructor(protected readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(SERVER_COMMANDS.generate, (args, token) => this.guard(() => this.generate(args, token)));
        accept(SERVER_COMMANDS.timeline, (args, token) => this.guard(() => this.timeline(args, token)));
        accept(SERVER_COMMANDS.templates, () => this.guard(async () => listTemplates(this.locale())));
        accept(SERVER_COMMANDS.template, args => this.guard(async () => templateText(args, this.locale(), this.core())));
        accept(SERVER_COMMANDS.convertKeywords, (args, token) => this.guard(() => this.convertKeywords(args, token)));
        accept(SERVER_COMMANDS.diff, (args, token) => this.guard(() => this.reviewCommand(args, token, false)));
        accept(SERVER_COMMANDS.review, (args, token) => this.guard(() => this.reviewCommand(args, token, true)));
    }

    /** The language's services (for the parser of the authoring commands). */
    protected core(): PlaybookServices {
        return this.shared.ServiceRegistry.all[0] as PlaybookServices;
    }

    async convertKeywords(args: unknown[], token: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<TextResult> {
        const arg = this.request(ConvertKeywordsRequest, args, SERVER_COMMANDS.convertKeywords, "[{ uri, to: 'en' | 'zh' }]");
        if ('message' in arg) return arg;
        return this.withDocument(arg.uri, token, async found => convertedText(found.document.textDocument.getText(), arg.to, this.locale(), found.services));
    }

    /** The first argument when it fits `shape`, or a failure naming the field that does not (and the arguments the command takes). */
    protected request<S extends TSchema>(shape: S, args: unknown[], command: string, usage: string): Static<S> | { ok: false; message: string } {
        const arg: unknown = Array.isArray(args) ? args[0] : undefined;
        const problem = requestProblem(shape, arg);
        if (problem === undefined) return arg as Static<S>;
        return { ok: false, message: commandMessage('badArguments', this.locale(), { command, reason: `${problem} (${usage})` }) };
    }

    protected async guard<T>(run: () => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
        try {
            return await run();
        } catch (error) {
            return { ok: false, message: error instanceof Error ? error.message : String(error) };
        }
    }

    protected locale(): Locale {
        const services = this.shared.ServiceRegistry.all[0] as PlaybookServices | undefined;
        return services?.playbook?.Locale.locale ?? 'en';
    }

    /**
     * Runs `body` on the built document of `uri` once it is validated, holding the workspace's read
     * lock as Langium's request handlers do: no build starts until the answer is made (an edit's
     * build moves the positions of unchanged declarations in place, so a timeline that waited for
     * git gave the lines of the newer text). Without a document, the message why.
     */
    protected async withDocument<T>(uriText: string, token: Cancellation.CancellationToken,
        body: (found: { document: LangiumDocument; services: PlaybookServices }) => Promise<T>): Promise<T | { ok: false; message: string }> {
        const found = await this.document(uriText, token);
        if ('message' in found) return { ok: false, message: found.message };
        // Entered right after the validation was awaited (only microtasks in between: no message is read).
        return this.shared.workspace.WorkspaceLock.read(() => body(found), ReadPriority.Immediate);
    }

    /** The built document of `uri` (waits for validation), or a message why there is none. */
    protected async document(uriText: string, token: Cancellation.CancellationToken): Promise<{ document: LangiumDocument; services: PlaybookServices } | { message: string }> {
        const locale = this.locale();
        let uri: URI;
        try {
            uri = URI.parse(uriText);
        } catch {
            return { message: commandMessage('noDocument', locale, { uri: uriText }) };
        }
        await this.shared.workspace.WorkspaceManager.ready;
        const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document || !this.shared.ServiceRegistry.hasServices(uri)) return { message: commandMessage('noDocument', locale, { uri: uriText }) };
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        return { document, services: this.shared.ServiceRegistry.getServices(uri) as PlaybookServices };
    }

    async generate(args: unknown[], token: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<GenerateResult> {
        const locale = this.locale();
        const parsed = parseGenerateArgs(args);
        if (typeof parsed === 'string') return { ok: false, message: commandMessage('badArguments', locale, { command: SERVER_COMMANDS.generate, reason: parsed }) };
        if (!isFormatOf(parsed.kind, parsed.format)) {
            return { ok: false, message: commandMessage('unsupportedFormat', locale, { kind: parsed.kind, format: parsed.format }) };
        }
        const { kind, format } = parsed;
        return this.withDocument(parsed.uri, token, async (found): Promise<GenerateResult> => {
            const { document, services } = found;
            if (document.uri.scheme !== 'file') return { ok: false, message: commandMessage('noDocument', locale, { uri: parsed.uri }) };
            const model = services.playbook.Models.getModel(document);
            if (!model) return { ok: false, message: commandMessage('noPlaybook', locale) };
            const sourceDateEpoch = parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
            if (sourceDateEpoch === 'invalid') return { ok: false, message: generatorMessage('badEpoch', locale, process.env.SOURCE_DATE_EPOCH ?? '') };
            const errors = this.errorsOf(document);
            if (errors.length > 0) {
                const list = errors.slice(0, LISTED_ERRORS).map(e => `  ${e}`).join('\n') + (errors.length > LISTED_ERRORS ? '\n  …' : '');
                return { ok: false, message: commandMessage('hasErrors', locale, { count: errors.length, list }) };
            }
            const bytes = await generateOutput(model, kind, format, { locale, sourceDateEpoch });
            const source = document.uri.fsPath;
            const directory = parsed.outputDirectory
                ? (isAbsolute(parsed.outputDirectory) ? parsed.outputDirectory : resolve(dirname(source), parsed.outputDirectory))
                : dirname(source);
            const path = join(directory, outputFileName(basename(source), kind, format));
            try {
                await fs.mkdir(directory, { recursive: true });
                await writeFileAtomic(path, bytes);
            } catch (error) {
                return { ok: false, message: commandMessage('writeFailed', locale, { path, reason: error instanceof Error ? error.message : String(error) }) };
            }
            return { ok: true, path };
        });
    }

    async timeline(args: unknown[], token: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<TimelineResult> {
        const locale = this.locale();
        const arg = this.request(TimelineRequest, args, SERVER_COMMANDS.timeline, '[{ uri, compareWith? }]');
        if ('message' in arg) return arg;
        return this.withDocument(arg.uri, token, async (found): Promise<TimelineResult> => {
            const model = found.services.playbook.Models.getModel(found.document);
            if (!model) return { ok: false, message: commandMessage('noPlaybook', locale) };
            const json = calendarJson(model);
            const events = calendarEvents(model);
            const names = namesOf(model);
            // Compared with a git revision: moved and new events get a detail line (review-commands.ts).
            let marks: Map<string, { label: string; text: string }> | undefined;
            if (typeof arg.compareWith === 'string' && arg.compareWith.trim()) {
                const compared = await comparisonMarks(found.document, model, arg.compareWith.trim(), locale);
                if (!compared.ok) return compared;
                marks = compared.marks;
            }
            const display = (e: (typeof events)[number]) => {
                const d = eventDisplay(e, names, locale);
                const mark = marks?.get(e.id);
                if (mark) d.details.unshift(mark);
                return d;
            };
            const timeline: Timeline = {
                ...json,
                phases: json.phases.map((p, i) => ({ ...p, line: lineOf(model.phases[i]?.node) })),
                events: json.events.map((e, i) => ({ ...e, line: lineOf(events[i]?.node), display: display(events[i]) })),
                runs: timelineRuns(model, json, locale),
                dayMarks: timelineDayMarks(model, json),
                types: typeLabels(locale),
            };
            return { ok: true, timeline };
        });
    }

    /** `playbook.server.diff` / `playbook.server.review`: the document of `args[0].uri`, then review-commands.ts. */
    async reviewCommand(args: unknown[], token: Cancellation.CancellationToken, review: boolean): Promise<MarkdownResult> {
        const locale = this.locale();
        if (!review) {
            const diff = this.request(DiffRequest, args, SERVER_COMMANDS.diff, '[{ uri, revision? }]');
            if ('message' in diff) return diff;
            return this.withDocument(diff.uri, token, found => diffWithRevision(found.document, diff, locale));
        }
        const arg = this.request(ReviewRequest, args, SERVER_COMMANDS.review, '[{ uri, actuals, asOf? }]');
        if ('message' in arg) return arg;
        return this.withDocument(arg.uri, token, async (found): Promise<MarkdownResult> => {
            const model = found.services.playbook.Models.getModel(found.document);
            if (!model) return { ok: false, message: commandMessage('noPlaybook', locale) };
            const errors = this.errorsOf(found.document);
            if (errors.length > 0) {
                const list = errors.slice(0, LISTED_ERRORS).map(e => `  ${e}`).join('\n') + (errors.length > LISTED_ERRORS ? '\n  …' : '');
                return { ok: false, message: commandMessage('hasErrors', locale, { count: errors.length, list }) };
            }
            return reviewWithActuals(model, arg, locale);
        });
    }

    /** Errors of the document and of the files it imports (generators/generate.ts), as `file:line:col code message`. */
    protected errorsOf(document: LangiumDocument): string[] {
        const out: string[] = [];
        for (const { document: doc, errors } of blockingErrors(document, this.shared.workspace.LangiumDocuments)) {
            for (const d of errors) {
                const message = typeof d.message === 'string' ? d.message : d.message.value;
                out.push(`${basename(doc.uri.fsPath)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${message}`.replace(/\s+/g, ' ').trim());
            }
        }
        return out;
    }
}

/** 0-based line of a declaration (its name, else its first token). */
function lineOf(node: AstNode | undefined): number | null {
    const cst = node?.$cstNode;
    if (!cst) return null;
    const name = GrammarUtils.findNodeForProperty(cst, 'name');
    return (name ?? cst).range.start.line;
}

function parseGenerateArgs(args: unknown[]): GenerateParams | string {
    const arg: unknown = Array.isArray(args) ? args[0] : undefined;
    const problem = requestProblem(GenerateRequest, arg);
    if (problem) return `${problem} ([{ uri, kind, format, outputDirectory? }])`;
    const { uri, kind, format, outputDirectory } = arg as GenerateParams;
    return { uri, kind, format, outputDirectory: outputDirectory || undefined };
}
