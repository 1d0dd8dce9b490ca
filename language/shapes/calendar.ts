/**
 * The shape of `playbook calendar --format json` (generators/calendar-json.ts), defined once: its
 * TypeScript types, the shipped `calendar.schema.json` (shapes/schema-files.ts) and the runtime
 * check (`Value.Check`) all come from these definitions.
 */
import { EVENT_TYPES } from '../vocabulary/kinds.js';
import { DateText, LocalDateTime, Nullable, type Static, Type } from './schema.js';


export const CalendarPhase = Type.Object({
    name: Type.String(),
    title: Type.String(),
    kind: Nullable(Type.String()),
    start: Nullable(DateText, { description: 'First day; null when the phase cannot be dated.' }),
    end: Nullable(DateText, { description: 'Last day (inclusive).' }),
    days: Nullable(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false });

export const CalendarRun = Type.Object({
    run: Type.Integer({ minimum: 1 }),
    dday: DateText,
    start: Nullable(DateText, { description: 'First day of the run\'s first dated phase.' }),
    end: Nullable(DateText, { description: 'Last day of the run\'s last dated phase.' }),
}, { additionalProperties: false });

export const CalendarBlackout = Type.Object({
    from: DateText,
    to: DateText,
    title: Nullable(Type.String(), { description: 'Why the days are kept clear (e.g. 竞品大促); null without a reason.' }),
}, { additionalProperties: false, description: 'A `blackout`: days to keep clear (holidays, competitors\' big days), first and last day (inclusive).' });

/** The fields of an event (the timeline preview's events add theirs to these: protocol/contract.ts). */
export const calendarEventFields = {
    id: Type.String({
        minLength: 3,
        description: 'Stable id: PLAYBOOK.ITEM.DATE for steps and milestones, PLAYBOOK.asset-due.ASSET, PLAYBOOK.checkpoint.RISK; in a repeating playbook PLAYBOOK.DDAY.… (the run\'s D-day), so adding or removing a run never changes the others. It does not change when unrelated lines change; iCalendar UIDs derive from it.',
    }),
    type: Type.Enum(EVENT_TYPES),
    phase: Nullable(Type.String()),
    name: Type.String(),
    title: Type.String(),
    date: DateText,
    time: Nullable(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }), { description: '`HH:MM` local time; null for all-day events.' }),
    start: Type.Union([LocalDateTime, DateText], { description: 'Local date-time with offset for timed events, the date for all-day events.' }),
    end: Nullable(LocalDateTime, { description: 'Local date-time with offset; null for all-day events.' }),
    channels: Type.Array(Type.String()),
    owner: Nullable(Type.String(), { description: 'Effective owner (role name) after phase and playbook defaults.' }),
    assets: Type.Array(Type.String()),
    segment: Nullable(Type.String()),
    reminders: Type.Array(Type.String({ pattern: '^P(\\d+D)?(T(\\d+H)?(\\d+M)?)?$' }), { description: 'ISO 8601 durations before the start.' }),
    note: Nullable(Type.String()),
    check: Nullable(Type.String(), { description: 'For checkpoints: the KPI check, e.g. `new_members < 40%`.' }),
    run: Nullable(Type.Integer({ minimum: 1 }), { description: 'The run (1-based, in D-day order); null without `dday` / `repeat`.' }),
    dday: Nullable(DateText, { description: 'The run\'s D-day; null without `dday` / `repeat`.' }),
    d: Nullable(Type.Integer(), { description: 'Days from the run\'s D-day (D-3 is -3, D is 0); null without a D-day.' }),
    dayOff: Nullable(Type.Enum(['weekend', 'holiday']), {
        description: 'A statutory holiday (holiday data or a `holiday` line), or a Saturday/Sunday that is no 调休 workday; null on a working day.',
    }),
    dayNote: Nullable(Type.String(), { description: 'The holiday\'s name (e.g. 国庆节), or the note of a 调休 working weekend; null otherwise.' }),
};

export const CalendarEvent = Type.Object(calendarEventFields, {
    additionalProperties: false,
    // An all-day event starts on a date and has no end (an all-day step's reminders count back from
    // 00:00 of its day); a timed one starts and ends at a local time.
    allOf: [{
        if: { properties: { time: { type: 'null' } } },
        then: { properties: { start: DateText, end: { type: 'null' } } },
        else: { properties: { start: LocalDateTime, end: LocalDateTime } },
    }],
});

export const Calendar = Type.Object({
    playbook: Type.String({ description: 'The playbook\'s name.' }),
    title: Type.String(),
    timezone: Type.String({ description: 'IANA time zone of all local times.', minLength: 1 }),
    start: Nullable(DateText),
    end: Nullable(DateText, { description: 'Last day of the last dated phase.' }),
    phases: Type.Array(CalendarPhase, { description: 'The phases (of the first run, when the playbook repeats).' }),
    runs: Type.Array(CalendarRun, { description: 'The runs of a playbook with `dday` (one) or `repeat` (one per D-day, in D-day order); empty with `start`.' }),
    events: Type.Array(CalendarEvent),
    blackouts: Type.Array(CalendarBlackout, { description: 'The days to keep clear, by first day (absolute dates: the same for every run).' }),
}, { additionalProperties: false });

export type CalendarPhaseJson = Static<typeof CalendarPhase>;
export type CalendarRunJson = Static<typeof CalendarRun>;
export type CalendarBlackoutJson = Static<typeof CalendarBlackout>;
export type CalendarEventJson = Static<typeof CalendarEvent>;
export type CalendarJson = Static<typeof Calendar>;
