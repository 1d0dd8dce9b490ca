/**
 * The Markdown of `playbook diff` (a pull-request comment): a one-line summary, then a table per
 * section with old and new side by side, dates with their weekday. Nothing else when nothing changed.
 */
import { utf8 } from '../generators/common.js';
import { weekdayName } from '../model/date-text.js';
import { cell, code, mdText, table } from '../generators/markdown.js';
import type { Locale } from '../messages/locale.js';
import { EVENT_TYPE_LABELS } from '../messages/outputs.js';
import { Duration } from 'luxon';
import { PROPERTY_TYPES, kindLabelsOf } from '../messages/kinds.js';
import { reminderText } from '../generators/people.js';
import { targetForPeople } from '../generators/tracking-json.js';
import { pick } from '../messages/locale.js';
import { diffFieldLabel, reviewLabel } from '../messages/review.js';
import { type DeclarationChange, type DeclarationKind, type DiffJson, type EventChange, type FieldChange, type WhenJson, isEmptyDiff } from './diff.js';
import { countWithWord, listSeparator, parenthesized } from '../messages/fragments.js';

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

/** `count`: the occurrences one row stands for (`×9`), else the occurrence's number after the first (`#2`). */
function itemName(e: Pick<EventChange, 'type' | 'name' | 'title' | 'occurrence'>, locale: Locale, count = 1): string {
    const nth = count > 1 ? ` ×${count}` : e.occurrence !== null && e.occurrence > 1 ? ` #${e.occurrence}` : '';
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
    const value = (f: FieldChange, v: string | null, title: string | null | undefined) => (f.field === 'reminders' ? remindersCell(v, locale) : fieldValue(v, title));
    return fields.map(f => [name, mdText(diffFieldLabel(f.field, locale)), value(f, f.old, f.oldTitle), value(f, f.new, f.newTitle)]);
}


/** A declaration's field as people read it: a target `≥ 5,000`, a kind by its label (`预热（warmup）`). */
function declarationValue(kind: DeclarationKind, field: string, value: string | null, locale: Locale): string {
    if (field === 'target') return targetCell(value);
    if (kind === 'day' && field === 'dayOff') return mdText(reviewLabel(value === 'holiday' ? 'dayHoliday' : value === 'workday' ? 'dayWorkday' : 'dayOrdinary', locale));
    // The declaration's kind labels from the vocabulary (a diff kind is its AST type in lower case: `phase` → `Phase`).
    const label = field === 'kind' && value ? kindLabelsOf(kind.charAt(0).toUpperCase() + kind.slice(1))?.[value] : undefined;
    return label ? parenthesized(mdText(pick(label, locale)), code(value!), locale) : cell(value);
}

function declarationRows(changes: readonly DeclarationChange[], locale: Locale): string[][] {
    const rows: string[][] = [];
    for (const d of changes) {
        const change = reviewLabel(d.change, locale);
        const name = d.kind === 'day' ? dayName(d, locale) : titled(d.title, d.name);
        if (d.fields.length === 0) rows.push([change, name, '', '', '']);
        for (const f of d.fields) {
            rows.push([change, name, mdText(diffFieldLabel(f.field, locale)), declarationValue(d.kind, f.field, f.old, locale), declarationValue(d.kind, f.field, f.new, locale)]);
        }
    }
    return rows;
}

/** Days by their dates with weekdays, then the holiday's name: `2027-01-01 周五 – 2027-01-03 周日 元旦`. */
function dayName(d: DeclarationChange, locale: Locale): string {
    const dates = d.name.split('..').map(date => `${date} ${weekdayName(date, locale)}`).join(' – ');
    return d.title ? `${dates} ${cell(d.title)}` : dates;
}

/** Reminders as the calendar writes them (`提前 1 小时、提前 15 分钟`), from the json's ISO durations. */
function remindersCell(value: string | null, locale: Locale): string {
    if (!value) return '';
    const parts = value.split(', ').map(iso => Duration.fromISO(iso));
    if (parts.some(d => !d.isValid)) return cell(value);
    return mdText(parts.map(d => reminderText(d.as('minutes'), locale)).join(listSeparator(locale)));
}

/** A run as a reviewer finds it: its number and D-day (`2 (2026-04-18 周六)`). */
function runText(e: EventChange, locale: Locale): string {
    if (e.run === null) return '';
    return e.runDday ? `${e.run} (${e.runDday} ${weekdayName(e.runDday, locale)})` : String(e.run);
}

/**
 * A tracking field's value as the tracking spec shows it: a type by its name and label
 * (`` `string` 文本 ``, `` `enum("a", "b")` 枚举 ``), with `required` where a property came or
 * went; `required` / `pii` as yes or no.
 */
