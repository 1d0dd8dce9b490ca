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
import { diffFieldLabel, reviewLabel } from '../messages/review.js';
import { type DeclarationChange, type DeclarationKind, type DiffJson, type EventChange, type FieldChange, type WhenJson, isEmptyDiff } from './diff.js';
import { countWithWord, parenthesized } from '../messages/fragments.js';

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
        countWithWord(n, reviewLabel(key, locale), locale);
    const tracking = s.breaking ? reviewLabel('trackingBreaking', locale)
        : diff.tracking.length ? reviewLabel('trackingChanged', locale, diff.tracking.length) : reviewLabel('trackingSame', locale);
    return [part(s.moved, 'moved'), part(s.added, 'added'), part(s.removed, 'removed'), part(s.changed, 'changed'), tracking].join(' · ');
}

/** The title a planner reads, then the id an engineer greps for (`发布规则 \`rules\``). */
function titled(title: string, name: string): string {
    return title && title !== name ? `${cell(title)} ${code(name)}` : code(name);
}

function itemName(e: Pick<EventChange, 'type' | 'name' | 'title' | 'occurrence'>, locale: Locale): string {
    const nth = e.occurrence !== null && e.occurrence > 1 ? ` #${e.occurrence}` : '';
    const name = `${titled(e.title, e.name)}${nth}`;
    // `报告 \`report\`（里程碑）` / `报告 \`report\` (milestone)`.
    return e.type === 'step' ? name : parenthesized(name, mdText(pick(EVENT_TYPE_LABELS[e.type], locale)), locale);
}

/** A field's value; a phase by its title with its id (`预热 \`warm\``), as the items are named. */
function fieldValue(value: string | null, title: string | null | undefined): string {
    if (value === null) return '';
    return title === undefined ? cell(value) : titled(title ?? '', value);
}

function fieldRows(name: string, fields: readonly FieldChange[], locale: Locale): string[][] {
    return fields.map(f => [name, mdText(diffFieldLabel(f.field, locale)), fieldValue(f.old, f.oldTitle), fieldValue(f.new, f.newTitle)]);
}

function declarationRows(changes: readonly DeclarationChange[], locale: Locale): string[][] {
    const rows: string[][] = [];
    for (const d of changes) {
        const change = reviewLabel(d.change, locale);
        const name = titled(d.title, d.name);
        if (d.fields.length === 0) rows.push([change, name, '', '', '']);
        for (const f of d.fields) rows.push([change, name, mdText(diffFieldLabel(f.field, locale)), cell(f.old), cell(f.new)]);
    }
    return rows;
}

/** A run as a reviewer finds it: its number and D-day (`2 (2026-04-18 周六)`). */
function runText(e: EventChange, locale: Locale): string {
    if (e.run === null) return '';
    return e.runDday ? `${e.run} (${e.runDday} ${weekdayName(e.runDday, locale)})` : String(e.run);
}

/** A property's type as the tracking table shows it, with `required` where a property came or went. */
function typeText(value: string | null | undefined, required: boolean | undefined, locale: Locale): string {
    if (!value) return '';
    return cell(required ? value + reviewLabel("requiredMark", locale) : value);
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
    // The run column where there are runs to tell apart (a `dday` playbook has one run: no column).
    const withRuns = dated.some(e => e.run !== null && e.run > 1);
    section(L('schedule'), dated.length ? table(
        [L('colChange'), L('colItem'), L('colPhase'), ...(withRuns ? [L('colRun')] : []), L('colOld'), L('colNew'), L('colShift')],
        dated.map(e => [
            reviewLabel(e.change, locale), itemName(e, locale), cell(e.phaseTitle), ...(withRuns ? [runText(e, locale)] : []),
            whenText(e.old, locale), whenText(e.new, locale), shiftText(e.shiftMinutes, locale),
        ]),
    ) : []);
    const changedItems = diff.events.filter(e => e.change === 'changed');
    section(L('itemChanges'), changedItems.length ? table(
        [L('colItem'), L('colField'), L('colOld'), L('colNew')],
        changedItems.flatMap(e => fieldRows(itemName(e, locale), e.fields, locale)),
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
            reviewLabel(t.change, locale), titled(t.title, t.event), code(t.property), t.field ? mdText(diffFieldLabel(t.field, locale)) : '',
            typeText(t.old, t.change === 'removed' ? t.required : undefined, locale), typeText(t.new, t.change === 'added' ? t.required : undefined, locale),
            t.breaking ? `**${L('breaking')}**` : '',
        ]),
    ) : []);
    section(L('budget'), declTable(of('budget', 'budget-line')));
    return utf8(out.join('\n') + '\n');
}
