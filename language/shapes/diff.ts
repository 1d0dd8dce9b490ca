/**
 * The shape of `playbook diff --format json` (review/diff.ts), defined once: its types, the
 * shipped `diff.schema.json` and the check.
 */
import { EVENT_TYPES } from '../vocabulary/kinds.js';
import { DateText, Nullable, type Static, Type } from './schema.js';

export const CHANGES = ['moved', 'added', 'removed', 'changed'] as const;
export type Change = (typeof CHANGES)[number];
const NOT_MOVED = ['added', 'removed', 'changed'] as const;

export const DECLARATION_KINDS = ['playbook', 'day', 'phase', 'risk', 'kpi', 'goal', 'budget', 'budget-line'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export const TRACKING_FIELDS = ['event', 'type', 'required', 'enum', 'pii'] as const;
export type TrackingField = (typeof TRACKING_FIELDS)[number];

export const FieldChange = Type.Object({
    field: Type.String(),
    old: Nullable(Type.String()),
    new: Nullable(Type.String()),
    oldTitle: Type.Optional(Nullable(Type.String({ description: 'A step\'s or milestone\'s `phase` field: the old phase\'s title in the old version (null when it had none).' }))),
    newTitle: Type.Optional(Nullable(Type.String({ description: 'A step\'s or milestone\'s `phase` field: the new phase\'s title in the new version (null when it has none).' }))),
}, { additionalProperties: false });

export const When = Type.Object({
    date: DateText,
    time: Nullable(Type.String()),
    start: Type.String({ description: 'Local date-time with offset, or the date of an all-day event.' }),
}, { additionalProperties: false });

export const EventChange = Type.Object({
    change: Type.Enum(CHANGES),
    type: Type.Enum(EVENT_TYPES),
    name: Type.String(),
    title: Type.String({ description: 'What a planner reads (the new title; the old one for a removed item).' }),
    phase: Nullable(Type.String()),
    phaseTitle: Nullable(Type.String()),
    run: Nullable(Type.Integer({ minimum: 1 }), { description: 'Run of a repeating playbook (1-based), null without runs.' }),
    runDday: Nullable(DateText, { description: 'That run\'s D-day (the new one; the old one for a removed occurrence), null without runs.' }),
    occurrence: Nullable(Type.Integer({ minimum: 1 }), { description: '1-based position among the item\'s occurrences (in its run); null for a change of the item\'s fields.' }),
    old: Nullable(When),
    new: Nullable(When),
    shiftMinutes: Nullable(Type.Integer()),
    fields: Type.Array(FieldChange),
}, { additionalProperties: false });

export const DeclarationChange = Type.Object({
    change: Type.Enum(NOT_MOVED),
    kind: Type.Enum(DECLARATION_KINDS),
    name: Type.String(),
    title: Type.String({ description: 'What a planner reads (the new title; the old one for a removed declaration; the name when there is none).' }),
    fields: Type.Array(FieldChange),
}, { additionalProperties: false });

export const TrackingChange = Type.Object({
    change: Type.Enum(NOT_MOVED),
    event: Type.String({ description: 'The wire event name (the new one when it changed).' }),
    track: Type.String({ description: 'The track\'s declared name.' }),
    title: Type.String({ description: 'The track\'s title (what the analytics team\'s dashboards call it).' }),
    property: Type.Optional(Type.String()),
    required: Type.Optional(Type.Boolean({ description: 'An added or removed property: whether it is (was) required.' })),
    field: Type.Optional(Type.Enum(TRACKING_FIELDS)),
    old: Type.Optional(Nullable(Type.String())),
    new: Type.Optional(Nullable(Type.String())),
    breaking: Type.Boolean(),
}, { additionalProperties: false });

export const Diff = Type.Object({
    summary: Type.Object({
        moved: Type.Integer({ minimum: 0 }),
        added: Type.Integer({ minimum: 0 }),
        removed: Type.Integer({ minimum: 0 }),
        changed: Type.Integer({ minimum: 0 }),
        breaking: Type.Boolean(),
    }, { additionalProperties: false }),
    events: Type.Array(EventChange),
    declarations: Type.Array(DeclarationChange),
    tracking: Type.Array(TrackingChange),
}, { additionalProperties: false });

export type FieldChangeJson = Static<typeof FieldChange>;
export type WhenJson = Static<typeof When>;
export type EventChangeJson = Static<typeof EventChange>;
export type DeclarationChangeJson = Static<typeof DeclarationChange>;
export type TrackingChangeJson = Static<typeof TrackingChange>;
export type DiffJson = Static<typeof Diff>;
