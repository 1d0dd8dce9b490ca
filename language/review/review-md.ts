/**
 * The 复盘报告 as Markdown: a summary line, the KPI table (target, actual, 达成率, ✓/✗; for a
 * repeating playbook targets per run, the total over the runs and how many runs met), a Mermaid
 * `xychart-beta` of attainment (GitHub renders it), per phase (and per run, each run's value with
 * its attainment and ✓/✗), goals, checkpoints and the tracking-quality section.
 */
import { utf8 } from '../generators/common.js';
import { cell, code, mdText, table } from '../generators/markdown.js';
import { clockOf, dateOf, endClock, weekdayName } from '../model/date-text.js';
import { shiftDate } from '../model/dates.js';
import type { Locale } from '../messages/locale.js';
import { type ReviewLabel, reviewLabel } from '../messages/review.js';
import type { ReviewJson } from './review-compute.js';
import { attainmentText, linesText, reviewSummary, runValueText, runsMetText, statusText, targetText, unreadableText, valueText, violationText } from './review-format.js';
import { colon as colonOf } from '../messages/fragments.js';

/** A label inside a Mermaid chart: double quotes and line breaks would end it. */
function chartLabel(text: string): string {
    return `"${text.replace(/["\r\n\\]/g, ' ').trim() || '-'}"`;
}

export function attainmentChart(r: ReviewJson, locale: Locale): string[] {
    const shown = r.kpis.filter(k => k.attainment !== null);
    if (!shown.length) return [];
    const values = shown.map(k => Number((k.attainment! * 100).toFixed(1)));
    let top = 100;
    for (const v of values) if (v > top) top = v;
    top = Math.ceil((top * 1.1) / 10) * 10;
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${chartLabel(reviewLabel('chartSection', locale))}`,
        `    x-axis [${shown.map(k => chartLabel(k.title)).join(', ')}]`,
        `    y-axis ${chartLabel(reviewLabel('chartAxis', locale))} 0 --> ${top}`,
        `    bar [${values.join(', ')}]`,
        `    line [${shown.map(() => 100).join(', ')}]`,
        '```',
    ];
}

