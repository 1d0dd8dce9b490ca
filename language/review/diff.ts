/**
 * `playbook diff`: what changed between two versions of a playbook, as the JSON of REVIEW.md.
 * Things are matched by name (phases, steps, milestones, assets, risks, tracks and their
 * properties, KPIs, goals, budget lines); the occurrences of one item by their position (within
 * their run, for repeating playbooks). Event ids hold dates, so they are never the key.
 */
import type { TrackingEventJson, TrackingPropertyJson } from '../generators/tracking-json.js';
import { daysBetween } from '../model/dates.js';
import { diffDays } from './day-marks.js';
import { type Occurrence, type ScheduledItem, type Snapshot, targetText } from './snapshot.js';

/** The types are those of the one definition (shapes/diff.ts). */
export type {
    Change, DeclarationChangeJson as DeclarationChange, DeclarationKind, DiffJson, EventChangeJson as EventChange, FieldChangeJson as FieldChange,
    TrackingChangeJson as TrackingChange, TrackingField, WhenJson,
} from '../shapes/diff.js';
import type {
    Change, DeclarationChangeJson as DeclarationChange, DeclarationKind, DiffJson, EventChangeJson as EventChange, FieldChangeJson as FieldChange,
    TrackingChangeJson as TrackingChange, WhenJson,
} from '../shapes/diff.js';

const MINUTES_PER_DAY = 1440;

function when(o: Occurrence): WhenJson {
    return { date: o.date, time: o.time, start: o.start };
}

function minutesOfDay(time: string | null): number {
    return time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : 0;
}

/**
 * The shift from one occurrence to another: the difference of the instants when both are timed
 * (a daylight-saving change shows as it is), else of the dates and wall-clock times.
 */
export function shiftMinutes(a: Occurrence, b: Occurrence): number {
    if (a.epoch !== null && b.epoch !== null) return Math.round((b.epoch - a.epoch) / 60_000);
    return daysBetween(a.date, b.date) * MINUTES_PER_DAY + minutesOfDay(b.time) - minutesOfDay(a.time);
}

function fieldChanges(a: Record<string, string>, b: Record<string, string>): FieldChange[] {
    const out: FieldChange[] = [];
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const o = a[field] ?? '';
        const n = b[field] ?? '';
        if (o !== n) out.push({ field, old: o === '' ? null : o, new: n === '' ? null : n });
    }
    return out;
}

/**
 * Which new run each old run is (1-based indexes; absent: the run was removed). Runs with the same
 * D-day are the same run; between two such anchors the runs left over are paired by position.
 * So `except 2026-04` removes April's run (May's stays May's), extending `until` adds runs, and a
 * new D-day rule (`on 18` → `on 20`) moves every run.
 */
export function alignRuns(oldDdays: readonly string[], newDdays: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    const newIndex = new Map(newDdays.map((d, i) => [d, i]));
    let i = 0;
    let j = 0;
    const pairGap = (oldEnd: number, newEnd: number) => {
        while (i < oldEnd && j < newEnd) out.set(++i, ++j);
        i = oldEnd;
        j = newEnd;
    };
    for (let k = 0; k < oldDdays.length; k++) {
        const match = newIndex.get(oldDdays[k]);
        if (match === undefined || match < j) continue; // D-days are sorted: an earlier match cannot anchor
        pairGap(k, match);
        out.set(k + 1, match + 1);
        i = k + 1;
        j = match + 1;
    }
    pairGap(oldDdays.length, newDdays.length);
    return out;
}

/** Occurrences grouped by run (null first), each group in date order. */
function byRun(occurrences: readonly Occurrence[]): Map<number | null, Occurrence[]> {
    const out = new Map<number | null, Occurrence[]>();
    for (const o of occurrences) {
        let group = out.get(o.run);
        if (!group) out.set(o.run, group = []);
        group.push(o);
    }
    return out;
}

