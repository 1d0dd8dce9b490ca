/**
 * The contract between the VS Code client and the language server's workspace commands: command
 * ids, output kinds and formats with their defaults, parameter and result types, and the narrowing
 * of answers that come over the wire. The server (language/lsp/commands.ts,
 * authoring-commands.ts) and the extension (extension/src/) both import it; nothing here imports
 * `vscode`, LSP or Langium, so the extension bundle and the webview script can take it in.
 */

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
import type { OutputKind } from '../generators/formats.js';

/** `{ ok: true, …T }` or a failure with a message in the user's language: every answer of the server's commands. */
export type CommandResult<T> = ({ ok: true } & T) | { ok: false; message: string };

export interface GenerateParams {
    uri: string;
    kind: OutputKind;
    format: string;
    /** Absolute; when absent the server writes next to the playbook. */
    outputDirectory?: string;
}

export type GenerateResult = CommandResult<{ path: string }>;

export interface TimelineParams {
    uri: string;
    /** A git revision: events that moved since it, or are new, get a first detail line saying so. */
    compareWith?: string;
}

export interface TimelinePhase {
    name: string;
    title?: string | null;
    kind?: string | null;
    /** Null when the phase cannot be dated (the server sends it all the same). */
    start: string | null;
    end: string | null;
    line?: number | null;
}

export type TimelineEventType = 'step' | 'milestone' | 'asset-due' | 'checkpoint';

export interface TimelineEvent {
    id: string;
    type: TimelineEventType | string;
    phase?: string | null;
    name: string;
    title?: string | null;
    date: string;
    time?: string | null;
    start?: string | null;
    end?: string | null;
    channels?: string[] | null;
    owner?: string | null;
    assets?: string[] | null;
    segment?: string | null;
    note?: string | null;
    line?: number | null;
    /** What the preview shows, in the client's language, from the server (language/generators/timeline.ts). */
    display?: TimelineEventDisplay | null;
}

export interface TimelineEventDisplay {
    /** The one label of the event's type (`物料截止`). */
    type: string;
    /** `09:30–10:00`, `全天`, `当天截止`. */
    time: string;
    /** The phase's title. */
    phase: string;
    /** Channels, owner, assets … with their titles; texts may hold line breaks. */
    details: { label: string; text: string }[];
}

export interface Timeline {
    playbook: string;
    title?: string | null;
    timezone?: string | null;
    /** Null when the playbook has no valid start. */
    start: string | null;
    end: string | null;
    phases: TimelinePhase[];
    events: TimelineEvent[];
    /** The label of each event type (legend, badges), from the server. */
    types?: Record<string, string> | null;
}

export type TimelineResult = CommandResult<{ timeline: Timeline }>;

/** Narrows whatever came over the wire; a server that answers nonsense gets a clear message. */
export function asGenerateResult(value: unknown): GenerateResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.ok === true && typeof v.path === 'string') return { ok: true, path: v.path };
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}

export function asTimelineResult(value: unknown): TimelineResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        const t = v.timeline as Record<string, unknown> | undefined;
        if (v.ok === true && t && typeof t === 'object' && Array.isArray(t.phases) && Array.isArray(t.events)) {
            return { ok: true, timeline: t as unknown as Timeline };
        }
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}

// ---------------------------------------------------------------- authoring (language/lsp/authoring-commands.ts)

export const TEMPLATES_COMMAND = SERVER_COMMANDS.templates;
export const TEMPLATE_COMMAND = SERVER_COMMANDS.template;
export const CONVERT_KEYWORDS_COMMAND = SERVER_COMMANDS.convertKeywords;

export interface TemplateItem {
    name: string;
    label: string;
    detail: string;
}

export type TemplatesResult = CommandResult<{ templates: TemplateItem[] }>;
export type TextResult = CommandResult<{ text: string }>;

export function asTemplatesResult(value: unknown): TemplatesResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.ok === true && Array.isArray(v.templates)
            && v.templates.every(t => t && typeof t.name === 'string' && typeof t.label === 'string' && typeof t.detail === 'string')) {
            return { ok: true, templates: v.templates as TemplateItem[] };
        }
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}

/** The answer of a command that returns a playbook text (a template, a keyword conversion). */
export function asTextResult(value: unknown): TextResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.ok === true && typeof v.text === 'string') return { ok: true, text: v.text };
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}

// ---------------------------------------------------------------- review (language/lsp/review-commands.ts)

export const DIFF_COMMAND = SERVER_COMMANDS.diff;
export const REVIEW_COMMAND = SERVER_COMMANDS.review;

export interface DiffParams {
    uri: string;
    /** A git revision (`HEAD`, `HEAD~1`, a branch, a commit); `HEAD` when absent. */
    revision?: string;
}

export interface ReviewParams {
    uri: string;
    /** Absolute path of the actuals CSV. */
    actuals: string;
    asOf?: string;
}

export type MarkdownResult = CommandResult<{ markdown: string }>;

/** The answer of the diff and review commands: a Markdown document. */
export function asMarkdownResult(value: unknown): MarkdownResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.ok === true && typeof v.markdown === 'string') return { ok: true, markdown: v.markdown };
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}
