/**
 * The SOP calendar as Markdown for people: title and dates, a Mermaid gantt of the phases,
 * milestones and blackouts (GitHub renders it), the blackout days (避让日) with the steps planned
 * on them, then one table of events per phase.
 */
import type { Locale } from '../messages/locale.js';
import { pick } from '../messages/locale.js';
import { PHASE_KINDS } from '../messages/kinds.js';
import { label } from '../messages/outputs.js';
import type { PhaseSchedule, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { noteCell } from './calendar-table.js';
import { calendarEvents, isPlainDate, utf8 } from './common.js';
import { dText, dateRangeText, weekdayName } from '../model/date-text.js';
import { dayMarkColumn, ganttRunText, outsidePhasesText, runText } from '../messages/calendar.js';
import { cell, code, mdText, mermaidText, table } from './markdown.js';
import { namesOf } from './names.js';
import { pushAll } from '../util/arrays.js';
import { checkpointCondition, reviewersText, timeText, typeLabel } from './people.js';
import { colon as colonOf, listSeparator } from '../messages/fragments.js';
import { blackoutDays, dayMarkForPeople, stepsOn } from './blackouts.js';

function byPhase(model: PlaybookModel): Map<PhaseSchedule | undefined, ScheduleEvent[]> {
    const map = new Map<PhaseSchedule | undefined, ScheduleEvent[]>();
    for (const e of calendarEvents(model)) {
        let list = map.get(e.phase);
        if (!list) map.set(e.phase, list = []);
        list.push(e);
    }
    return map;
}

function gantt(model: PlaybookModel, groups: Map<PhaseSchedule | undefined, ScheduleEvent[]>, locale: Locale): string[] {
    const dated = model.phases.filter(p => isPlainDate(p.start) && p.days);
    if (!dated.length) return [];
    // A repeating playbook charts its first run (the tables below have every run): the title says which.
    const first = model.repeating && model.runs.length > 1 ? model.runs[0] : undefined;
    const title = (model.title || model.name) + (first ? ` — ${ganttRunText(first.index, model.runs.length, first.dday, locale)}` : '');
    const out = ['```mermaid', 'gantt', `    title ${mermaidText(title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %m-%d'];
    for (const p of dated) {
        out.push(`    section ${mermaidText(p.title || p.name)}`);
        out.push(`    ${mermaidText(p.title || p.name)} :${p.start}, ${p.days}d`);
        for (const e of groups.get(p) ?? []) {
            if (e.type === 'milestone') out.push(`    ${mermaidText(e.title)} :milestone, ${e.date}, 0d`);
        }
    }
    // Blackouts: red (`crit`) bars in their own section, days to keep clear.
    if (model.blackouts.length) {
        out.push(`    section ${mermaidText(label('blackouts', locale))}`);
        for (const b of model.blackouts) out.push(`    ${mermaidText(b.title || label('blackout', locale))} :crit, ${b.from}, ${blackoutDays(b)}d`);
    }
    const loose = (groups.get(undefined) ?? []).filter(e => e.type === 'milestone');
    if (loose.length) {
        out.push(`    section ${mermaidText(label('milestones', locale))}`);
        for (const e of loose) out.push(`    ${mermaidText(e.title)} :milestone, ${e.date}, 0d`);
    }
    out.push('```');
    return out;
}

function eventTable(events: readonly ScheduleEvent[], model: PlaybookModel, locale: Locale): string[] {
    const names = namesOf(model);
    const sep = listSeparator(locale);
    const headers = ['colDate', 'colWeekday', 'colTime', 'colType', 'colWhat', 'colChannels', 'colOwner', 'colAssets', 'reviewer', 'colSegment', 'colNote']
        .map(k => label(k as Parameters<typeof label>[0], locale));
    headers.splice(2, 0, dayMarkColumn(locale));
    const rows = events.map(e => [
        e.d !== undefined ? `${e.date} ${code(dText(e.d))}` : e.date,
        weekdayName(e.date, locale),
        cell(dayMarkForPeople(model, e, locale)),
        timeText(e, locale),
        cell(typeLabel(e, locale)),
        `${cell(e.title)} ${code(e.name)}`,
        cell(e.channels.map(names.channel).join(sep)),
        cell(e.owner ? names.role(e.owner, locale) : ''),
        cell(e.assets.map(names.assetTitle).join(sep)),
        // 物料审核: who reviews the material, on its due date and on the steps that use it (as the xlsx).
        cell(reviewersText(e, names, locale)),
        cell(e.segment ? names.segment(e.segment) : ''),
        e.type === 'checkpoint' && e.check ? [cell(checkpointCondition(e, locale)), cell(e.note)].filter(Boolean).join(' — ') : cell(noteCell(e)),
    ]);
    return table(headers, rows);
}

/** The days to keep clear: dates, weekday, days, reason, and the steps planned on them (`blackout-conflict`). */
function blackoutTable(model: PlaybookModel, locale: Locale): string[] {
    const headers = (['colDate', 'colWeekday', 'colDays', 'colReason', 'colStepsOn'] as const).map(k => label(k, locale));
    const rows = model.blackouts.map(b => [
        dateRangeText(b.from, b.to) ?? b.from,
        b.to === b.from ? weekdayName(b.from, locale) : `${weekdayName(b.from, locale)} – ${weekdayName(b.to, locale)}`,
        String(blackoutDays(b)),
        cell(b.title),
        cell(stepsOn(model, b).map(e => `${e.date.slice(5)} ${e.title}`).join(listSeparator(locale))),
    ]);
    return table(headers, rows);
}

function phaseHeading(p: PhaseSchedule, locale: Locale, level = '##'): string {
    const kind = p.kind && PHASE_KINDS[p.kind] ? ` · ${pick(PHASE_KINDS[p.kind], locale)}` : '';
    const range = dateRangeText(p.start, p.end);
    const dates = range ? ` · ${range}` : '';
    return `${level} ${mdText(p.title || p.name)} ${code(p.name)}${kind}${dates}`;
}

export function calendarMarkdown(model: PlaybookModel, locale: Locale): Uint8Array {
    // The dates and the count the json gives, without making every event's json object.
    const json = { start: isPlainDate(model.start) ? model.start : null, end: isPlainDate(model.end) ? model.end : null, events: calendarEvents(model) };
    const colon = colonOf(locale);
    const out: string[] = [];
    out.push(`# ${mdText(model.title || model.name)} — ${label('calendarTitle', locale)}`, '');
    out.push(`- ${label('playbook', locale)}${colon}${code(model.name)}`);
    if (json.start) out.push(`- ${label('dates', locale)}${colon}${dateRangeText(json.start, json.end ?? undefined) ?? `${json.start} – ?`}`);
    out.push(`- ${label('timezone', locale)}${colon}${mdText(model.timezone)}`);
    out.push(`- ${label('eventCount', locale)}${colon}${json.events.length}`);
    out.push('');
    const groups = byPhase(model);
    const chart = gantt(model, groups, locale);
    if (chart.length) pushAll(out, [`## ${label('timeline', locale)}`, '', ...chart, '']);

    if (model.blackouts.length) pushAll(out, [`## ${label('blackouts', locale)}`, '', ...blackoutTable(model, locale), '']);

    // Events per phase, in phase order; events tied to no phase get their own section, placed
    // before the first phase that starts after their first date.
    const sections = model.repeating ? runSections(model, groups, locale) : phaseSections(model, groups, locale);
    for (const s of sections) {
        out.push(s.heading, '');
        if (s.events === undefined) continue;
        if (s.events.length) pushAll(out, eventTable(s.events, model, locale));
        else out.push(label('noEvents', locale));
        out.push('');
    }
    return utf8(out.join('\n').replace(/\n+$/, '\n'));
}

interface Section { heading: string; events?: ScheduleEvent[] }

/** A repeating playbook: a section per run (its D-day in the heading), its phases below it. */
function runSections(model: PlaybookModel, groups: Map<PhaseSchedule | undefined, ScheduleEvent[]>, locale: Locale): Section[] {
    const sections: Section[] = [];
    const loose = new Map<number, ScheduleEvent[]>();
    for (const e of groups.get(undefined) ?? []) {
        if (!e.run) continue;
        let list = loose.get(e.run.index);
        if (!list) loose.set(e.run.index, list = []);
        list.push(e);
    }
    for (const run of model.runs) {
        const dates = run.start && run.end ? ` · ${run.start} – ${run.end}` : '';
        sections.push({ heading: `## ${runText(run.index, run.dday, locale)}${dates}` });
        const outside = loose.get(run.index);
        if (outside?.length) sections.push({ heading: `### ${outsidePhasesText(locale)}`, events: outside });
        for (const p of run.phases) sections.push({ heading: phaseHeading(p, locale, '###'), events: groups.get(p) ?? [] });
    }
    return sections;
}

function phaseSections(model: PlaybookModel, groups: Map<PhaseSchedule | undefined, ScheduleEvent[]>, locale: Locale): Section[] {
    const loose = groups.get(undefined) ?? [];
    const sections: { heading: string; events: ScheduleEvent[] }[] = [];
    let looseDone = loose.length === 0;
    const pushLoose = () => {
        sections.push({ heading: `## ${label('otherDates', locale)}`, events: loose });
        looseDone = true;
    };
    for (const p of model.phases) {
        if (!looseDone && p.start && loose[0].date < p.start) pushLoose();
        sections.push({ heading: phaseHeading(p, locale), events: groups.get(p) ?? [] });
    }
    if (!looseDone) pushLoose();
    return sections;
}
