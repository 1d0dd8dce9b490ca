/**
 * The shape of `playbook review --format json` (review/review-compute.ts, review-quality.ts),
 * defined once: its types, the shipped `review.schema.json` and the check.
 */
import { DateText, Nullable, type Static, Type } from './schema.js';

export const UNREADABLE_REASONS = ['columns', 'quote', 'time', 'event', 'user'] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];
export const VIOLATION_PROBLEMS = ['required', 'type', 'enum'] as const;
export type ViolationProblem = (typeof VIOLATION_PROBLEMS)[number];

const Count = Type.Integer({ minimum: 0 });
const Line = Type.Integer({ minimum: 1, description: 'A line of the actuals file (1-based).' });
/** `met`, `missed`, or null (no target, no data, not started). */
const Status = Nullable(Type.Enum(['met', 'missed']));
const ByKey = Type.Record(Type.String(), Nullable(Type.Number()));

export const KpiResult = Type.Object({
    name: Type.String(),
    title: Type.String(),
    actual: Nullable(Type.Number(), { description: 'Over the window; for a repeating playbook the total over its runs (count, sum and unique over all the runs\' days, a ratio of those totals).' }),
    target: Nullable(Type.Number(), { description: 'For a repeating playbook the target of each run.' }),
    op: Nullable(Type.Enum(['>=', '>', '<=', '<']), { description: 'Null without a target.' }),
    percent: Type.Boolean(),
    attainment: Nullable(Type.Number(), {
        description: '`actual / target` (`target / actual` for `<=` and `<`); for a repeating playbook the mean of `byRunAttainment` over the runs that have one (null when none has).',
    }),
    status: Nullable(Type.Enum(['met', 'missed']), {
        description: 'Null without a target, a value, or before the first day. For a repeating playbook judged per run: `missed` when a run is missed, `met` when every run with a status is met, else null.',
    }),
    byPhase: ByKey,
    byRun: Type.Optional(Type.Record(Type.String(), Nullable(Type.Number()), { description: 'Per run of a repeating playbook or a D-day playbook (key: the run\'s D-day; null for a run not started by `--as-of`); absent without runs.' })),
    byRunAttainment: Type.Optional(Type.Record(Type.String(), Nullable(Type.Number()), {
        description: 'Per run of a repeating playbook (keys as `byRun`): the run\'s value against the target, as `attainment`; null for a run not started by `--as-of`, without a target or without a value. Absent when the playbook does not repeat.',
    })),
    byRunStatus: Type.Optional(Type.Record(Type.String(), Status, {
        description: 'Per run of a repeating playbook (keys as `byRun`): `met` / `missed` against the target, as `status`; null for a run not started by `--as-of`, without a target or without a value. Absent when the playbook does not repeat.',
    })),
}, { additionalProperties: false });

export const Quality = Type.Object({
    unplanned: Type.Array(Type.Object({ event: Type.String(), rows: Count, firstLine: Line }, { additionalProperties: false })),
    missing: Type.Array(Type.Object({ event: Type.String(), track: Type.String() }, { additionalProperties: false })),
    violations: Type.Array(Type.Object({
        event: Type.String(), property: Type.String(), problem: Type.Enum(VIOLATION_PROBLEMS), expected: Type.String(), rows: Count, firstLine: Line,
    }, { additionalProperties: false })),
    unreadable: Type.Array(Type.Object({ problem: Type.Enum(UNREADABLE_REASONS), rows: Count, lines: Type.Array(Line) }, { additionalProperties: false })),
}, { additionalProperties: false });

export const Review = Type.Object({
    playbook: Type.String(),
    title: Type.String(),
    asOf: Nullable(DateText),
    started: Type.Boolean({ description: 'False when `--as-of` is before the campaign\'s first day: no KPI is met or missed yet.' }),
    window: Nullable(Type.Object({ start: Type.String(), end: Type.String() }, { additionalProperties: false })),
    phases: Type.Array(Type.Object({ name: Type.String(), title: Type.String() }, { additionalProperties: false }), { description: 'The phases `byPhase` is keyed by, in order, with their titles.' }),
    rows: Type.Object({
        read: Count, counted: Count, outsideWindow: Count, unreadable: Count,
        last: Nullable(DateText, { description: 'The local date (the playbook\'s zone) of the latest readable row; null without one.' }),
    }, { additionalProperties: false }),
    kpis: Type.Array(KpiResult),
    goals: Type.Array(Type.Object({ name: Type.String(), title: Type.String(), status: Status }, { additionalProperties: false })),
    checkpoints: Type.Array(Type.Object({
        risk: Type.String(), title: Type.String(), kpi: Type.String(), date: DateText, run: Nullable(Type.Integer({ minimum: 1 })),
        actual: Nullable(Type.Number()), threshold: Nullable(Type.Number()), status: Type.Enum(['triggered', 'clear', 'pending']),
    }, { additionalProperties: false })),
    tracking: Quality,
}, { additionalProperties: false });

export type Status = Static<typeof Status>;
export type KpiResultJson = Static<typeof KpiResult>;
export type QualityJson = Static<typeof Quality>;
export type ReviewJson = Static<typeof Review>;
