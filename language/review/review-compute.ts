/**
 * `playbook review`: the actuals streamed once through the plan (review-plan.ts). Per base
 * measure and time range it keeps a number (`count`, `sum`) or the set of users (`unique`): memory
 * grows with the distinct users `unique` KPIs need, not with the file. Then ratios, targets,
 * checkpoints and goals are derived, and the tracking-quality counts come along.
 */
import { type Kpi, isRatioFormula } from '../generated/ast.js';
import { targetJson } from '../generators/tracking-json.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { type LocalDate, todayIn } from '../model/dates.js';
import { type ActualsHeader, type RowSink, type UnreadableReason, streamRows } from './actuals.js';
import { type Measure, type Range, type ReviewPlan, reviewPlan } from './review-plan.js';
import { TrackingQuality } from './review-quality.js';
import { RowTimes } from './row-time.js';

/** The types are those of the one definition (shapes/review.ts). */
export type { KpiResultJson as KpiResult, ReviewJson, Status } from '../shapes/review.js';
import type { KpiResultJson as KpiResult, ReviewJson, Status } from '../shapes/review.js';

/**
 * One base measure's tally over the ranges it is asked for: slot 0 the window, then phases, runs,
 * checkpoints. `unique` keeps, per user, the set of slots the user was seen in: a bit mask while
 * there are at most 30 slots (one map entry per distinct user), else a set of users per slot.
 */
class Tally {
    private readonly values: Float64Array;
    private readonly masks: Map<string, number> | undefined;
    private readonly sets: Set<string>[] | undefined;
    private counts: number[] | undefined;

    constructor(readonly measure: Measure, private readonly size: number) {
        this.values = new Float64Array(size);
        if (measure.kind === 'unique') {
            if (size <= MASK_SLOTS) this.masks = new Map();
            else this.sets = Array.from({ length: size }, () => new Set<string>());
        }
    }

    /** Adds a row that falls into the slots `hits` (their bit `mask` when there are few slots). */
    add(hits: readonly number[], mask: number, user: string, amount: number): void {
        if (this.masks) {
            const before = this.masks.get(user) ?? 0;
            if ((before | mask) !== before) this.masks.set(user, before | mask);
        } else if (this.sets) {
            for (const s of hits) this.sets[s].add(user);
        } else {
            for (const s of hits) this.values[s] += amount;
        }
    }

    value(slot: number): number {
        if (this.masks) {
            if (!this.counts) {
                const counts = new Array<number>(this.size).fill(0);
                for (const m of this.masks.values()) for (let s = 0; s < this.size; s++) if (m & (1 << s)) counts[s]++;
                this.counts = counts;
            }
            return this.counts[slot];
        }
        return this.sets ? this.sets[slot].size : this.values[slot];
    }
}

const MASK_SLOTS = 30;

interface Slot {
    ranges: Range[];
}

function inRanges(ranges: readonly Range[], t: number): boolean {
    for (const r of ranges) if (t >= r.from && t < r.to) return true;
    return false;
}

function compare(op: string, a: number, b: number): boolean {
    switch (op) {
        case '<': return a < b;
        case '<=': return a <= b;
        case '>': return a > b;
        default: return a >= b;
    }
}

