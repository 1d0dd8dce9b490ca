/**
 * The shape of `playbook tracking --format json` (generators/tracking-json.ts), defined once: its
 * TypeScript types, the shipped `tracking.schema.json` (shapes/schema-files.ts) and the runtime
 * check. (`--format jsonschema` is another thing: a schema of one playbook's events,
 * generators/tracking-schema.ts.)
 */
import { KIND_VALUES, type KindValue } from '../vocabulary/kinds.js';
import { Nullable, type Static, Type } from './schema.js';

export type PropertyTypeName = KindValue<'propertyType'>;
const PROPERTY_TYPE_NAMES = Object.keys(KIND_VALUES.propertyType) as PropertyTypeName[];

export const TrackingProperty = Type.Object({
    name: Type.String(),
    title: Nullable(Type.String()),
    type: Type.Enum(PROPERTY_TYPE_NAMES),
    required: Type.Boolean(),
    pii: Type.Boolean({ description: 'Personal information.' }),
    values: Type.Optional(Type.Array(Type.String(), { description: 'Only for `enum` properties.' })),
}, {
    additionalProperties: false,
    if: { properties: { type: { const: 'enum' } } },
    then: { properties: { values: { type: 'array', minItems: 1 } }, required: ['values'] },
    else: { properties: { values: false } },
});

export const TrackingEvent = Type.Object({
    name: Type.String({ minLength: 1, description: 'Wire event name (the track\'s `event`, else its name).' }),
    track: Type.String({ description: 'Name of the track declaration.' }),
    title: Type.String(),
    channels: Type.Array(Type.String()),
    properties: Type.Array(TrackingProperty),
    kpis: Type.Array(Type.String(), { description: 'KPIs resting on this event, directly or through ratios.' }),
}, { additionalProperties: false });

export const TrackingTarget = Type.Object({
    op: Type.Enum(['>=', '<=', '>', '<']),
    value: Type.Number({ description: 'A percentage as a fraction: 5% is 0.05.' }),
    percent: Type.Boolean(),
}, { additionalProperties: false });

export const TrackingKpi = Type.Object({
    name: Type.String(),
    title: Type.String(),
    formula: Nullable(Type.String(), {
        description: 'count EVENT, unique EVENT, sum EVENT.PROPERTY (EVENT: the wire name of the track; each with an optional where filter) or KPI / KPI; null when not measurable yet.',
    }),
    target: Nullable(TrackingTarget),
    events: Type.Array(Type.String(), { description: 'Wire names of the events it rests on, following ratios.' }),
    goals: Type.Array(Type.String()),
}, { additionalProperties: false });

export const TrackingGoal = Type.Object({
    name: Type.String(),
    title: Type.String(),
    kind: Nullable(Type.String()),
    kpis: Type.Array(Type.String()),
}, { additionalProperties: false });

export const Tracking = Type.Object({
    playbook: Type.String(),
    title: Type.String(),
    events: Type.Array(TrackingEvent),
    kpis: Type.Array(TrackingKpi),
    goals: Type.Array(TrackingGoal),
}, { additionalProperties: false });

export type TrackingPropertyJson = Static<typeof TrackingProperty>;
export type TrackingEventJson = Static<typeof TrackingEvent>;
export type TrackingTargetJson = Static<typeof TrackingTarget>;
export type TrackingKpiJson = Static<typeof TrackingKpi>;
export type TrackingGoalJson = Static<typeof TrackingGoal>;
export type TrackingJson = Static<typeof Tracking>;
