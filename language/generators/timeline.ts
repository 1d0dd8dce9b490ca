/**
 * What the timeline preview shows of each event, in the reader's language, computed on the server
 * from the same texts as the Markdown calendar and the xlsx (people.ts): titles instead of ids,
 * the one type label, the time with its end (`当天截止` on a due date), and detail lines — channels,
 * owner, assets, segment, reminders, reviewer, copy, the checkpoint's condition and response, the
 * note. The extension only lays them out.
 */
import type { Locale } from '../messages/locale.js';
import { pick } from '../messages/locale.js';
import { EVENT_TYPE_LABELS, label } from '../messages/outputs.js';
import type { EventType, ScheduleEvent } from '../model/playbook-model.js';
import type { Names } from './names.js';
import { checkpointCondition, copyText, listSeparator, noteText, remindersText, reviewersText, timeText, typeLabel } from './people.js';

/** What the preview shows of an event: the shape the server sends (shapes/timeline.ts). */
export type { EventDetailJson as EventDetail, EventDisplayJson as EventDisplay } from '../shapes/timeline.js';
import type { EventDetailJson as EventDetail, EventDisplayJson as EventDisplay } from '../shapes/timeline.js';

/** The label of every event type, for the legend. */
export function typeLabels(locale: Locale): Record<EventType | 'blackout', string> {
    const out = {} as Record<EventType | 'blackout', string>;
    for (const [type, text] of Object.entries(EVENT_TYPE_LABELS)) out[type as EventType] = pick(text, locale);
    // The days to keep clear (timeline.blackouts) are no event type, but the chart labels their bands.
    out.blackout = label('blackout', locale);
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
