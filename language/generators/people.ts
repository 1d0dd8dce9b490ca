/**
 * What people read about one calendar event, shared by every human-facing output (Markdown, xlsx,
 * iCalendar descriptions) and by the timeline preview the server feeds: the type label, the time
 * cell, reminders, the checkpoint condition with its absolute threshold, asset reviewers and copy.
 * Machine formats (json, csv) never use these.
 */
import { isKpiCheck, isRisk, isUniqueFormula, type Amount, type Kpi, type KpiCheck } from '../generated/ast.js';
import type { Locale } from '../messages/locale.js';
import { pick } from '../messages/locale.js';
import { EVENT_TYPE_LABELS, label, outputText } from '../messages/outputs.js';
import type { ScheduleEvent } from '../model/playbook-model.js';
import { endCell } from './common.js';
import { clockOf } from '../model/date-text.js';
import type { Names } from './names.js';
import { lineColon, listSeparator, userUnit } from '../messages/fragments.js';
import { lastGiven } from '../syntax/clauses.js';

export function typeLabel(e: Pick<ScheduleEvent, 'type'>, locale: Locale): string {
    return pick(EVENT_TYPE_LABELS[e.type], locale);
}

export { listSeparator };

/** `09:30–10:00` for a timed event; `当天截止` / `by end of day` for a due date; else `全天` / `all day`. */
export function timeText(e: ScheduleEvent, locale: Locale): string {
    if (!e.start) return label(e.type === 'asset-due' ? 'dueThatDay' : 'allDay', locale);
    return `${e.time ?? clockOf(e.start.local)}–${endCell(e.date, e.end?.local)}`;
}

/** One reminder: `提前 15 分钟` / `15 min before`. */
export function reminderText(minutes: number, locale: Locale): string {
    const [n, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] as const
        : minutes % 60 === 0 ? [minutes / 60, 'hour'] as const : [minutes, 'minute'] as const;
    return outputText(unit === 'day' ? 'remindDays' : unit === 'hour' ? 'remindHours' : 'remindMinutes', locale, n);
}

export function remindersText(e: ScheduleEvent, locale: Locale): string {
    return e.reminderMinutes.map(m => reminderText(m, locale)).join(listSeparator(locale));
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function amountValue(a: Amount | undefined): { value: number; percent: boolean } | undefined {
    if (!a) return undefined;
    if (a.percent !== undefined) {
        const v = Number.parseFloat(a.percent);
        return Number.isFinite(v) ? { value: v, percent: true } : undefined;
    }
    return typeof a.number === 'number' && Number.isFinite(a.number) ? { value: a.number, percent: false } : undefined;
}

/** `人` after a number of distinct users (a `unique` KPI) in zh-CN; nothing else has a safe unit. */
function unitOf(kpi: Kpi | undefined, locale: Locale): string {
    return kpi?.formula && isUniqueFormula(kpi.formula) ? userUnit(locale) : '';
}

/**
 * A checkpoint's condition for people: the KPI's title, and a threshold relative to its target
 * also as the absolute value it stands for — `进群人数 < 目标的 40%（2,000）`. A check without a
 * target, or with an absolute threshold, reads as written (`进群人数 < 2,000`).
 */
export function checkpointCondition(e: ScheduleEvent, locale: Locale): string {
    const when = e.type === 'checkpoint' && isRisk(e.node) ? lastGiven(e.node.when) : undefined;
    if (!isKpiCheck(when)) return e.check ?? '';
    return kpiCheckText(when, locale);
}

/** A KPI check for people (`进群人数 < 目标的 40%（2,000）`); the checkpoint's condition, also shown in hovers. */
export function kpiCheckText(check: KpiCheck, locale: Locale): string {
    const kpi = check.kpi?.ref;
    const title = kpi?.title || kpi?.name || check.kpi?.$refText || '';
    const threshold = amountValue(check.threshold);
    const op = check.op ?? '';
    if (!threshold) return `${title} ${op}`.trim();
    const target = amountValue(kpi?.target?.value);
    if (threshold.percent && target) {
        const value = target.value * threshold.value / 100;
        const absolute = target.percent ? `${numberFormat.format(value)}%` : numberFormat.format(value) + unitOf(kpi, locale);
        return `${title} ${op} ${outputText('ofTarget', locale, `${numberFormat.format(threshold.value)}%`, absolute)}`;
    }
    const value = threshold.percent ? `${numberFormat.format(threshold.value)}%` : numberFormat.format(threshold.value) + unitOf(kpi, locale);
    return `${title} ${op} ${value}`;
}

/** The reviewers of the assets an event names (an asset-due event names its asset). */
export function reviewersText(e: ScheduleEvent, names: Names, locale: Locale): string {
    const reviewers = new Set<string>();
    for (const a of e.assets) {
        const reviewer = lastGiven(names.asset(a)?.reviewer)?.ref?.name;
        if (reviewer) reviewers.add(names.role(reviewer, locale));
    }
    return [...reviewers].join(listSeparator(locale));
}

/** The copy texts of the assets an event names; each after its title when there are several. */
export function copyText(e: ScheduleEvent, names: Names, locale: Locale): string {
    const texts = e.assets.map(a => ({ title: names.assetTitle(a), text: lastGiven(names.asset(a)?.text) })).filter(t => t.text);
    if (texts.length === 1) return texts[0].text!;
    return texts.map(t => `${t.title}${lineColon(locale)}\n${t.text}`).join('\n\n');
}

/** The note for people: a checkpoint's response, a step's or milestone's note; an asset's text is its copy, not a note. */
export function noteText(e: ScheduleEvent): string {
    if (e.type === 'asset-due') return '';
    return e.note ?? '';
}
