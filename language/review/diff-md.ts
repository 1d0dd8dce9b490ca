/**
 * The Markdown of `playbook diff` (a pull-request comment): a one-line summary, then a table per
 * section with old and new side by side, dates with their weekday. Nothing else when nothing changed.
 */
import { utf8 } from '../generators/common.js';
import { weekdayName } from '../model/date-text.js';
import { cell, code, mdText, table } from '../generators/markdown.js';
import type { Locale } from '../messages/locale.js';
import { EVENT_TYPE_LABELS } from '../messages/outputs.js';
import { pick } from '../messages/locale.js';
import { reviewLabel } from '../messages/review.js';
import { type DeclarationChange, type DeclarationKind, type DiffJson, type EventChange, type FieldChange, type WhenJson, isEmptyDiff } from './diff.js';

/** `2026-10-19 Mon 10:00`, `2026-10-19 周一`. */
export function whenText(w: WhenJson | null, locale: Locale): string {
    if (!w) return '';
    return [w.date, weekdayName(w.date, locale), w.time ?? ''].filter(Boolean).join(' ');
}

/** `+2 d`, `−1 d 2 h`, `+30 min`. */
export function shiftText(minutes: number | null, locale: Locale): string {
    if (minutes === null) return '';
    if (minutes === 0) return '0';
    const sign = minutes > 0 ? '+' : '−';
    let rest = Math.abs(minutes);
    const parts: string[] = [];
    const days = Math.floor(rest / 1440);
    rest -= days * 1440;
    const hours = Math.floor(rest / 60);
    rest -= hours * 60;
    if (days) parts.push(reviewLabel('days', locale, days));
    if (hours) parts.push(reviewLabel('hours', locale, hours));
    if (rest) parts.push(reviewLabel('minutes', locale, rest));
    return sign + parts.join(' ');
}

export function summaryLine(diff: DiffJson, locale: Locale): string {
    const s = diff.summary;
    const part = (n: number, key: 'moved' | 'added' | 'removed' | 'changed') =>
        locale === 'zh-CN' ? `${reviewLabel(key, locale)} ${n}` : `${n} ${reviewLabel(key, locale)}`;
    const tracking = s.breaking ? reviewLabel('trackingBreaking', locale)
        : diff.tracking.length ? reviewLabel('trackingChanged', locale, diff.tracking.length) : reviewLabel('trackingSame', locale);
    return [part(s.moved, 'moved'), part(s.added, 'added'), part(s.removed, 'removed'), part(s.changed, 'changed'), tracking].join(' · ');
}

function itemName(e: { type: EventChange['type']; name: string; occurrence: number | null }, locale: Locale): string {
    const type = e.type === 'step' ? '' : ` (${pick(EVENT_TYPE_LABELS[e.type], locale)})`;
    const nth = e.occurrence !== null && e.occurrence > 1 ? ` #${e.occurrence}` : '';
    return `${code(e.name)}${nth}${mdText(type)}`;
}

function fieldRows(name: string, fields: readonly FieldChange[]): string[][] {
    return fields.map(f => [name, code(f.field), cell(f.old), cell(f.new)]);
}

function declarationRows(changes: readonly DeclarationChange[], locale: Locale): string[][] {
    const rows: string[][] = [];
    for (const d of changes) {
        const change = reviewLabel(d.change, locale);
        if (d.fields.length === 0) rows.push([change, code(d.name), '', '', '']);
        for (const f of d.fields) rows.push([change, code(d.name), code(f.field), cell(f.old), cell(f.new)]);
    }
    return rows;
}

export function diffMarkdown(diff: DiffJson, names: { old: string; new: string; playbook: string }, locale: Locale): Uint8Array {
    if (isEmptyDiff(diff)) return utf8(`${reviewLabel('noChanges', locale)}\n`);
    const out: string[] = [`**${mdText(summaryLine(diff, locale))}**`, '', `${code(names.old)} → ${code(names.new)}`];
    const section = (title: string, lines: string[]) => {
        if (!lines.length) return;
        out.push('', `### ${mdText(title)}`, '');
        for (const line of lines) out.push(line); // no spread: a table may have more rows than a call takes arguments
    };
    const L = (key: Parameters<typeof reviewLabel>[0]) => reviewLabel(key, locale);

    const dated = diff.events.filter(e => e.change !== 'changed');
    const withRuns = dated.some(e => e.run !== null);
    section(L('schedule'), dated.length ? table(
        [L('colChange'), L('colItem'), L('colPhase'), ...(withRuns ? [L('colRun')] : []), L('colOld'), L('colNew'), L('colShift')],
        dated.map(e => [
            reviewLabel(e.change, locale), itemName(e, locale), code(e.phase), ...(withRuns ? [e.run === null ? '' : String(e.run)] : []),
            whenText(e.old, locale), whenText(e.new, locale), shiftText(e.shiftMinutes, locale),
        ]),
    ) : []);
    const changedItems = diff.events.filter(e => e.change === 'changed');
    section(L('itemChanges'), changedItems.length ? table(
        [L('colItem'), L('colField'), L('colOld'), L('colNew')],
        changedItems.flatMap(e => fieldRows(itemName(e, locale), e.fields)),
    ) : []);
    const of = (...kinds: DeclarationKind[]) => diff.declarations.filter(d => kinds.includes(d.kind));
    const declTable = (changes: DeclarationChange[]) => changes.length
        ? table([L('colChange'), L('colName'), L('colField'), L('colOld'), L('colNew')], declarationRows(changes, locale)) : [];
    section(L('plan'), declTable(of('playbook', 'phase')));
    section(L('metrics'), declTable(of('kpi', 'goal')));
    section(L('risks'), declTable(of('risk')));
    section(L('tracking'), diff.tracking.length ? table(
        [L('colChange'), L('colEvent'), L('colProperty'), L('colField'), L('colOld'), L('colNew'), L('colBreaking')],
        diff.tracking.map(t => [
            reviewLabel(t.change, locale), code(t.event), code(t.property), code(t.field), cell(t.old), cell(t.new),
            t.breaking ? `**${L('breaking')}**` : '',
        ]),
    ) : []);
    section(L('budget'), declTable(of('budget', 'budget-line')));
    return utf8(out.join('\n') + '\n');
}
