/**
 * The tracking spec as Markdown (埋点文档) for engineers: per event its wire name, trigger
 * channels, a property table and the KPIs resting on it; then the KPI table with formulas,
 * targets, the events they rest on and the goals they measure.
 */
import { type Locale, pick } from '../messages/locale.js';
import { PROPERTY_TYPES } from '../messages/kinds.js';
import { label } from '../messages/outputs.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { utf8 } from './common.js';
import { cell, code, mdText, table } from './markdown.js';
import { namesOf } from './names.js';
import { targetForPeople, trackingJson } from './tracking-json.js';
import { pushAll } from '../util/arrays.js';
import { colon as colonOf, listSeparator, parenthesized } from '../messages/fragments.js';

export function trackingMarkdown(model: PlaybookModel, locale: Locale): Uint8Array {
    const json = trackingJson(model);
    const names = namesOf(model);
    const colon = colonOf(locale);
    const sep = listSeparator(locale);
    const yes = label('yes', locale);
    const no = label('no', locale);
    const kpiTitle = new Map(json.kpis.map(k => [k.name, k.title]));
    const out: string[] = [];
    out.push(`# ${mdText(json.title || json.playbook)} — ${label('trackingTitle', locale)}`, '');
    out.push(`- ${label('playbook', locale)}${colon}${code(json.playbook)}`);
    out.push(`- ${label('events', locale)}${colon}${json.events.length}`);
    out.push(`- ${label('kpis', locale)}${colon}${json.kpis.length}`);
    out.push('', label('userIdNote', locale), '');

    out.push(`## ${label('events', locale)}`, '');
    for (const e of json.events) {
        out.push(`### ${mdText(e.title)} ${code(e.name)}`, '');
        if (e.track !== e.name) out.push(`- ${label('declaredAs', locale)}${colon}${code(e.track)}`);
        const channels = e.channels.map(c => parenthesized(mdText(names.channel(c)), code(c), locale)).join(sep);
        out.push(`- ${label('triggers', locale)}${colon}${channels || label('none', locale)}`);
        const kpis = e.kpis.map(k => parenthesized(mdText(kpiTitle.get(k) ?? k), code(k), locale)).join(sep);
        out.push(`- ${label('restingKpis', locale)}${colon}${kpis || label('none', locale)}`, '');
        if (e.properties.length) {
            const headers = (['property', 'propertyTitle', 'type', 'required', 'pii', 'values'] as const).map(k => label(k, locale));
            pushAll(out, table(headers, e.properties.map(p => [
                code(p.name),
                cell(p.title ?? ''),
                `${code(p.type)} ${cell(PROPERTY_TYPES[p.type] ? pick(PROPERTY_TYPES[p.type], locale) : '')}`.trim(),
                p.required ? yes : no,
                p.pii ? yes : no,
                cell((p.values ?? []).join(', ')),
            ])));
        } else {
            out.push(label('noProperties', locale));
        }
        out.push('');
    }
    if (!json.events.length) out.push(label('none', locale), '');

    out.push(`## ${label('kpis', locale)}`, '');
    if (json.kpis.length) {
        const headers = (['colKpi', 'colTitle', 'colFormula', 'colTarget', 'colEvents', 'colGoals'] as const).map(k => label(k, locale));
        const goalTitle = new Map(json.goals.map(g => [g.name, g.title]));
        pushAll(out, table(headers, json.kpis.map(k => [
            code(k.name),
            cell(k.title),
            k.formula ? code(k.formula) : cell(label('notMeasurable', locale)),
            cell(targetForPeople(k.target)),
            k.events.map(code).join(sep),
            cell(k.goals.map(g => goalTitle.get(g) ?? g).join(sep)),
        ])));
    } else {
        out.push(label('none', locale));
    }
    out.push('');
    return utf8(out.join('\n'));
}