function diffItem(a: ScheduledItem | undefined, b: ScheduledItem | undefined, phaseTitles: PhaseTitles, runMap: Map<number, number>, out: EventChange[]): void {
    const item = (b ?? a)!;
    const add = (e: EventChange) => out.push(e);
    const base = { type: item.type, name: item.name, title: item.title };
    const oldPhase = { phase: a?.phase ?? null, phaseTitle: phaseTitles.before(a?.phase ?? null) };
    const newPhase = { phase: b?.phase ?? null, phaseTitle: phaseTitles.after(b?.phase ?? null) };
    if (a && b) {
        const fields = fieldChanges({ ...a.fields, phase: a.phase ?? '' }, { ...b.fields, phase: b.phase ?? '' });
        // A phase is named by id in `old`/`new` (stable for tools) and by title beside it (what a planner reads).
        for (const f of fields) {
            if (f.field !== 'phase') continue;
            f.oldTitle = phaseTitles.before(f.old);
            f.newTitle = phaseTitles.after(f.new);
        }
        if (fields.length) add({ change: 'changed', ...base, ...newPhase, run: null, runDday: null, occurrence: null, old: null, new: null, shiftMinutes: null, fields });
    }
    const oldRuns = byRun(a?.occurrences ?? []);
    const newRuns = byRun(b?.occurrences ?? []);
    // Pairs of (old run, new run): aligned runs together, then the runs only one side has.
    const pairs: [number | null | undefined, number | null | undefined][] = [];
    const pairedNew = new Set<number | null>();
    for (const run of oldRuns.keys()) {
        const to = run === null ? (newRuns.has(null) ? null : undefined) : runMap.get(run);
        if (to !== undefined && newRuns.has(to)) {
            pairs.push([run, to]);
            pairedNew.add(to);
        } else pairs.push([run, undefined]);
    }
    for (const run of newRuns.keys()) if (!pairedNew.has(run)) pairs.push([undefined, run]);
    // In date order (a removed run where it was).
    const firstDate = ([from, to]: (typeof pairs)[number]) => (to !== undefined ? newRuns.get(to)![0].date : oldRuns.get(from!)![0].date);
    pairs.sort((x, y) => (firstDate(x) < firstDate(y) ? -1 : firstDate(x) > firstDate(y) ? 1 : 0));
    for (const [from, to] of pairs) {
        const olds = from === undefined ? [] : oldRuns.get(from) ?? [];
        const news = to === undefined ? [] : newRuns.get(to) ?? [];
        const run = to !== undefined ? to : from!;
        for (let i = 0; i < Math.max(olds.length, news.length); i++) {
            const o = olds[i];
            const n = news[i];
            const entry = { ...base, run, runDday: (n ?? o)?.runDday ?? null, occurrence: i + 1, fields: [] };
            if (o && n) {
                if (o.date === n.date && o.time === n.time && o.epoch === n.epoch) continue;
                add({ change: 'moved', ...entry, ...newPhase, old: when(o), new: when(n), shiftMinutes: shiftMinutes(o, n) });
            } else if (n) {
                add({ change: 'added', ...entry, ...newPhase, old: null, new: when(n), shiftMinutes: null });
            } else if (o) {
                add({ change: 'removed', ...entry, ...oldPhase, title: a!.title, old: when(o), new: null, shiftMinutes: null });
            }
        }
    }
}

interface PhaseTitles {
    before(name: string | null): string | null;
    after(name: string | null): string | null;
}

/** Keys of two maps: the old order first, then what only the new version has, in its order. */
function keysOf<K>(a: ReadonlyMap<K, unknown>, b: ReadonlyMap<K, unknown>): K[] {
    const keys = [...a.keys()];
    for (const k of b.keys()) if (!a.has(k)) keys.push(k);
    return keys;
}

function diffDeclarations<T>(
    kind: DeclarationKind, a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, fieldsOf: (value: T) => Record<string, string>,
    out: DeclarationChange[],
): void {
    for (const name of keysOf(a, b)) {
        const o = a.get(name);
        const n = b.get(name);
        const title = (n !== undefined ? fieldsOf(n).title : undefined) || (o !== undefined ? fieldsOf(o).title : undefined) || name;
        if (o !== undefined && n !== undefined) {
            const fields = fieldChanges(fieldsOf(o), fieldsOf(n));
            if (fields.length) out.push({ change: 'changed', kind, name, title, fields });
        } else {
            const value = (n ?? o)!;
            const fields = Object.entries(fieldsOf(value)).filter(([, v]) => v !== '')
                .map(([field, v]) => ({ field, old: n ? null : v, new: n ? v : null }));
            out.push({ change: n ? 'added' : 'removed', kind, name, title, fields });
        }
    }
}

function propertyTypeText(p: TrackingPropertyJson): string {
    return p.type === 'enum' ? `enum(${(p.values ?? []).map(v => JSON.stringify(v)).join(', ')})` : p.type;
}

