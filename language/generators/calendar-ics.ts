/**
 * The SOP calendar as iCalendar (RFC 5545), written with ical-generator in UTC mode: no calendar
 * time zone is ever set, so every DATE-TIME (DTSTART, DTEND, DTSTAMP) is UTC with `Z` and no
 * value depends on the process time zone (ical-generator reads local-time getters as soon as
 * a zone is set, and then also writes DTSTAMP without `Z`).
 *
 * One VEVENT per model event (day ranges are already expanded in the model: no RRULE), UID from
 * the event's stable id, all-day events as VALUE=DATE with an exclusive DTEND, a VALARM
 * (ACTION:DISPLAY) per reminder. ical-generator escapes TEXT values and folds lines at 75
 * octets without splitting a UTF-8 sequence; the calendar name is escaped here because
 * ical-generator writes it verbatim.
 */
import { dayMarkText, runText } from '../messages/calendar.js';
import { dText } from '../model/date-text.js';
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { isStep } from '../generated/ast.js';
import type { Locale } from '../messages/locale.js';
import { label } from '../messages/outputs.js';
import { shiftDate, utcMidnight } from '../model/dates.js';
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { calendarEvents, creationTime, utf8 } from './common.js';
import { blackoutId, dayMarkForPeople, stepsOn } from './blackouts.js';
import { type Names, namesOf } from './names.js';
import { checkpointCondition, reviewersText, typeLabel } from './people.js';
import { colon as colonOf, lineColon, listSeparator, typedTitle } from '../messages/fragments.js';
import { lastGiven } from '../syntax/clauses.js';