function typeText(value: string | null | undefined, required: boolean | undefined, locale: Locale, field?: string | null): string {
    if (!value) return '';
    if (field === 'required' || field === 'pii') return reviewLabel(value === 'true' ? 'yes' : 'no', locale);
    const label = field === 'event' ? undefined : PROPERTY_TYPES[value.replace(/\(.*$/s, '')];
    const text = label ? `${code(value)} ${mdText(pick(label, locale))}` : cell(value);
    return required ? text + mdText(reviewLabel('requiredMark', locale)) : text;
}

/** A KPI target as people read it (`≥ 5,000`, `≥ 35%`), from the json's `>= 5000`. */
function targetCell(text: string | null): string {
    const m = text === null ? null : /^(>=|<=|>|<) (-?\d+(?:\.\d+)?)(%?)$/.exec(text);
    if (!m) return cell(text);
    const percent = m[3] === '%';
    return cell(targetForPeople({ op: m[1] as '>=', value: percent ? Number(m[2]) / 100 : Number(m[2]), percent }));
}

/**
 * The schedule's rows that say the same thing, each group one row: the occurrences of one item (in
 * one run or across runs) with the same change, the same shift and the same times of day. In the
 * order of their first row; json keeps every occurrence.
 */
function sameChanges(events: readonly EventChange[]): EventChange[][] {
    const groups = new Map<string, EventChange[]>();
    for (const e of events) {
        const key = JSON.stringify([e.change, e.type, e.name, e.phase, e.shiftMinutes, e.old?.time ?? null, e.new?.time ?? null]);
        const group = groups.get(key);
        if (group) group.push(e);
        else groups.set(key, [e]);
    }
    return [...groups.values()];
}

/** The runs of a group of rows: `1–4, 6–9（共 8 期）`; one run with its D-day. */
function runsText(group: readonly EventChange[], locale: Locale): string {
    const runs = [...new Set(group.map(e => e.run).filter((r): r is number => r !== null))].sort((a, b) => a - b);
    if (runs.length <= 1) return runText(group[0], locale);
    const parts: string[] = [];
    for (let i = 0; i < runs.length; i++) {
        let j = i;
        while (j + 1 < runs.length && runs[j + 1] === runs[j] + 1) j++;
        parts.push(j > i ? `${runs[i]}–${runs[j]}` : String(runs[i]));
        i = j;
    }
    return parenthesized(parts.join(', '), reviewLabel('runCount', locale, runs.length), locale);
}

/**
 * Rows a table shows (a pull-request comment holds 65,536 characters on GitHub): the rest are
 * counted. The tracking table is never cut: a breaking change must show.
 */
export const MD_MAX_ROWS = 200;

/** A table of at most `max` rows, and a line saying how many more there are. */
function capped(head: string[], rows: string[][], locale: Locale, max: number): string[] {
    if (rows.length <= max) return table(head, rows);
    const more = rows.length - max;
    return [...table(head, rows.slice(0, max)), '', mdText(reviewLabel('moreRows', locale, more.toLocaleString('en-US')))];
}

/**
 * `maxRows`: the rows a table shows (MD_MAX_ROWS for a pull-request comment; the editor's preview,
 * which has no such limit, shows them all).
 */
export function diffMarkdown(diff: DiffJson, names: { old: string; new: string; playbook: string }, locale: Locale, maxRows = MD_MAX_ROWS): Uint8Array {
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
    section(L('schedule'), dated.length ? capped(
        [L('colChange'), L('colItem'), L('colPhase'), ...(withRuns ? [L('colRun')] : []), L('colOld'), L('colNew'), L('colShift')],
        sameChanges(dated).map(group => {
            const e = group[0];
            const last = group[group.length - 1];
            const many = group.length > 1;
            const span = (w: (x: EventChange) => WhenJson | null) => (many && w(e) ? `${whenText(w(e), locale)} … ${whenText(w(last), locale)}` : whenText(w(e), locale));
            return [
                reviewLabel(e.change, locale), itemName(e, locale, group.length), cell(e.phaseTitle),
                ...(withRuns ? [many ? runsText(group, locale) : runText(e, locale)] : []),
                span(x => x.old), span(x => x.new), shiftText(e.shiftMinutes, locale),
            ];
        }),
        locale, maxRows,
    ) : []);
    const changedItems = diff.events.filter(e => e.change === 'changed');
    section(L('itemChanges'), changedItems.length ? capped(
        [L('colItem'), L('colField'), L('colOld'), L('colNew')],
        changedItems.flatMap(e => fieldRows(itemName(e, locale), e.fields, locale)),
        locale, maxRows,
    ) : []);
    const of = (...kinds: DeclarationKind[]) => diff.declarations.filter(d => kinds.includes(d.kind));
    const declTable = (changes: DeclarationChange[]) => changes.length
        ? capped([L('colChange'), L('colName'), L('colField'), L('colOld'), L('colNew')], declarationRows(changes, locale), locale, maxRows) : [];
    section(L('plan'), declTable(of('playbook', 'day', 'phase')));
    section(L('metrics'), declTable(of('kpi', 'goal')));
    section(L('risks'), declTable(of('risk')));
    section(L('tracking'), diff.tracking.length ? table(
        [L('colChange'), L('colEvent'), L('colProperty'), L('colField'), L('colOld'), L('colNew'), L('colBreaking')],
        diff.tracking.map(t => [
            reviewLabel(t.change, locale), titled(t.title, t.event), code(t.property), t.field ? mdText(diffFieldLabel(t.field, locale)) : '',
            typeText(t.old, t.change === 'removed' ? t.required : undefined, locale, t.field), typeText(t.new, t.change === 'added' ? t.required : undefined, locale, t.field),
            t.breaking ? `**${L('breaking')}**` : '',
        ]),
    ) : []);
    section(L('budget'), declTable(of('budget', 'budget-line')));
    return utf8(out.join('\n') + '\n');
}
