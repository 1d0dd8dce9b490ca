/**
 * The contract between the VS Code client and the language server's workspace commands
 * (language/lsp/commands.ts). The client sends `workspace/executeCommand` with these ids; it never
 * registers them as VS Code commands itself (vscode-languageclient does, for the server).
 * No `vscode` import here: the webview script and the unit tests share these types.
 */

export const GENERATE_COMMAND = 'playbook.server.generate';
export const TIMELINE_COMMAND = 'playbook.server.timeline';

export type OutputKind = 'calendar' | 'tracking';

export const CALENDAR_FORMATS = ['ics', 'csv', 'md', 'json', 'xlsx'] as const;
export const TRACKING_FORMATS = ['json', 'jsonschema', 'md', 'csv', 'xlsx'] as const;

export interface GenerateParams {
    uri: string;
    kind: OutputKind;
    format: string;
    /** Absolute; when absent the server writes next to the playbook. */
    outputDirectory?: string;
}

export type GenerateResult = { ok: true; path: string } | { ok: false; message: string };

export interface TimelineParams {
    uri: string;
    /** A git revision: events that moved since it, or are new, get a first detail line saying so. */
    compareWith?: string;
}

export interface TimelinePhase {
    name: string;
    title?: string | null;
    kind?: string | null;
    start: string;
    end: string;
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
    start: string;
    end: string;
    phases: TimelinePhase[];
    events: TimelineEvent[];
    /** The label of each event type (legend, badges), from the server. */
    types?: Record<string, string> | null;
}

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; message: string };

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

export const TEMPLATES_COMMAND = 'playbook.server.templates';
export const TEMPLATE_COMMAND = 'playbook.server.template';

export interface TemplateItem {
    name: string;
    label: string;
    detail: string;
}

export type TemplatesResult = { ok: true; templates: TemplateItem[] } | { ok: false; message: string };
export type TextResult = { ok: true; text: string } | { ok: false; message: string };

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

export const DIFF_COMMAND = 'playbook.server.diff';
export const REVIEW_COMMAND = 'playbook.server.review';

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

export type MarkdownResult = { ok: true; markdown: string } | { ok: false; message: string };

/** The answer of the diff and review commands: a Markdown document. */
export function asMarkdownResult(value: unknown): MarkdownResult {
    if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.ok === true && typeof v.markdown === 'string') return { ok: true, markdown: v.markdown };
        if (v.ok === false) return { ok: false, message: typeof v.message === 'string' ? v.message : String(v.message) };
    }
    return { ok: false, message: `unexpected answer from the language server: ${JSON.stringify(value)}` };
}
