/**
 * The server's authoring commands, for the editor's *New Playbook from Template…* (the extension
 * stays thin: it shows a quick pick and opens an untitled editor with the text it gets here):
 *
 * - `playbook.server.templates` `[]` → `{ ok: true, templates: [{ name, label, detail }] }`, labels
 *   in the server's locale;
 * - `playbook.server.template` `[{ template, start?, keywords? }]` → `{ ok: true, text }`: the playbook,
 *   comments in the server's locale, starting next Monday unless `start` is given, keywords in
 *   `keywords` (`en` | `zh`; default: Chinese in a Chinese editor);
 * - `playbook.server.convertKeywords` `[{ uri, to: 'en' | 'zh' }]` → `{ ok: true, text }`: the document
 *   with every keyword and kind value in `to`, in the canonical layout; `{ ok: false }` on syntax errors.
 *
 * Answers never throw: a failure is `{ ok: false, message }` in the user's language.
 */
import { withHolidayCoverage } from '../authoring/template-holidays.js';
import { TEMPLATE_LABELS, TEMPLATE_NAMES, renderTemplate } from '../authoring/templates.js';
import { type Locale, pick } from '../messages/locale.js';
import { commandMessage } from '../messages/quick-fixes.js';
import { authoringMessage } from '../messages/authoring.js';
import { convertKeywords } from '../syntax/format-text.js';
import type { LangiumCoreServices } from 'langium';
import { type CommandResult, SERVER_COMMANDS, type TemplateItem, type TemplateParams, TemplateRequest, requestProblem } from '../protocol/contract.js';

type Result<T> = CommandResult<T>;

export function listTemplates(locale: Locale): Result<{ templates: TemplateItem[] }> {
    return {
        ok: true,
        templates: TEMPLATE_NAMES.map(name => ({ name, label: pick(TEMPLATE_LABELS[name].label, locale), detail: pick(TEMPLATE_LABELS[name].detail, locale) })),
    };
}

export async function templateText(args: unknown[], locale: Locale, services: LangiumCoreServices): Promise<Result<{ text: string }>> {
    const arg = (Array.isArray(args) ? args[0] : undefined) as TemplateParams | undefined;
    const bad = (reason: string) => ({ ok: false as const, message: commandMessage('badArguments', locale, { command: SERVER_COMMANDS.template, reason }) });
    const problem = requestProblem(TemplateRequest, arg);
    if (problem || !arg) return bad(`${problem} ([{ template: ${TEMPLATE_NAMES.join(' | ')}, start?: YYYY-MM-DD, keywords?: 'en' | 'zh' }])`);
    const rendered = renderTemplate(arg.template, { locale, start: arg.start });
    if (rendered === undefined) return bad('start: YYYY-MM-DD');
    // A year the holiday data does not cover: `holidays none` and a comment that says why (template-holidays.ts).
    const keywords = arg.keywords ?? (locale === 'zh-CN' ? 'zh' : 'en');
    const { text } = await withHolidayCoverage(rendered, locale, keywords);
    return { ok: true, text: keywords === 'zh' ? convertKeywords(services, text, 'zh').text ?? text : text };
}

/** The text of a parsed document with its keywords in `to` (checked with the request, commands.ts); a message when it has syntax errors. */
export function convertedText(text: string, to: 'en' | 'zh', locale: Locale, services: LangiumCoreServices): Result<{ text: string }> {
    const result = convertKeywords(services, text, to);
    if (result.errors) return { ok: false, message: authoringMessage('convertSyntaxErrors', locale, result.errors[0].line, result.errors[0].message) };
    return { ok: true, text: result.text };
}
