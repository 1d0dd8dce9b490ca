/**
 * One version of a playbook as plain data, for `playbook diff`: everything a reviewer compares,
 * read from the schedule-and-metrics model (dates, times, owners) and the tracking JSON (wire
 * names, properties, formulas, targets). No date is computed here; the AST is not kept, so the
 * language services can load the other version next.
 */
import { isKpiCheck } from '../generated/ast.js';
import { isPlainDate } from '../generators/common.js';
import { type TrackingEventJson, type TrackingGoalJson, type TrackingKpiJson, targetText, trackingJson } from '../generators/tracking-json.js';
import type { EventType, PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { clauseValue, lastGiven } from '../syntax/clauses.js';
import { lastNodeForProperty } from '../syntax/cst.js';
import { type DaySpan, daySpanOf } from './day-marks.js';

/** One occurrence of a scheduled item. */
export interface Occurrence {
    date: string;
    /** `HH:MM`, null when all-day. */
    time: string | null;
    /** The local ISO date-time (timed) or the date (all-day), as the calendar JSON writes it (written when first read). */
    readonly start: string;
    /** Epoch millis of a timed start, for the shift; null when all-day. */
    epoch: number | null;
    /** Run number of a repeating playbook (1-based), null without runs. */
    run: number | null;
    /** That run's D-day, null without runs. */
    runDday: string | null;
    /** The calendar event's id (for the timeline preview's comparison; not part of the diff JSON). */
    id: string;
}

/** A step, milestone, asset due date or checkpoint, with its occurrences in date order. */
export interface ScheduledItem {
    type: EventType;
    name: string;
    /** What a planner reads: the step's, milestone's or asset's title, the checkpoint's risk's. */
    title: string;
    phase: string | null;
    /** The fields a reviewer cares about beside the dates (title, owner, channels …), as text. */
    fields: Record<string, string>;
    occurrences: Occurrence[];
}

export interface PhaseInfo {
    name: string;
    title: string;
    kind: string;
    start: string;
    end: string;
    days: string;
}

export interface Snapshot {
    name: string;
    title: string;
    /** start / dday / repeat / timezone, as text ('' when absent). */
    timeline: Record<string, string>;
    phases: Map<string, PhaseInfo>;
    /** Keyed by `type:name` (a step and an asset may share a name). */
    items: Map<string, ScheduledItem>;
    kpis: Map<string, TrackingKpiJson>;
    goals: Map<string, TrackingGoalJson>;
    /** Keyed by the track's declared name. */
    tracks: Map<string, TrackingEventJson>;
    risks: Map<string, Record<string, string>>;
    budget: Record<string, string>;
    budgetLines: Map<string, Record<string, string>>;
    /** The D-day of each run (index 1 first) of a `repeat` / `dday` playbook; empty with `start`. */
    runs: string[];
    /** The holidays and 调休 workdays of the days the schedule spans (day-marks.ts). */
    days: DaySpan | null;
}

const list = (values: readonly string[]) => values.join(', ');

/** The event's run (1-based) and its D-day, where the model has runs (`event.run` is `{ index, dday }`), else nulls. */
function runOf(e: ScheduleEvent): { run: number | null; runDday: string | null } {
    const run = e.run;
    return run ? { run: run.index, runDday: run.dday } : { run: null, runDday: null };
}

/** The text of a header clause (`dday`, `repeat` …) as written, whitespace collapsed; '' when absent. */
function clauseText(model: PlaybookModel, property: string): string {
    const value = clauseValue(model.node, property);
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    const cst = lastNodeForProperty(model.node, property);
    return cst ? cst.text.replace(/\s+/g, ' ').trim() : '';
}

/**
 * An occurrence, its time as the model has it: the local ISO text (what the calendar JSON writes as
 * `start`) is written only when read, for the few occurrences a diff shows (thousands are compared).
 */
function occurrence(event: ScheduleEvent): Occurrence {
    const zoned = event.start;
    const date = event.date;
    return {
        date, time: event.time ?? null, epoch: zoned?.epochMillis ?? null, ...runOf(event), id: event.id,
        get start() { return zoned ? zoned.local : date; },
    };
}

export function snapshotOf(model: PlaybookModel): Snapshot {
    const tracking = trackingJson(model);

    const phases = new Map<string, PhaseInfo>();
    for (const p of model.phases) {
        phases.set(p.name, { name: p.name, title: p.title, kind: p.kind ?? '', start: p.start ?? '', end: p.end ?? '', days: p.days === undefined ? '' : String(p.days) });
    }

    const items = new Map<string, ScheduledItem>();
    for (const event of model.events) {
        if (!isPlainDate(event.date) || (event.start && !Number.isFinite(event.start.epochMillis))) continue; // broken input
        const key = `${event.type}:${event.name}`;
        let item = items.get(key);
        if (!item) {
            // A checkpoint's title, owner and check are the risk's: compared once, as the risk.
            const fields: Record<string, string> = event.type === 'checkpoint' ? {} : { title: event.title, owner: event.owner ?? '' };
            if (event.type === 'step' || event.type === 'milestone') {
                fields.channels = list(event.channels);
                fields.assets = list(event.assets);
                fields.segment = event.segment ?? '';
                fields.reminders = list(event.reminders);
                fields.duration = event.durationMinutes === undefined ? '' : String(event.durationMinutes);
                fields.note = event.note ?? '';
            }
            items.set(key, item = { type: event.type, name: event.name, title: event.title || event.name, phase: event.phase?.name ?? null, fields, occurrences: [] });
        }
        item.occurrences.push(occurrence(event));
    }
    // model.events is sorted by date; the occurrences of an item keep that order.

    const risks = new Map<string, Record<string, string>>();
    for (const r of model.own.risks) {
        const condition = lastGiven(r.when);
        const when = isKpiCheck(condition) ? (condition.$cstNode?.text ?? '') : (condition?.text ?? '');
        risks.set(r.name ?? '', {
            title: r.title ?? '', kind: r.kind ?? '', when: when.replace(/\s+/g, ' ').trim(), then: lastGiven(r.then) ?? '',
            owner: lastGiven(r.owner)?.$refText ?? '',
        });
    }

    const budget: Record<string, string> = {};
    const budgetLines = new Map<string, Record<string, string>>();
    const b = model.own.budgets[0];
    if (b) {
        budget.amount = b.amount === undefined ? '' : `${b.amount}${b.currency ? ` ${b.currency}` : ''}`;
        const unit = b.currency ? ` ${b.currency}` : '';
        for (const line of b.lines) {
            // A line is a share of the budget (`50%`) or an amount in the budget's currency (`15000`).
            const share = line.share?.percent ?? '';
            const amount = line.share?.percent === undefined && line.share?.number !== undefined ? `${line.share.number}${unit}` : '';
            budgetLines.set(line.name ?? '', { title: line.title ?? '', share, amount });
        }
    }

    return {
        name: model.name,
        title: model.title,
        timeline: {
            start: clauseText(model, 'start'), dday: clauseText(model, 'dday'), repeat: clauseText(model, 'repeat'),
            timezone: model.timezone,
        },
        phases,
        items,
        kpis: new Map(tracking.kpis.map(k => [k.name, k])),
        goals: new Map(tracking.goals.map(g => [g.name, g])),
        tracks: new Map(tracking.events.map(t => [t.track, t])),
        risks,
        budget,
        budgetLines,
        runs: model.runs.map(r => r.dday),
        days: daySpanOf(model),
    };
}

export { targetText };