export function reviewMarkdown(r: ReviewJson, locale: Locale): Uint8Array {
    const L = (key: ReviewLabel, ...args: (string | number)[]) => reviewLabel(key, locale, ...args);
    const day = (date: string) => `${date} ${weekdayName(date, locale)}`;
    const out: string[] = [`# ${mdText(L('reviewTitle', r.title))}`, '', `**${mdText(reviewSummary(r, locale))}**`, ''];
    const colon = colonOf(locale);
    // Before the first day the window is empty; the summary line names the first day instead.
    const runCount = Object.keys(r.kpis[0]?.byRun ?? {}).length;
    if (r.window && r.started) out.push(`- ${L('window')}${colon}${windowText(r.window)}${runCount > 1 ? L('windowRuns', runCount) : ''}`);
    if (r.asOf) out.push(`- ${L('asOf')}${colon}${day(r.asOf)}`);
    out.push(`- ${L('rows')}${colon}${r.rows.read}`);
    if (r.rows.outsideWindow) out.push(`- ${mdText(L('outsideWindow', r.rows.outsideWindow))}`);
    if (noPlannedEvent(r)) out.push('', `> **${mdText(L('anotherPlaybook'))}**`);
    const early = endsEarly(r);
    if (r.rows.read === 0) out.push('', `> **${mdText(L('noRows'))}**`);
    else if (early) out.push('', `> ${mdText(L('endsEarly', early.last, early.lastDay))}`);
    const section = (title: string, lines: string[]) => {
        if (!lines.length) return;
        out.push('', `## ${mdText(title)}`, '');
        for (const line of lines) out.push(line); // no spread: a table may have more rows than a call takes arguments
    };

    const titleOf = new Map(r.kpis.map(k => [k.name, k.title]));
    const kpiCell = (name: string) => cell(titleOf.get(name) ?? name);
    const status = (s: string | null) => statusText(s, locale, r.started);
    // A repeating playbook: targets per run, the actual the total over the runs, the attainment their mean, how many runs met.
    const perRun = r.kpis.some(k => k.byRunStatus);
    section(L('kpiSection'), table(
        perRun ? [L('colKpi'), L('colTarget'), L('colActualRuns'), L('colAttainmentRuns'), L('colStatus'), L('colRunsMet')]
            : [L('colKpi'), L('colTarget'), L('colActual'), L('colAttainment'), L('colStatus')],
        // The id beside the title here only: it is what an engineer greps the playbook and the json for.
        r.kpis.map(k => [`${cell(k.title)} ${code(k.name)}`, cell(targetText(k, locale)), valueText(k.actual, k.percent), attainmentText(k.attainment), status(k.status),
            ...(perRun ? [cell(runsMetText(k, locale))] : [])]),
    ));
    section(L('chartSection'), attainmentChart(r, locale));
    section(L('phaseSection'), r.phases.length ? table(
        [L('colKpi'), ...r.phases.map(p => cell(p.title))],
        r.kpis.map(k => [cell(k.title), ...r.phases.map(p => valueText(k.byPhase[p.name], k.percent))]),
    ) : []);
    const runs = r.kpis[0]?.byRun ? Object.keys(r.kpis[0].byRun) : [];
    section(L('runSection'), runs.length ? table(
        [L('colKpi'), ...runs.map(day)],
        r.kpis.map(k => [cell(k.title), ...runs.map(d => cell(runValueText(k, d, locale)))]),
    ) : []);
    section(L('goalSection'), r.goals.length ? table([L('colGoal'), L('colStatus')], r.goals.map(g => [cell(g.title), status(g.status)])) : []);
    const percentOf = new Map(r.kpis.map(k => [k.name, k.percent]));
    section(L('checkpointSection'), r.checkpoints.length ? table(
        [L('colRisk'), L('colKpi'), L('colDate'), L('colActual'), L('colThreshold'), L('colCheckStatus')],
        r.checkpoints.map(c => [cell(c.title), kpiCell(c.kpi), day(c.date), valueText(c.actual, percentOf.get(c.kpi) ?? false),
            valueText(c.threshold, percentOf.get(c.kpi) ?? false), statusText(c.status, locale)]),
    ) : []);

    const q = r.tracking;
    const quality: string[] = [];
    if (!q.unplanned.length && !q.missing.length && !q.violations.length && !q.unreadable.length) quality.push(L('qualityClean'));
    const sub = (title: string, lines: string[]) => {
        if (!lines.length) return;
        if (quality.length) quality.push('');
        quality.push(`### ${mdText(title)}`, '');
        for (const line of lines) quality.push(line);
    };
    sub(L('unplanned'), q.unplanned.length ? table([L('colEvent'), L('colRows'), L('colFirstLine')], q.unplanned.map(u => [code(u.event), String(u.rows), String(u.firstLine)])) : []);
    sub(L('missing'), q.missing.map(m => `- ${code(m.event)}`));
    sub(L('violations'), q.violations.length ? table(
        [L('colEvent'), L('colProperty'), L('colProblem'), L('colRows'), L('colFirstLine')],
        q.violations.map(v => [code(v.event), code(v.property), cell(violationText(v.problem, v.expected, locale)), String(v.rows), String(v.firstLine)]),
    ) : []);
    sub(L('unreadable'), q.unreadable.length ? table(
        [L('colProblem'), L('colRows'), L('colLines')],
        q.unreadable.map(u => [cell(unreadableText(u.problem, locale)), String(u.rows), linesText(u.lines, u.rows)]),
    ) : []);
    section(L('qualitySection'), quality);
    return utf8(out.join('\n') + '\n');
}

/**
 * The window as a planner reads it: local dates and times, its end as 24:00 of the campaign's last
 * day (`2027-05-25 00:00 – 2027-07-09 24:00`), not the ISO instant of the day after.
 */
export function windowText(window: { start: string; end: string }): string {
    const dayBefore = shiftDate(dateOf(window.end), -1);
    // An empty window (`--as-of` before the first day) keeps its end as it is: 00:00 of the first day.
    const end = dayBefore !== undefined && dayBefore >= dateOf(window.start) && endClock(dayBefore, window.end).clock === '24:00'
        ? `${dayBefore} 24:00`
        : `${dateOf(window.end)} ${clockOf(window.end)}`;
    return `${dateOf(window.start)} ${clockOf(window.start)} – ${end}`;
}

/** Rows were read, and every readable one names an event no track plans: probably another playbook's export. */
export function noPlannedEvent(r: ReviewJson): boolean {
    let unplanned = 0;
    for (const u of r.tracking.unplanned) unplanned += u.rows;
    return unplanned > 0 && unplanned === r.rows.read - r.rows.unreadable;
}

/**
 * Without `--as-of`, the file's last row is before the window's last day (an export taken
 * mid-campaign, or a run still to come): the later days count as zero and their checkpoints as
 * triggered or clear. Undefined when that is not so.
 */
export function endsEarly(r: ReviewJson): { last: string; lastDay: string } | undefined {
    if (r.asOf || !r.window || !r.rows.last) return undefined;
    const lastDay = shiftDate(dateOf(r.window.end), -1);
    return lastDay && r.rows.last < lastDay ? { last: r.rows.last, lastDay } : undefined;
}
