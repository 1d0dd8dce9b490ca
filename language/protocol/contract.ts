/**
 * The contract between the VS Code client and the language server's workspace commands: command
 * ids, output kinds and formats with their defaults, and the shapes of parameters and answers —
 * each argument and answer defined once (TypeBox): its type, and the check of what comes over the
 * wire (the server runs `requestProblem` on every command's argument; the extension runs
 * `asGenerateResult` … on every answer, both `Value.Check`). The server (language/lsp/commands.ts,
 * authoring-commands.ts, review-commands.ts) and the extension (extension/src/, extension/webview/)
 * both import it; nothing here imports `vscode`, LSP or Langium, so the extension bundle and the
 * webview script can take it in.
 */
import Value from 'typebox/value';
import { type Static, type TProperties, type TSchema, Type } from '../shapes/schema.js';
import { Timeline as TimelineShape } from '../shapes/timeline.js';
import type { EventType } from '../vocabulary/kinds.js';
import { TEMPLATE_NAMES } from '../authoring/template-names.js';

/** The server's workspace commands (`workspace/executeCommand`). */
export const SERVER_COMMANDS = {
    generate: 'playbook.server.generate',
    timeline: 'playbook.server.timeline',
    templates: 'playbook.server.templates',
    template: 'playbook.server.template',
    convertKeywords: 'playbook.server.convertKeywords',
    diff: 'playbook.server.diff',
    review: 'playbook.server.review',
} as const;

export const GENERATE_COMMAND = SERVER_COMMANDS.generate;
export const TIMELINE_COMMAND = SERVER_COMMANDS.timeline;

/** Output kinds and formats (the settings' enums in package.json are tested against these), with the default per kind. */
export { CALENDAR_FORMATS, type CalendarFormat, DEFAULT_FORMAT, type OutputKind, TRACKING_FORMATS, type TrackingFormat } from '../generators/formats.js';
import { OUTPUT_KINDS } from '../generators/formats.js';

/** `{ ok: true, …T }` or a failure with a message in the user's language: every answer of the server's commands. */
export type CommandResult<T> = ({ ok: true } & T) | { ok: false; message: string };

/** The shape of an answer: `{ ok: true, …fields }` or `{ ok: false, message }`. */
function answer<T extends TProperties>(fields: T) {
    return Type.Union([Type.Object({ ok: Type.Literal(true), ...fields }), Type.Object({ ok: Type.Literal(false), message: Type.String() })]);
}

/** The message for an answer that breaks the contract, given the answer as (shortened) JSON: the extension passes its translation. */
export type UnexpectedAnswer = (shown: string) => string;
const unexpectedInEnglish: UnexpectedAnswer = shown => `unexpected answer from the language server: ${shown}`;

/** Checks whatever came over the wire against an answer's shape; a server that answers nonsense gets a clear message. */
function checked<S extends TSchema>(shape: S, value: unknown, unexpected: UnexpectedAnswer = unexpectedInEnglish): Static<S> | { ok: false; message: string } {
    if (Value.Check(shape, value)) return value;
    let shown: string;
    try {
        shown = JSON.stringify(value) ?? String(value);
    } catch {
        shown = String(value);
    }
    return { ok: false, message: unexpected(shown.length > 300 ? `${shown.slice(0, 300)}…` : shown) };
}

/** The first argument of each command, as a shape: the server checks what it is sent with `requestProblem`. */
export const GenerateRequest = Type.Object({
    uri: Type.String({ minLength: 1 }),
    kind: Type.Enum(OUTPUT_KINDS),
    format: Type.String({ minLength: 1 }),
    /** Absolute; when absent (or null, or empty) the server writes next to the playbook. */
    outputDirectory: Type.Optional(Type.Union([Type.String({ pattern: '^[^\\u0000]*$' }), Type.Null()])),
});
export type GenerateParams = Static<typeof GenerateRequest>;

/** Why a command's argument does not fit its shape (`kind: must be equal to one of the allowed values`), or undefined when it fits. */
export function requestProblem(shape: TSchema, value: unknown): string | undefined {
    if (Value.Check(shape, value)) return undefined;
    const first = Value.Errors(shape, value)[0];
    return first ? `${first.instancePath.slice(1).replace(/\//g, '.') || 'arguments'}: ${first.message}` : 'arguments';
}

export const GenerateAnswer = answer({ path: Type.String() });
export type GenerateResult = Static<typeof GenerateAnswer>;