export async function computeReview(model: PlaybookModel, path: string, header: ActualsHeader, asOf?: LocalDate): Promise<ReviewJson> {
    const plan = reviewPlan(model, asOf);
    const windowRange = plan.window?.range;
    // Slot 0, what the totals count: the window; for a repeating playbook only its runs' days
    // (a row between two runs belongs to no run and is counted as outside the window).
    const counted0 = !windowRange ? [] : plan.runs.length ? plan.runs.map(r => clip(r.range, windowRange)).filter(r => r.to > r.from) : [windowRange];
    const slots: Slot[] = [{ ranges: counted0 }];
    const phaseSlot = plan.phases.map(p => slots.push({ ranges: p.ranges.map(r => clip(r, windowRange)) }) - 1);
    const runSlot = plan.runs.map(r => slots.push({ ranges: [clip(r.range, windowRange)] }) - 1);
    const checkpointSlot = plan.checkpoints.map(c => slots.push({ ranges: [clip(c.range, windowRange)] }) - 1);

    const tallies = new Map<Kpi, Tally>();
    const byEvent = new Map<string, Tally[]>();
    for (const [kpi, measure] of plan.measures) {
        const tally = new Tally(measure, slots.length);
        tallies.set(kpi, tally);
        let list = byEvent.get(measure.event);
        if (!list) byEvent.set(measure.event, list = []);
        list.push(tally);
    }
    const column = (name: string | undefined) => (name === undefined ? -1 : header.columns.indexOf(name));
    const filterColumn = new Map<Tally, number>();
    const sumColumn = new Map<Tally, number>();
    for (const t of tallies.values()) {
        if (t.measure.filter) filterColumn.set(t, column(t.measure.filter.property));
        if (t.measure.property) sumColumn.set(t, column(t.measure.property));
    }

    const quality = new TrackingQuality(plan.events, header);
    const times = new RowTimes(plan.zone);
    let latest = -Infinity;
    let counted = 0;
    let outside = 0;
    const hits: number[] = [];
    const sink: RowSink = {
        unreadable: (reason: UnreadableReason, line: number) => quality.unreadable(reason, line),
        row: (record: string[], line: number) => {
            const event = record[header.event];
            const user = record[header.user];
            if (!event) return quality.unreadable('event', line);
            if (!user) return quality.unreadable('user', line);
            const t = times.parse(record[header.time]);
            if (t === undefined) return quality.unreadable('time', line);
            if (t > latest) latest = t;
            quality.check(event, record, line);
            if (!inRanges(counted0, t)) {
                outside++;
                return;
            }
            counted++;
            const list = byEvent.get(event);
            if (!list) return;
            hits.length = 0;
            let mask = 0;
            for (let s = 0; s < slots.length; s++) {
                if (inRanges(slots[s].ranges, t)) {
                    hits.push(s);
                    mask |= 1 << s;
                }
            }
            for (const tally of list) {
                const f = tally.measure.filter;
                if (f) {
                    const col = filterColumn.get(tally)!;
                    const cell = col >= 0 ? record[col] : '';
                    const equal = cell !== '' && (f.kind === 'number' ? Number(cell) === Number(f.value) : f.kind === 'flag' ? flagOf(cell) === f.value : cell === f.value);
                    if (equal === f.negate) continue;
                }
                let amount = 1;
                if (tally.measure.kind === 'sum') {
                    const col = sumColumn.get(tally)!;
                    const cell = col >= 0 ? record[col] : '';
                    amount = cell === '' ? 0 : Number(cell);
                    if (!Number.isFinite(amount)) amount = 0; // a violation, reported by the quality check
                }
                tally.add(hits, mask, user, amount);
            }
        },
    };
    const { rows } = await streamRows(path, header, sink);

    const valueAt = (kpi: Kpi, slot: number, seen = new Set<Kpi>()): number | null => {
        const tally = tallies.get(kpi);
        if (tally) return tally.value(slot);
        const f = kpi.formula;
        if (!isRatioFormula(f) || seen.has(kpi)) return null;
        seen.add(kpi);
        const num = f.numerator?.ref ? valueAt(f.numerator.ref, slot, seen) : null;
        const den = f.denominator?.ref ? valueAt(f.denominator.ref, slot, new Set(seen)) : null;
        return num === null || den === null || den === 0 ? null : num / den;
    };

    const started = !plan.window || plan.window.range.to > plan.window.range.from;
    // A repeating playbook's targets apply to each run (SCHEDULE.md): judged per run, then over the runs.
    const perRun = model.repeating && plan.runs.length > 0;
    const kpis: KpiResult[] = model.own.kpis.map(kpi => {
        const target = targetJson(kpi.target);
        const actual = windowRange ? valueAt(kpi, 0) : null;
        const op = target?.op ?? null;
        // Before the first day (`--as-of`) nothing is met or missed yet.
        const { attainment, status } = started ? judge(target, actual) : { attainment: null, status: null as Status };
        const result: KpiResult = {
            name: kpi.name ?? '', title: kpi.title ?? kpi.name ?? '', actual, target: target?.value ?? null, op, percent: target?.percent ?? false,
            attainment, status, byPhase: {},
        };
        plan.phases.forEach((p, i) => { result.byPhase[p.key] = valueAt(kpi, phaseSlot[i]); });
        if (plan.runs.length) {
            const byRun: Record<string, number | null> = result.byRun = {};
            // A run that has not started by `--as-of` has no value yet (null), not 0.
            plan.runs.forEach((r, i) => { byRun[r.dday] = windowRange && r.range.from < windowRange.to ? valueAt(kpi, runSlot[i]) : null; });
            if (perRun) {
                const byRunAttainment: Record<string, number | null> = result.byRunAttainment = {};
                const byRunStatus: Record<string, Status> = result.byRunStatus = {};
                for (const r of plan.runs) ({ attainment: byRunAttainment[r.dday], status: byRunStatus[r.dday] } = judge(target, byRun[r.dday]));
                Object.assign(result, overRuns(Object.values(byRunAttainment), Object.values(byRunStatus)));
            }
        }
        return result;
    });
    const statusOf = new Map(model.own.kpis.map((k, i) => [k, kpis[i].status]));

    const goals = model.own.goals.map(g => {
        const statuses = g.kpis.map(r => r.ref).filter((k): k is Kpi => !!k && !!targetJson(k.target)).map(k => statusOf.get(k) ?? null);
        const status: Status = statuses.length === 0 ? null : statuses.includes('missed') ? 'missed' : statuses.every(s => s === 'met') ? 'met' : null;
        return { name: g.name ?? '', title: g.title ?? g.name ?? '', status };
    });

    const checkpoints = plan.checkpoints.map((c, i) => {
        // A checkpoint whose counting has not begun by `--as-of` (a later run) has no value yet, not 0.
        const actual = windowRange && c.range.from < windowRange.to ? valueAt(c.kpi, checkpointSlot[i]) : null;
        const pending = (asOf !== undefined && asOf < c.date) || actual === null || c.threshold === null;
        const status: 'triggered' | 'clear' | 'pending' = pending ? 'pending' : compare(c.op, actual!, c.threshold!) ? 'triggered' : 'clear';
        return { risk: c.risk, title: c.title, kpi: c.kpi.name ?? '', date: c.date, run: c.run, actual, threshold: c.threshold, status };
    });

    return {
        playbook: model.name,
        title: model.title,
        asOf: asOf ?? null,
        started,
        window: plan.window ? { start: plan.window.start, end: plan.window.end } : null,
        phases: plan.phases.map(p => ({ name: p.key, title: p.title })),
        rows: { read: rows, counted, outsideWindow: outside, unreadable: quality.unreadableCount, last: latest === -Infinity ? null : todayIn(plan.zone, new Date(latest)) },
        kpis,
        goals,
        checkpoints,
        tracking: quality.result(),
    };
}

