/**
 * The tracking spec (埋点方案) as a plain object: the `json` format, and what the other tracking
 * formats render. Events are the tracks of the playbook and of the libraries it imports; the KPIs
 * of an event and the events of a KPI follow ratios down to the tracks they rest on (the model's
 * KPI graph).
 */
import {
    type Filter, type Formula, type Kpi, type Property, type Target, type Track, isCountFormula, isRatioFormula, isSumFormula,
    isUniqueFormula,
} from '../generated/ast.js';
import type { Reference } from 'langium';
import type { PlaybookModel } from '../model/playbook-model.js';
import { namesOf } from './names.js';
import { isGiven, lastGiven } from '../syntax/clauses.js';

/** The types are those of the one definition (shapes/tracking.ts). */
export type {
    PropertyTypeName, TrackingEventJson, TrackingGoalJson, TrackingJson, TrackingKpiJson, TrackingPropertyJson, TrackingTargetJson,
} from '../shapes/tracking.js';
import type { PropertyTypeName, TrackingJson, TrackingKpiJson, TrackingPropertyJson, TrackingTargetJson } from '../shapes/tracking.js';

export function wireName(track: Track): string {
    return lastGiven(track.event) || track.name || '';
}

export function propertyType(p: Property): PropertyTypeName {
    return (p.type?.primitive as PropertyTypeName | undefined) ?? 'enum';
}

function literalText(filter: Filter): string {
    const v = filter.value;
    if (!v) return '';
    if (v.text !== undefined) return JSON.stringify(v.text);
    if (v.number !== undefined) return String(v.number);
    return v.flag ?? '';
}

export function formulaText(f: Formula | undefined): string | null {
    if (!f) return null;
    const where = (filter: Filter | undefined) =>
        filter ? ` where ${filter.property?.$refText ?? ''} ${filter.op ?? '='} ${literalText(filter)}` : '';
    // The event as it goes over the wire (`count group_join`, not the track's name `group_joined`):
    // what an engineer finds in the event table.
    // A wire name that is not a plain name (`order.paid`) is quoted, so `sum "order.paid".amount` reads one way.
    const event = (ref: Reference<Track> | undefined) => {
        const wire = ref?.ref ? wireName(ref.ref) : ref?.$refText ?? '';
        return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(wire) || wire === '' ? wire : JSON.stringify(wire);
    };
    if (isCountFormula(f)) return `count ${event(f.track)}${where(f.filter)}`;
    if (isUniqueFormula(f)) return `unique ${event(f.track)}${where(f.filter)}`;
    if (isSumFormula(f)) return `sum ${event(f.track)}.${f.property?.$refText ?? ''}${where(f.filter)}`;
    if (isRatioFormula(f)) return `${f.numerator?.$refText ?? ''} / ${f.denominator?.$refText ?? ''}`;
    return null;
}

/** `5%` → 0.05, keeping the decimal digits written (`33.3%` → 0.333, not 0.33299999999999996). */
export function percentValue(text: string): number {
    const digits = text.replace('%', '');
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    return Number((Number(digits) / 100).toFixed(decimals + 2));
}

export function targetJson(t: Target | undefined): TrackingTargetJson | null {
    if (!t?.value) return null;
    const op = (t.op ?? '>=') as TrackingTargetJson['op'];
    if (t.value.percent !== undefined) return { op, value: percentValue(t.value.percent), percent: true };
    if (t.value.number !== undefined) return { op, value: t.value.number, percent: false };
    return null;
}

/** `>= 5%`, `<= 1%`, `>= 10000`. */
export function targetText(t: TrackingTargetJson | null): string {
    if (!t) return '';
    const value = t.percent ? `${Number((t.value * 100).toFixed(10))}%` : String(t.value);
    return `${t.op} ${value}`;
}

const PEOPLE_OPS: Readonly<Record<TrackingTargetJson['op'], string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };
const peopleNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** A target as people read it (md, xlsx): `≥ 500,000`, `≥ 20%`; the csv keeps `>= 500000`. */
export function targetForPeople(t: TrackingTargetJson | null): string {
    if (!t) return '';
    return `${PEOPLE_OPS[t.op]} ${t.percent ? `${peopleNumber.format(Number((t.value * 100).toFixed(10)))}%` : peopleNumber.format(t.value)}`;
}

export function propertyJson(p: Property): TrackingPropertyJson {
    const type = propertyType(p);
    const out: TrackingPropertyJson = { name: p.name ?? '', title: lastGiven(p.title) ?? null, type, required: isGiven(p.required), pii: isGiven(p.pii) };
    if (type === 'enum') out.values = [...(p.type?.values ?? [])];
    return out;
}

/** The plain object of `playbook tracking --format json` (shapes/tracking.ts; shipped as schemas/tracking.schema.json). */
export function trackingJson(model: PlaybookModel): TrackingJson {
    const tracks = namesOf(model).tracks;
    const kpisOfTrack = new Map<Track, string[]>();
    const kpis: TrackingKpiJson[] = [];
    for (const kpi of model.own.kpis) {
        const info = model.kpis.get(kpi);
        const resting = info?.tracks ?? [];
        for (const t of resting) {
            let list = kpisOfTrack.get(t);
            if (!list) kpisOfTrack.set(t, list = []);
            if (kpi.name && !list.includes(kpi.name)) list.push(kpi.name);
        }
        kpis.push(kpiJson(kpi, resting, info?.goals.map(g => g.name ?? '') ?? []));
    }
    return {
        playbook: model.name,
        title: model.title,
        events: tracks.map(t => ({
            name: wireName(t),
            track: t.name ?? '',
            title: t.title ?? t.name ?? '',
            channels: t.channels.map(c => c.ref?.name ?? c.$refText),
            properties: t.properties.map(propertyJson),
            kpis: kpisOfTrack.get(t) ?? [],
        })),
        kpis,
        goals: model.own.goals.map(g => ({
            name: g.name ?? '',
            title: g.title ?? g.name ?? '',
            kind: g.kind ?? null,
            kpis: g.kpis.map(k => k.ref?.name ?? k.$refText),
        })),
    };
}

function kpiJson(kpi: Kpi, tracks: readonly Track[], goals: string[]): TrackingKpiJson {
    return {
        name: kpi.name ?? '',
        title: kpi.title ?? kpi.name ?? '',
        formula: formulaText(kpi.formula),
        target: targetJson(kpi.target),
        events: [...new Set(tracks.map(wireName).filter(Boolean))],
        goals,
    };
}
