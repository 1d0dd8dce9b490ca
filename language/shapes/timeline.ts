/**
 * The timeline the server sends the preview (`playbook.server.timeline`): the calendar JSON
 * (shapes/calendar.ts) whose phases and events also carry their 0-based line, each event what the
 * preview shows of it (`display`, generators/timeline.ts), and the label of each event type.
 * Extra fields are allowed (the client reads what it knows); the rest is checked.
 */
import { Calendar, CalendarPhase, calendarEventFields } from './calendar.js';
import { Nullable, type Static, Type } from './schema.js';

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

const { phases: _phases, events: _events, blackouts: _blackouts, ...calendarFields } = Calendar.properties;
export const Timeline = Type.Object({
    ...calendarFields,
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
export type TimelineJson = Static<typeof Timeline>;
