/**
 * The timeline the server sends the preview (`playbook.server.timeline`): the calendar JSON
 * (shapes/calendar.ts) whose phases and events also carry their 0-based line, each event what the
 * preview shows of it (`display`, generators/timeline.ts), and the label of each event type.
 * Extra fields are allowed (the client reads what it knows); the rest is checked.
 */
import { Calendar, CalendarPhase, CalendarRun, calendarEventFields } from './calendar.js';
import { DateText, Nullable, type Static, Type } from './schema.js';

export const EventDetail = Type.Object({
    label: Type.String(),
    /** May hold line breaks (copy texts, notes). */
    text: Type.String(),
});

export const EventDisplay = Type.Object({
    /** The one label of the event's type (`物料截止`). */
    type: Type.String(),
    /** `09:30–10:00`, `全天`, `当天截止`. */
    time: Type.String(),
    /** The phase's title. */
    phase: Type.String(),
    /** Channels, owner, assets … with their titles. */
    details: Type.Array(EventDetail),
});

const Line = Nullable(Type.Integer({ minimum: 0 }));

export const TimelinePhase = Type.Object({ ...CalendarPhase.properties, line: Line });
export const TimelineEvent = Type.Object({ ...calendarEventFields, line: Line, display: EventDisplay });

/** A phase as one run has it: its name (the phase's title, kind and line are in `phases`) and its days in that run. */
export const TimelineRunPhase = Type.Object({
    name: Type.String(),
    start: DateText,
    end: DateText,
});

/** A run with what the chart writes on its span and D line (messages/calendar.ts). */
export const TimelineRun = Type.Object({
    ...CalendarRun.properties,
    /** `第 2 期` / `Run 2`. */
    label: Type.String(),
    /** `第 2 期 · D 日 2026-09-30` (the D line's tooltip). */
    title: Type.String(),
    /** The run's dated phases, in order, with the days the model gives them in this run (an older server sends none). */
    phases: Type.Optional(Type.Array(TimelineRunPhase)),
});

/**
 * Days the one day calendar of the model marks (model/day-calendar.ts) within the days the chart
 * shows, consecutive days with the same mark as one span: statutory holidays and 调休 working
 * weekends (plain weekends are left out: the axis shows the weekdays).
 */
export const TimelineDayMark = Type.Object({
    from: DateText,
    to: DateText,
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
    /** The holiday's name (国庆节) or the workday's note; null without one. */
    title: Nullable(Type.String()),
});

const { phases: _phases, events: _events, blackouts: _blackouts, runs: _runs, ...calendarFields } = Calendar.properties;
export const Timeline = Type.Object({
    ...calendarFields,
    /** The runs, in D-day order (an older server sends them without label and title). */
    runs: Type.Array(TimelineRun),
    /** Holidays and 调休 workdays within the days shown (an older server sends none). */
    dayMarks: Type.Optional(Type.Array(TimelineDayMark)),
    /** The days to keep clear (an older server sends none). */
    blackouts: Type.Optional(Calendar.properties.blackouts),
    phases: Type.Array(TimelinePhase),
    events: Type.Array(TimelineEvent),
    /** The label of each event type (legend, badges). */
    types: Type.Record(Type.String(), Type.String()),
});

export type EventDetailJson = Static<typeof EventDetail>;
export type EventDisplayJson = Static<typeof EventDisplay>;
export type TimelinePhaseJson = Static<typeof TimelinePhase>;
export type TimelineEventJson = Static<typeof TimelineEvent>;
export type TimelineRunJson = Static<typeof TimelineRun>;
export type TimelineRunPhaseJson = Static<typeof TimelineRunPhase>;
export type TimelineDayMarkJson = Static<typeof TimelineDayMark>;
export type TimelineJson = Static<typeof Timeline>;