function diffTrack(name: string, a: TrackingEventJson | undefined, b: TrackingEventJson | undefined, out: TrackingChange[]): void {
    if (!a || !b) {
        const t = (a ?? b)!;
        // A new event breaks nobody; a removed one breaks whoever reads it.
        out.push({ change: a ? 'removed' : 'added', event: t.name, track: name, title: t.title || name, breaking: !!a });
        return;
    }
    const event = b.name;
    const title = b.title || name;
    if (a.name !== b.name) out.push({ change: 'changed', event, track: name, title, field: 'event', old: a.name, new: b.name, breaking: true });
    const oldProps = new Map(a.properties.map(p => [p.name, p]));
    const newProps = new Map(b.properties.map(p => [p.name, p]));
    for (const prop of keysOf(oldProps, newProps)) {
        const o = oldProps.get(prop);
        const n = newProps.get(prop);
        if (!o) {
            // Decided: a property that arrives required breaks the senders as making one required does.
            out.push({ change: 'added', event, track: name, title, property: prop, required: n!.required, new: propertyTypeText(n!), breaking: n!.required });
            continue;
        }
        if (!n) {
            out.push({ change: 'removed', event, track: name, title, property: prop, required: o.required, old: propertyTypeText(o), breaking: true });
            continue;
        }
        if (o.type !== n.type) {
            out.push({ change: 'changed', event, track: name, title, property: prop, field: 'type', old: propertyTypeText(o), new: propertyTypeText(n), breaking: true });
        } else if (o.type === 'enum') {
            const before = o.values ?? [];
            const after = n.values ?? [];
            const removed = before.filter(v => !after.includes(v));
            if (removed.length || after.some(v => !before.includes(v))) {
                out.push({ change: 'changed', event, track: name, title, property: prop, field: 'enum', old: propertyTypeText(o), new: propertyTypeText(n), breaking: removed.length > 0 });
            }
        }
        if (o.required !== n.required) {
            out.push({ change: 'changed', event, track: name, title, property: prop, field: 'required', old: String(o.required), new: String(n.required), breaking: n.required });
        }
        if (o.pii !== n.pii) out.push({ change: 'changed', event, track: name, title, property: prop, field: 'pii', old: String(o.pii), new: String(n.pii), breaking: false });
    }
}

export function diffSnapshots(a: Snapshot, b: Snapshot): DiffJson {
    const events: EventChange[] = [];
    const titleIn = (s: Snapshot) => (name: string | null) => (name === null ? null : s.phases.get(name)?.title || name);
    const phaseTitles: PhaseTitles = { before: titleIn(a), after: titleIn(b) };
    const runMap = alignRuns(a.runs, b.runs);
    for (const key of keysOf(a.items, b.items)) diffItem(a.items.get(key), b.items.get(key), phaseTitles, runMap, events);

    const declarations: DeclarationChange[] = [];
    const header = fieldChanges(a.timeline, b.timeline);
    if (header.length) declarations.push({ change: 'changed', kind: 'playbook', name: b.name, title: b.title || b.name, fields: header });
    diffDays(a.days, b.days, declarations);
    diffDeclarations('phase', a.phases, b.phases, p => ({ title: p.title, kind: p.kind, start: p.start, end: p.end, days: p.days }), declarations);
    diffDeclarations('risk', a.risks, b.risks, r => r, declarations);
    diffDeclarations('kpi', a.kpis, b.kpis, k => ({ title: k.title, formula: k.formula ?? '', target: targetText(k.target) }), declarations);
    diffDeclarations('goal', a.goals, b.goals, g => ({ title: g.title, kind: g.kind ?? '', kpis: g.kpis.join(', ') }), declarations);
    const budgets = (s: Snapshot) => new Map(Object.keys(s.budget).length ? [['budget', s.budget]] : []);
    diffDeclarations('budget', budgets(a), budgets(b), v => v, declarations);
    diffDeclarations('budget-line', a.budgetLines, b.budgetLines, v => v, declarations);

    const tracking: TrackingChange[] = [];
    for (const name of keysOf(a.tracks, b.tracks)) diffTrack(name, a.tracks.get(name), b.tracks.get(name), tracking);

    const count = (change: Change) => events.filter(e => e.change === change).length + declarations.filter(d => d.change === change).length;
    return {
        summary: { moved: count('moved'), added: count('added'), removed: count('removed'), changed: count('changed'), breaking: tracking.some(t => t.breaking) },
        events,
        declarations,
        tracking,
    };
}

export function isEmptyDiff(diff: DiffJson): boolean {
    return diff.events.length === 0 && diff.declarations.length === 0 && diff.tracking.length === 0;
}

/** The occurrence of `snapshot` a change's `new` side is (by item, run and position), for marking it in a view. */
export function newOccurrence(snapshot: Snapshot, change: EventChange): Occurrence | undefined {
    if (change.occurrence === null || !change.new) return undefined;
    const item = snapshot.items.get(`${change.type}:${change.name}`);
    const inRun = item?.occurrences.filter(o => o.run === change.run);
    return inRun?.[change.occurrence - 1];
}