/** UID from the stable id: ASCII only (non-ASCII names are percent-encoded as UTF-8), never changing for the same id. */
export function uidOf(id: string): string {
    return encodeURIComponent(id.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** RFC 5545 TEXT escaping, for the values ical-generator writes verbatim. */
function escapeText(text: string): string {
    return textValue(text).replace(/[\\;,]/g, c => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 TEXT holds no control characters but HTAB (and line breaks, escaped as `\n`): NUL,
 * BEL, DEL and the C1 controls become U+FFFD, which importers show as a visible mark.
 */
export function textValue(text: string): string {
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** The SUMMARY: a step's title; other events' titles after their type label (`物料截止：入群邀请语`). */
export function summaryOf(e: ScheduleEvent, locale: Locale): string {
    if (e.type === 'step') return e.title;
    const type = typeLabel(e, locale);
    return typedTitle(type, e.title, locale);
}

/** The DESCRIPTION: run, D offset and day mark; channels, owner, the assets' reviewers, assets (with their text), segment, note; for checkpoints the check and the response. */
export function descriptionOf(e: ScheduleEvent, names: Names, locale: Locale, model?: PlaybookModel): string {
    const colon = colonOf(locale);
    const sep = listSeparator(locale);
    const lines: string[] = [];
    // The run, the offset from D and the day mark (SCHEDULE.md): `第 2 期 · D 日 2027-02-18 · D-3 · 周末`.
    const marks = [e.run ? runText(e.run.index, e.run.dday, locale) : '', e.d !== undefined ? dText(e.d) : '', model ? dayMarkForPeople(model, e, locale) : dayMarkText(e.dayOff, e.dayNote, locale)];
    if (marks.some(Boolean)) lines.push(marks.filter(Boolean).join(' · '));
    if (e.channels.length) lines.push(label('channels', locale) + colon + e.channels.map(names.channel).join(sep));
    if (e.owner) lines.push(label('owner', locale) + colon + names.role(e.owner, locale));
    // 物料审核: whoever reviews the material sees it on its due date and on the steps that use it.
    const reviewers = reviewersText(e, names, locale);
    if (reviewers) lines.push(label('reviewer', locale) + colon + reviewers);
    if (e.type === 'step' && e.assets.length) {
        lines.push(label('assets', locale) + colon + e.assets.map(names.assetTitle).join(sep));
        for (const a of e.assets) {
            const text = lastGiven(names.asset(a)?.text);
            if (text) lines.push('', `${names.assetTitle(a)}${colon.trimEnd()}`, text);
        }
        if (e.assets.some(a => lastGiven(names.asset(a)?.text))) lines.push('');
    }
    if (e.segment) lines.push(label('segment', locale) + colon + names.segment(e.segment));
    if (e.type === 'checkpoint') {
        if (e.check) lines.push(label('check', locale) + colon + checkpointCondition(e, locale));
        if (e.note) lines.push(label('response', locale) + colon + e.note);
    } else if (e.note) {
        lines.push(e.type === 'asset-due' ? `\n${e.note}` : label('note', locale) + colon + e.note);
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const MAX_OCTETS = 74;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * RFC 5545 line folding exactly as ical-generator's `foldLines` does it (content lines of at most
 * 74 octets, never splitting a UTF-8 sequence or a surrogate pair; test/generators/ics-fold.test.ts
 * compares the two), cutting slices where the library appends character by character: on 10,000
 * events with Chinese descriptions that took longer than everything else the ics needs.
 */
export function foldLines(text: string): string {
    const lines = text.split('\r\n');
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        if (line.length <= MAX_OCTETS && !NON_ASCII.test(line)) continue;
        let out = '';
        let from = 0;
        let octets = 0;
        for (let i = 0; i < line.length; i++) {
            const at = i;
            const c = line.charCodeAt(i);
            let size: number;
            if (c < 0x80) size = 1;
            else if (c < 0x800) size = 2;
            else if (c >= 0xd800 && c <= 0xdbff) {
                i++;
                size = 4;
            } else size = 3;
            octets += size;
            if (octets > MAX_OCTETS) {
                out += line.slice(from, at) + '\r\n ';
                from = at;
                octets = size;
            }
        }
        lines[n] = out + line.slice(from);
    }
    return lines.join('\r\n');
}

export function calendarIcs(model: PlaybookModel, locale: Locale, sourceDateEpoch?: number): Uint8Array {
    const stamp = creationTime(model, sourceDateEpoch);
    const names = namesOf(model);
    const options = {
        prodId: { company: 'campaign-playbook', product: 'playbook', language: 'EN' },
        name: escapeText(model.title || model.name),
    };
    const cal = ical(options);
    for (const e of calendarEvents(model)) {
        const summary = textValue(summaryOf(e, locale));
        const timed = e.start !== undefined;
        const nextDay = timed ? undefined : shiftDate(e.date, 1);
        const event = cal.createEvent({
            id: uidOf(e.id),
            stamp,
            allDay: !timed,
            start: timed ? new Date(e.start!.epochMillis) : utcMidnight(e.date),
            // All-day: the exclusive DTEND is the next day (left out on 9999-12-31: one day is the default).
            end: timed ? new Date((e.end ?? e.start!).epochMillis) : nextDay !== undefined ? utcMidnight(nextDay) : null,
            summary,
            description: textValue(descriptionOf(e, names, locale, model)) || null,
            categories: e.phase?.name ? [{ name: e.phase.name }, { name: e.type }] : [{ name: e.type }],
            transparency: timed ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
        });
        if (isStep(e.node)) {
            // Relative to DTSTART: the start time, or 00:00 of the day of an all-day step.
            for (const minutes of e.reminderMinutes) {
                event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: summary });
            }
        }
    }
    addBlackouts(cal, model, locale, stamp);
    // The calendar's own lines from ical-generator (no events), the events' lines folded here: the
    // same text as `cal.toString()`, which folds its whole text with the slow fold above.
    const frame = ical(options).toString();
    const end = frame.lastIndexOf('END:VCALENDAR');
    const events = cal.events().map(e => foldLines(e.toString()));
    return utf8(`${frame.slice(0, end)}${events.join('')}${frame.slice(end)}\r\n`);
}

/**
 * A blackout (days to keep clear) as one all-day event over its days, free time (TRANSP), in
 * category `blackout`: `避让日：竞品大促`, the steps planned on it in the description.
 */
function addBlackouts(cal: ReturnType<typeof ical>, model: PlaybookModel, locale: Locale, stamp: Date): void {
    const seen = new Set<string>();
    for (const b of model.blackouts) {
        const id = blackoutId(model, b);
        if (seen.has(id)) continue;
        seen.add(id);
        const type = label('blackout', locale);
        const steps = stepsOn(model, b).map(e => `${e.date} ${e.title}`);
        const end = shiftDate(b.to, 1);
        cal.createEvent({
            id: uidOf(id),
            stamp,
            allDay: true,
            start: utcMidnight(b.from),
            end: end !== undefined ? utcMidnight(end) : null,
            summary: textValue(b.title ? typedTitle(type, b.title, locale) : type),
            description: steps.length ? textValue(`${label('colStepsOn', locale)}${lineColon(locale)}\n${steps.join('\n')}`) : null,
            categories: [{ name: 'blackout' }],
            transparency: ICalEventTransparency.TRANSPARENT,
        });
    }
}
