/**
 * The server's authoring commands, for the editor's *New Playbook from Template…* (the extension
 * stays thin: it shows a quick pick and opens an untitled editor with the text it gets here):
 *
 * - `playbook.server.templates` `[]` → `{ ok: true, templates: [{ name, label, detail }] }`, labels
 *   in the server's locale;
 * - `playbook.server.template` `[{ template, start? }]` → `{ ok: true, text }`: the playbook, comments
 *   in the server's locale, starting next Monday unless `start` is given.
 *
 * Answers never throw: a failure is `{ ok: false, message }` in the user's language.
 */
import { TEMPLATE_LABELS, TEMPLATE_NAMES, isTemplateName, renderTemplate } from '../authoring/templates.js';
import { type Locale, pick } from '../messages/locale.js';
import { commandMessage } from '../messages/quick-fixes.js';
import { type CommandResult, SERVER_COMMANDS, type TemplateItem } from '../protocol/contract.js';

type Result<T> = CommandResult<T>;

export function listTemplates(locale: Locale): Result<{ templates: TemplateItem[] }> {
    return {
        ok: true,
        templates: TEMPLATE_NAMES.map(name => ({ name, label: pick(TEMPLATE_LABELS[name].label, locale), detail: pick(TEMPLATE_LABELS[name].detail, locale) })),
    };
}

export function templateText(args: unknown[], locale: Locale): Result<{ text: string }> {
    const arg = args[0] as { template?: unknown; start?: unknown } | undefined;
    const bad = (reason: string) => ({ ok: false as const, message: commandMessage('badArguments', locale, { command: SERVER_COMMANDS.template, reason }) });
    if (!arg || typeof arg !== 'object' || !isTemplateName(arg.template)) return bad(`[{ template: ${TEMPLATE_NAMES.join(' | ')} }]`);
    if (arg.start !== undefined && typeof arg.start !== 'string') return bad('start: YYYY-MM-DD');
    const text = renderTemplate(arg.template, { locale, start: arg.start as string | undefined });
    return text === undefined ? bad('start: YYYY-MM-DD') : { ok: true, text };
}
