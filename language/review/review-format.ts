/** How review figures read in the Markdown and the workbook: values, targets, attainment, statuses, problems. */
import { targetForPeople } from '../generators/tracking-json.js';
import { PROPERTY_TYPES } from '../messages/kinds.js';
import { pick, type Locale } from '../messages/locale.js';
import { listSeparator } from '../messages/fragments.js';
import { reviewLabel } from '../messages/review.js';
import type { UnreadableReason } from './actuals.js';
import type { KpiResult, ReviewJson } from './review-compute.js';
import type { ViolationProblem } from './review-quality.js';

function round(n: number, digits: number): string {
    return String(Number(n.toFixed(digits)));
}

export function valueText(value: number | null, percent: boolean): string {
    if (value === null) return '—';
    return percent ? `${round(value * 100, 2)}%` : round(value, 2);
}

/** The target as people read it (`≥ 5,000`); a repeating playbook's (its KPIs judged per run) reads per run: `≥ 100 per run`, `每期 ≥ 100`. */
export function targetText(k: KpiResult, locale?: Locale): string {
    if (k.target === null) return '—';
    // As the tracking spec and the diff write it: `≥ 5,000`, `≥ 20%`.
    const text = targetForPeople({ op: k.op ?? '>=', value: k.target, percent: k.percent });
    return k.byRunStatus && locale ? reviewLabel('targetPerRun', locale, text) : text;
}

/** A repeating playbook's KPI: `met in 7 of 9 runs` over the runs with a status; `—` without one. */
export function runsMetText(k: KpiResult, locale: Locale): string {
    const judged = Object.values(k.byRunStatus ?? {}).filter(s => s !== null);
    return judged.length ? reviewLabel('runsMet', locale, judged.filter(s => s === 'met').length, judged.length) : '—';
}

/** A run's value with its attainment and ✓ / ✗ (`72 (72%) ✗`) where it is judged, else the value alone. */
export function runValueText(k: KpiResult, dday: string, locale: Locale): string {
    const value = valueText(k.byRun?.[dday] ?? null, k.percent);
    const status = k.byRunStatus?.[dday] ?? null;
    if (status === null) return value;
    return reviewLabel('runValue', locale, value, attainmentText(k.byRunAttainment?.[dday] ?? null), status === 'met' ? '✓' : '✗');
}

export function attainmentText(a: number | null): string {
    if (a === null) return '—';
    const percent = a * 100;
    return `${round(percent, percent !== 0 && Math.abs(percent) < 1 ? 2 : 1)}%`;
}

/** A status as a planner reads it; no status before the campaign's first day (`started` false) reads "not started". */
export function statusText(status: string | null, locale: Locale, started = true): string {
    switch (status) {
        case 'met': return `✓ ${reviewLabel('met', locale)}`;
        case 'missed': return `✗ ${reviewLabel('missed', locale)}`;
        case 'triggered': return `⚠ ${reviewLabel('triggered', locale)}`;
        case 'clear': return `✓ ${reviewLabel('clear', locale)}`;
        case 'pending': return reviewLabel('pending', locale);
        default: return started ? '—' : reviewLabel('notStarted', locale);
    }
}

export function unreadableText(reason: UnreadableReason, locale: Locale): string {
    const key = ({ columns: 'badColumns', quote: 'badColumns', time: 'badTime', event: 'noEvent', user: 'noUser' } as const)[reason];
    return reason === 'quote' ? `${reviewLabel(key, locale)} (")` : reviewLabel(key, locale);
}

/**
 * A row that breaks the plan, in the report's language: the type by its label as the tracking spec
 * names it (`不是数值类型（number）`), an enum's values listed (`expected` is the json's `a|b`).
 */
export function violationText(problem: ViolationProblem, expected: string, locale: Locale): string {
    if (problem === 'required') return reviewLabel('requiredAbsent', locale);
    if (problem === 'enum') return reviewLabel('notInEnum', locale, expected.split('|').join(listSeparator(locale)));
    const label = PROPERTY_TYPES[expected];
    return reviewLabel('wrongType', locale, expected, label ? pick(label, locale) : expected);
}

/** `2 of 3 goals met · 4 of 6 KPIs with targets met`; before the first day, that it has not started. */
export function reviewSummary(r: ReviewJson, locale: Locale): string {
    if (!r.started) return reviewLabel('notStartedSummary', locale, r.asOf ?? '', r.window ? r.window.start.slice(0, 10) : '');
    const goals = r.goals.filter(g => g.status !== null);
    const kpis = r.kpis.filter(k => k.target !== null);
    return [
        reviewLabel('goalsMet', locale, goals.filter(g => g.status === 'met').length, r.goals.length),
        reviewLabel('kpisMet', locale, kpis.filter(k => k.status === 'met').length, kpis.length),
    ].join(' · ');
}

export function linesText(lines: readonly number[], rows: number): string {
    return lines.join(', ') + (rows > lines.length ? ', …' : '');
}
