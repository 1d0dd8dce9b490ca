/**
 * What the timeline preview shows of each event, in the reader's language, computed on the server
 * from the same texts as the Markdown calendar and the xlsx (people.ts): titles instead of ids,
 * the one type label, the time with its end (`当天截止` on a due date), and detail lines — channels,
 * owner, assets, segment, reminders, reviewer, copy, the checkpoint's condition and response, the
 * note. The extension only lays them out.
 */
import type { Locale } from '../messages/locale.js';
import { pick } from '../messages/locale.js';
import { runLabel, runText } from '../messages/calendar.js';
import { shiftDate } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import type { CalendarJson } from '../shapes/calendar.js';
import type { TimelineDayMarkJson, TimelineRunJson } from '../shapes/timeline.js';
import { EVENT_TYPE_LABELS, label } from '../messages/outputs.js';
import type { EventType, ScheduleEvent } from '../model/playbook-model.js';
import type { Names } from './names.js';
import { isPlainDate } from './common.js';
import { checkpointCondition, copyText, listSeparator, noteText, remindersText, reviewersText, timeText, typeLabel } from './people.js';

/** What the preview shows of an event: the shape the server sends (shapes/timeline.ts). */
export type { EventDetailJson as EventDetail, EventDisplayJson as EventDisplay } from '../shapes/timeline.js';
import type { EventDetailJson as EventDetail, EventDisplayJson as EventDisplay } from '../shapes/timeline.js';

/** The label of every event type, for the legend. */
export function typeLabels(locale: Locale): Record<EventType | 'blackout' | 'holiday' | 'workday', string> {
    const out = {} as Record<EventType | 'blackout' | 'holiday' | 'workday', string>;
    for (const [type, text] of Object.entries(EVENT_TYPE_LABELS)) out[type as EventType] = pick(text, locale);
    // The days to keep clear (timeline.blackouts) and the day marks (timeline.dayMarks) are no event
    // types, but the chart labels their bands.
    out.blackout = label('blackout', locale);
    out.holiday = label('holiday', locale);
    out.workday = label('workday', locale);
    return out;
}

/**
 * The runs with the label of their span, the tooltip of their D line, and each run's dated phases
 * with the days the model gives them in that run (`model.runs[i].phases`: read, not recomputed).
 */
export function timelineRuns(model: PlaybookModel, json: CalendarJson, locale: Locale): TimelineRunJson[] {
    const byIndex = new Map(model.runs.map(r => [r.index, r]));
    return json.runs.map(r => ({
        ...r,
        label: runLabel(r.run, locale),
        title: runText(r.run, r.dday, locale),
        phases: (byIndex.get(r.run)?.phases ?? []).flatMap(p => (isPlainDate(p.start) && isPlainDate(p.end) ? [{ name: p.name, start: p.start, end: p.end }] : [])),
    }));
}

/** The most days the day marks are read for (a longer chart is a typo; the chart is capped anyway). */
const MAX_MARKED_DAYS = 3660;

/**
 * The holidays and 调休 workdays the model's day calendar marks (model/day-calendar.ts: read, not
 * recomputed) within the days the chart shows: the first to the last of the timeline's dates,
 * its runs' and its events'. Consecutive days with the same mark are one span.
 */
export function timelineDayMarks(model: PlaybookModel, json: CalendarJson): TimelineDayMarkJson[] {
    const dates: string[] = [];
    const push = (d: string | null | undefined) => { if (d) dates.push(d); };
    push(json.start); push(json.end);
    for (const r of json.runs) { push(r.start); push(r.end); push(r.dday); }
    for (const p of json.phases) { push(p.start); push(p.end); }
    for (const e of json.events) push(e.date);
    if (dates.length === 0) return [];
    let first = dates[0];
    let last = dates[0];
    for (const d of dates) { if (d < first) first = d; if (d > last) last = d; }
    const out: TimelineDayMarkJson[] = [];
    let i = 0;
    for (let d: string | undefined = first; d !== undefined && d <= last && i < MAX_MARKED_DAYS; d = shiftDate(d, 1), i++) {
        const mark = model.calendar.mark(d);
        const kind = mark.off === 'holiday' ? 'holiday' : mark.workday ? 'workday' : undefined;
        if (!kind) continue;
        const title = mark.note ?? null;
        const prev = out.at(-1);
        if (prev && prev.kind === kind && prev.title === title && shiftDate(prev.to, 1) === d) prev.to = d;
        else out.push({ from: d, to: d, kind, title });
    }
    return out;
}

export function eventDisplay(e: ScheduleEvent, names: Names, locale: Locale): EventDisplay {
    const sep = listSeparator(locale);
    const details: EventDetail[] = [];
    const add = (key: Parameters<typeof label>[0], text: string) => { if (text) details.push({ label: label(key, locale), text }); };
    add('channels', e.channels.map(names.channel).join(sep));
    add('owner', e.owner ? names.role(e.owner, locale) : '');
    add('assets', e.assets.map(names.assetTitle).join(sep));
    add('segment', e.segment ? names.segment(e.segment) : '');
    add('reminders', remindersText(e, locale));
    add('reviewer', reviewersText(e, names, locale));
    add('copy', copyText(e, names, locale));
    if (e.type === 'checkpoint') {
        add('check', checkpointCondition(e, locale));
        add('response', e.note ?? '');
    } else {
        add('note', noteText(e));
    }
    return { type: typeLabel(e, locale), time: timeText(e, locale), phase: e.phase ? e.phase.title || e.phase.name : '', details };
}