export const TimelineRequest = Type.Object({
    uri: Type.String({ minLength: 1 }),
    /** A git revision: events that moved since it, or are new, get a first detail line saying so. */
    compareWith: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type TimelineParams = Static<typeof TimelineRequest>;

/** The timeline's shape (language/shapes/timeline.ts: the calendar JSON with lines, display texts and type labels). */
export type { EventDisplayJson as TimelineEventDisplay, TimelineEventJson as TimelineEvent, TimelinePhaseJson as TimelinePhase, TimelineJson as Timeline } from '../shapes/timeline.js';
export type { EventType as TimelineEventType };
export { EVENT_TYPES, PHASE_KINDS } from './values.js';

export const TimelineAnswer = answer({ timeline: TimelineShape });
export type TimelineResult = Static<typeof TimelineAnswer>;

/** The generate answer, checked. */
export function asGenerateResult(value: unknown, unexpected?: UnexpectedAnswer): GenerateResult {
    return checked(GenerateAnswer, value, unexpected);
}

export function asTimelineResult(value: unknown, unexpected?: UnexpectedAnswer): TimelineResult {
    return checked(TimelineAnswer, value, unexpected);
}

// ---------------------------------------------------------------- authoring (language/lsp/authoring-commands.ts)

export const TEMPLATES_COMMAND = SERVER_COMMANDS.templates;
export const TEMPLATE_COMMAND = SERVER_COMMANDS.template;
export const CONVERT_KEYWORDS_COMMAND = SERVER_COMMANDS.convertKeywords;

/** The keyword language of a text the server writes: English or Chinese keywords. */
const KeywordLanguage = Type.Enum(['en', 'zh'] as const);

/** `playbook.server.template`: which template, its start (`YYYY-MM-DD`, next Monday when absent), its keywords (default: the editor's language). */
export const TemplateRequest = Type.Object({
    template: Type.Enum(TEMPLATE_NAMES),
    start: Type.Optional(Type.String()),
    keywords: Type.Optional(KeywordLanguage),
});
export type TemplateParams = Static<typeof TemplateRequest>;

/** `playbook.server.convertKeywords`: the document and the keyword language to convert it to. */
export const ConvertKeywordsRequest = Type.Object({
    uri: Type.String({ minLength: 1 }),
    to: KeywordLanguage,
});
export type ConvertKeywordsParams = Static<typeof ConvertKeywordsRequest>;

export const TemplateItem = Type.Object({ name: Type.String(), label: Type.String(), detail: Type.String() });
export type TemplateItem = Static<typeof TemplateItem>;

export const TemplatesAnswer = answer({ templates: Type.Array(TemplateItem) });
export type TemplatesResult = Static<typeof TemplatesAnswer>;
export const TextAnswer = answer({ text: Type.String() });
export type TextResult = Static<typeof TextAnswer>;

export function asTemplatesResult(value: unknown, unexpected?: UnexpectedAnswer): TemplatesResult {
    return checked(TemplatesAnswer, value, unexpected);
}

/** The answer of a command that returns a playbook text (a template, a keyword conversion). */
export function asTextResult(value: unknown, unexpected?: UnexpectedAnswer): TextResult {
    return checked(TextAnswer, value, unexpected);
}

// ---------------------------------------------------------------- review (language/lsp/review-commands.ts)

export const DIFF_COMMAND = SERVER_COMMANDS.diff;
export const REVIEW_COMMAND = SERVER_COMMANDS.review;

export const DiffRequest = Type.Object({
    uri: Type.String({ minLength: 1 }),
    /** A git revision (`HEAD`, `HEAD~1`, a branch, a commit); `HEAD` when absent (or null, or blank). */
    revision: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type DiffParams = Static<typeof DiffRequest>;

export const ReviewRequest = Type.Object({
    uri: Type.String({ minLength: 1 }),
    /** Absolute path of the actuals CSV. */
    actuals: Type.String({ minLength: 1 }),
    /** `YYYY-MM-DD`; today when absent (or null, or empty). */
    asOf: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type ReviewParams = Static<typeof ReviewRequest>;

export const MarkdownAnswer = answer({ markdown: Type.String() });
export type MarkdownResult = Static<typeof MarkdownAnswer>;

/** The answer of the diff and review commands: a Markdown document. */
export function asMarkdownResult(value: unknown, unexpected?: UnexpectedAnswer): MarkdownResult {
    return checked(MarkdownAnswer, value, unexpected);
}
