/**
 * What `playbook review` counts, read from the schedule-and-metrics model: the window and the
 * time ranges (phases, runs, checkpoints) as instants in the playbook's zone, the base measures of
 * the KPIs (`count` / `unique` / `sum` with their `where` filter), and the tracking plan (wire
 * names, property types). Every date comes from the model; dates.ts turns them into instants.
 */
import { type Kpi, isCountFormula, isKpiCheck, isSumFormula, isUniqueFormula } from '../generated/ast.js';
import { type PropertyTypeName, percentValue, targetJson, trackingJson, wireName } from '../generators/tracking-json.js';
import { type LocalDate, atWallClock, shiftDate } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { clauseValue } from '../syntax/clauses.js';

export interface Range {
    /** Epoch millis, inclusive. */
    from: number;
    /** Epoch millis, exclusive. */
    to: number;
}

/** A named set of time ranges a KPI is computed over (a phase: its days in every run). */
export interface Scope {
    key: string;
    title: string;
    ranges: Range[];
}

export interface Measure {
    kind: 'count' | 'unique' | 'sum';
    /** Wire event name. */
    event: string;
    /** The `where` filter: a property name, `=` / `!=`, the literal as text. */
    filter?: { property: string; negate: boolean; value: string; kind: 'text' | 'number' | 'flag' };
    /** `sum`: the property summed. */
    property?: string;
}

export interface PlannedProperty {
    name: string;
    type: PropertyTypeName;
    required: boolean;
    values?: ReadonlySet<string>;
}

export interface CheckpointPlan {
    risk: string;
    /** The risk's title (its name when it has none). */
    title: string;
    kpi: Kpi;
    date: LocalDate;
    /** `<`, `<=`, `>`, `>=`: the risk triggers when the KPI's value compares so with the threshold. */
    op: string;
    threshold: number | null;
    range: Range;
    run: number | null;
}

export interface RunPlan {
    index: number;
    dday: LocalDate;
    range: Range;
}

export interface ReviewPlan {
    zone: string;
    window?: { start: string; end: string; range: Range };
    asOf?: LocalDate;
    phases: Scope[];
    runs: RunPlan[];
    checkpoints: CheckpointPlan[];
    measures: Map<Kpi, Measure>;
    /** Wire name → the track's properties. */
    events: Map<string, { track: string; properties: PlannedProperty[] }>;
}

/** 00:00 of `date` in the zone, as epoch millis and local ISO text. */
function midnight(date: LocalDate, zone: string): { epoch: number; local: string } {
    const t = atWallClock(date, { hour: 0, minute: 0, text: '00:00' }, zone);
    return { epoch: t.epochMillis, local: t.local };
}

/** [first 00:00, the day after last 00:00) — a day range up to its last day's 24:00. */
export function dayRange(first: LocalDate, last: LocalDate, zone: string): Range | undefined {
    const after = shiftDate(last, 1);
    if (!after) return undefined;
    return { from: midnight(first, zone).epoch, to: midnight(after, zone).epoch };
}

interface RunLike { index: number; dday: LocalDate; start?: LocalDate; end?: LocalDate; phases: PlaybookModel['phases'] }

/** The model's runs (repeating playbooks and D-day playbooks), where the model has them. */
function runsOf(model: PlaybookModel): readonly RunLike[] {
    const runs = (model as { runs?: unknown }).runs;
    return Array.isArray(runs) ? runs as RunLike[] : [];
}

function measureOf(kpi: Kpi): Measure | undefined {
    const f = kpi.formula;
    if (!isCountFormula(f) && !isUniqueFormula(f) && !isSumFormula(f)) return undefined;
    const track = f.track?.ref;
    if (!track) return undefined;
    const m: Measure = { kind: isCountFormula(f) ? 'count' : isUniqueFormula(f) ? 'unique' : 'sum', event: wireName(track) };
    if (isSumFormula(f)) m.property = f.property?.ref?.name ?? f.property?.$refText;
    const filter = f.filter;
    if (filter?.value) {
        const v = filter.value;
        m.filter = {
            property: filter.property?.ref?.name ?? filter.property?.$refText ?? '',
            negate: filter.op === '!=',
            value: v.text ?? (v.number !== undefined ? String(v.number) : (v.flag ?? '')),
            kind: v.number !== undefined ? 'number' : v.flag !== undefined ? 'flag' : 'text',
        };
    }
    return m;
}