/**
 * A value against its target: met or missed, and the attainment (`actual / target`; for "at most"
 * targets the share of the allowance used is inverted, so 100 % still means "on target").
 */
function judge(target: ReturnType<typeof targetJson>, actual: number | null): { attainment: number | null; status: Status } {
    if (!target || actual === null) return { attainment: null, status: null };
    const atMost = target.op === '<=' || target.op === '<';
    return {
        attainment: atMost ? (actual === 0 ? null : target.value / actual) : (target.value === 0 ? null : actual / target.value),
        status: compare(target.op, actual, target.value) ? 'met' : 'missed',
    };
}

/**
 * A repeating playbook's KPI over its runs: missed when a run is missed, met when every run with a
 * status is met (at least one); the attainment is the mean of the runs' attainments (null if none).
 */
function overRuns(attainments: readonly (number | null)[], statuses: readonly Status[]): { attainment: number | null; status: Status } {
    const judged = statuses.filter(s => s !== null);
    const status: Status = judged.includes('missed') ? 'missed' : judged.length ? 'met' : null;
    const known = attainments.filter((a): a is number => a !== null);
    let sum = 0;
    for (const a of known) sum += a;
    return { attainment: known.length ? sum / known.length : null, status };
}

/** A boolean cell as `true` / `false` (also `TRUE`, `1`, `0`), else undefined. */
function flagOf(cell: string): string | undefined {
    const v = cell.trim().toLowerCase();
    return v === 'true' || v === '1' ? 'true' : v === 'false' || v === '0' ? 'false' : undefined;
}

function clip(r: Range, window: Range | undefined): Range {
    if (!window) return { from: 0, to: 0 };
    return { from: Math.max(r.from, window.from), to: Math.min(r.to, window.to) };
}

export type { ReviewPlan };