export function reviewPlan(model: PlaybookModel, asOf?: LocalDate): ReviewPlan {
    const zone = model.timezone;
    const runs = runsOf(model);
    const phaseLists = runs.length ? runs.map(r => r.phases) : [model.phases];

    const phases: Scope[] = [];
    const byName = new Map<string, Scope>();
    let first: LocalDate | undefined;
    let last: LocalDate | undefined;
    for (const list of phaseLists) {
        for (const p of list) {
            if (!p.start || !p.end) continue;
            if (!first || p.start < first) first = p.start;
            if (!last || p.end > last) last = p.end;
            const range = dayRange(p.start, p.end, zone);
            if (!range) continue;
            let scope = byName.get(p.name);
            if (!scope) {
                byName.set(p.name, scope = { key: p.name, title: p.title || p.name, ranges: [] });
                phases.push(scope);
            }
            scope.ranges.push(range);
        }
    }

    let window: ReviewPlan['window'];
    if (first && last) {
        const end = asOf && asOf < last ? asOf : last;
        const after = shiftDate(end, 1);
        if (after && end >= first) {
            const s = midnight(first, zone);
            const e = midnight(after, zone);
            window = { start: s.local, end: e.local, range: { from: s.epoch, to: e.epoch } };
        } else if (after) {
            const s = midnight(first, zone);
            window = { start: s.local, end: s.local, range: { from: s.epoch, to: s.epoch } };
        }
    }

    const runPlans: RunPlan[] = [];
    for (const r of runs) {
        const range = r.start && r.end ? dayRange(r.start, r.end, zone) : undefined;
        if (range) runPlans.push({ index: r.index, dday: r.dday, range });
    }

    const checkpoints: CheckpointPlan[] = [];
    for (const event of model.events) {
        if (event.type !== 'checkpoint') continue;
        const risk = event.node as { name?: string; title?: string };
        const when = clauseValue(event.node, 'when');
        const check = isKpiCheck(when) ? when : undefined;
        const kpi = check?.kpi?.ref;
        if (!check || !kpi) continue;
        const runRef = (event as { run?: { index?: number } }).run;
        const run = runs.find(r => r.index === runRef?.index);
        const from = run?.start ?? first;
        const range = from ? dayRange(from, event.date, zone) : undefined;
        if (!range) continue;
        let threshold: number | null = null;
        if (check.threshold?.percent !== undefined) {
            const target = targetJson(kpi.target);
            threshold = target ? percentValue(check.threshold.percent) * target.value : null;
        } else if (check.threshold?.number !== undefined) {
            threshold = check.threshold.number;
        }
        checkpoints.push({ risk: risk.name ?? '', title: risk.title || (risk.name ?? ''), kpi, date: event.date, op: check.op ?? '<', threshold, range, run: run?.index ?? null });
    }

    const measures = new Map<Kpi, Measure>();
    for (const kpi of model.own.kpis) {
        const m = measureOf(kpi);
        if (m) measures.set(kpi, m);
    }

    const events = new Map<string, { track: string; properties: PlannedProperty[] }>();
    for (const e of trackingJson(model).events) {
        if (events.has(e.name)) continue;
        events.set(e.name, {
            track: e.track,
            properties: e.properties.map(p => ({ name: p.name, type: p.type, required: p.required, values: p.values ? new Set(p.values) : undefined })),
        });
    }
    return { zone, window, asOf, phases, runs: runPlans, checkpoints, measures, events };
}
