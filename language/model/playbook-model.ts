/**
 * The schedule-and-metrics model of one playbook: every date, owner and KPI dependency that
 * validation, editor features and generators need, computed once per document version from the
 * linked AST. Plain TypeScript: no LSP or VS Code types.
 */
import type { AstNode, CstNode } from 'langium';
import {
    type Asset, type Blackout, type Budget, type BudgetLine, type Channel, type Goal, type Kpi, type KpiCheck, type Library,
    type Milestone, type Phase, type Playbook, type Risk, type Role, type Segment, type Step, type Track,
    isBlackout, isBudget, isGoal, isKpi, isKpiCheck, isMilestone, isPhase, isRatioFormula, isRisk, isStep,
    isAsset, isChannel, isRole, isSegment, isTrack, isSumFormula, isCountFormula, isUniqueFormula,
} from '../generated/ast.js';
import {
    type LocalDate, type ZonedTime, atWallClock, isValidZone, isoDuration, parseDurationMinutes, parseLocalDate, shiftDate,
    parseTimeOfDay, plusMinutes,
} from './dates.js';
import { firstLeaf } from '../syntax/cst.js';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
export const DEFAULT_STEP_MINUTES = 30;
/**
 * Bounds that keep absurd input (`days 1..99999999`, `for 9999999w`) from exhausting memory: at
 * most this many occurrences of one step, events in all, and minutes of a step's length (a
 * longer `for` counts as this long). Real campaigns stay far below them.
 */
export const MAX_OCCURRENCES = 3660;
export const MAX_EVENTS = 250_000;
export const MAX_STEP_MINUTES = 366 * 1440;

export interface PhaseSchedule {
    readonly node: Phase;
    readonly index: number;
    readonly name: string;
    readonly title: string;
    readonly kind?: string;
    /** Declared length in days, when it is a positive whole number. */
    readonly days?: number;
    /** First day, when the chain of phases before it (or its `from`) gives one. */
    readonly start?: LocalDate;
    /** Last day (start + days − 1). */
    readonly end?: LocalDate;
    readonly pinned: boolean;
}

export type EventType = 'step' | 'milestone' | 'asset-due' | 'checkpoint';

/** One dated thing on the SOP calendar. */
export interface ScheduleEvent {
    readonly id: string;
    readonly type: EventType;
    /** The declaration it comes from (a Step, Milestone, Asset or Risk). */
    readonly node: Step | Milestone | Asset | Risk;
    readonly phase?: PhaseSchedule;
    readonly name: string;
    readonly title: string;
    readonly date: LocalDate;
    /** `HH:MM` for timed events, undefined for all-day ones. */
    readonly time?: string;
    readonly start?: ZonedTime;
    readonly end?: ZonedTime;
    readonly durationMinutes?: number;
    /** Day of the phase (1-based) for steps and milestones. */
    readonly dayOfPhase?: number;
    readonly channels: readonly string[];
    readonly owner?: string;
    readonly assets: readonly string[];
    readonly segment?: string;
    /** Reminder offsets before the start, in minutes, and as ISO durations. */
    readonly reminderMinutes: readonly number[];
    readonly reminders: readonly string[];
    readonly note?: string;
    /** For checkpoints: the check, e.g. `new_members < 40%`. */
    readonly check?: string;
    /** Source offset, for "order in the text". */
    readonly offset: number;
}

export interface KpiInfo {
    readonly node: Kpi;
    /** KPIs a ratio reads directly. */
    readonly dependsOn: readonly Kpi[];
    /** Tracks it rests on, following ratios down. */
    readonly tracks: readonly Track[];
    /** Part of a ratio cycle. */
    readonly cyclic: boolean;
    /** Goals that list it. */
    readonly goals: readonly Goal[];
}

export interface Declarations {
    readonly roles: Role[];
    readonly channels: Channel[];
    readonly segments: Segment[];
    readonly assets: Asset[];
    readonly goals: Goal[];
    readonly phases: Phase[];
    readonly items: (Step | Milestone)[];
    readonly tracks: Track[];
    readonly kpis: Kpi[];
    readonly risks: Risk[];
    readonly budgets: Budget[];
    readonly budgetLines: BudgetLine[];
    readonly blackouts: Blackout[];
}

export interface PlaybookModel {
    readonly node: Playbook;
    readonly name: string;
    readonly title: string;
    readonly timezone: string;
    readonly timezoneValid: boolean;
    /** The valid `start` date, if any. */
    readonly start?: LocalDate;
    /** Last day of the last dated phase. */
    readonly end?: LocalDate;
    readonly phases: readonly PhaseSchedule[];
    readonly events: readonly ScheduleEvent[];
    /** Declarations of the playbook itself. */
    readonly own: Declarations;
    /** Declarations of the libraries it imports, by library. */
    readonly imported: readonly Library[];
    readonly kpis: ReadonlyMap<Kpi, KpiInfo>;
    /** Blackout dates → the blackout that covers them. */
    readonly blackoutDays: ReadonlyMap<LocalDate, Blackout>;
    phaseOf(node: Phase): PhaseSchedule | undefined;
    /** Events of one declaration (occurrences of a step, the due date of an asset …). */
    eventsOf(node: AstNode): readonly ScheduleEvent[];
    /** Effective owner after phase and playbook defaults. */
    ownerOf(node: Step | Milestone | Asset | Risk): Role | undefined;
    /** Date of `PHASE day N`, when the phase is dated. */
    dayDate(phase: Phase | undefined, day: number | undefined): LocalDate | undefined;
    /** The date an asset must be ready by. */
    assetReady(asset: Asset): LocalDate | undefined;
}

export function collectDeclarations(playbook: Playbook): Declarations {
    const d: Declarations = {
        roles: [], channels: [], segments: [], assets: [], goals: [], phases: [], items: [], tracks: [], kpis: [],
        risks: [], budgets: [], budgetLines: [], blackouts: [],
    };
    for (const decl of playbook.declarations) {
        if (isRole(decl)) d.roles.push(decl);
        else if (isChannel(decl)) d.channels.push(decl);
        else if (isSegment(decl)) d.segments.push(decl);
        else if (isAsset(decl)) d.assets.push(decl);
        else if (isGoal(decl)) d.goals.push(decl);
        else if (isPhase(decl)) {
            d.phases.push(decl);
            d.items.push(...decl.items);
        } else if (isTrack(decl)) d.tracks.push(decl);
        else if (isKpi(decl)) d.kpis.push(decl);
        else if (isRisk(decl)) d.risks.push(decl);
        else if (isBudget(decl)) {
            d.budgets.push(decl);
            d.budgetLines.push(...decl.lines);
        } else if (isBlackout(decl)) d.blackouts.push(decl);
    }
    return d;
}

function isPositiveWhole(n: number | undefined): n is number {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}

function refName(ref: { ref?: { name: string }; $refText: string } | undefined): string | undefined {
    return ref ? (ref.ref?.name ?? ref.$refText) : undefined;
}

/** Builds the model. Never throws on partial or wrong input: what cannot be dated is left out. */
/**
 * What a previous model of the same document lends to the next one: with incremental reparsing
 * (workspace/incremental-parser.ts) a phase that was not edited is the same AST object, and if
 * it is dated the same and nothing it depends on changed, its events are the same too.
 */
interface Reuse {
    /** Everything outside a phase its events depend on (see `reuseKey`). */
    readonly key: string;
    readonly phases: ReadonlyMap<Phase, { schedule: PhaseSchedule; events: ScheduleEvent[] }>;
}
const reuseOf = new WeakMap<PlaybookModel, Reuse>();

/**
 * The playbook's name (event ids), zone, default owner, and the role names in scope (an owner
 * that does not resolve falls back to the phase or playbook owner).
 */
function reuseKey(name: string, timezone: string, playbook: Playbook, own: Declarations, imported: readonly Library[]): string {
    const roles = own.roles.map(r => r.name);
    for (const lib of imported) for (const d of lib.declarations) if (isRole(d)) roles.push(d.name);
    return [name, timezone, playbook.owner?.$refText ?? '', ...roles.sort()].join('\u0000');
}

export function buildPlaybookModel(playbook: Playbook, imported: readonly Library[] = [], previous?: PlaybookModel): PlaybookModel {
    const name = playbook.name ?? '';
    const timezoneValid = playbook.timezone === undefined || isValidZone(playbook.timezone);
    const timezone = playbook.timezone !== undefined && timezoneValid ? playbook.timezone : DEFAULT_TIMEZONE;
    const start = parseLocalDate(playbook.start);
    const own = collectDeclarations(playbook);

    const key = reuseKey(name, timezone, playbook, own, imported);
    const prior = previous && reuseOf.get(previous)?.key === key ? reuseOf.get(previous) : undefined;
    const reuse = new Map<Phase, { schedule: PhaseSchedule; events: ScheduleEvent[] }>();

    // --- phases
    const phases: PhaseSchedule[] = [];
    const phaseMap = new Map<Phase, PhaseSchedule>();
    let cursor: LocalDate | undefined = start;
    own.phases.forEach((node, index) => {
        const pinnedDate = parseLocalDate(node.from);
        const pStart = pinnedDate ?? cursor;
        const days = isPositiveWhole(node.days) ? node.days : undefined;
        const pEnd = pStart !== undefined && days !== undefined ? shiftDate(pStart, days - 1) : undefined;
        const before = prior?.phases.get(node)?.schedule;
        const schedule: PhaseSchedule = before && before.index === index && before.start === pStart && before.end === pEnd ? before : {
            node, index, name: node.name ?? '', title: node.title ?? node.name ?? '', kind: node.kind,
            days, start: pStart, end: pEnd, pinned: pinnedDate !== undefined,
        };
        phases.push(schedule);
        phaseMap.set(node, schedule);
        cursor = shiftDate(pEnd, 1);
    });
    const datedEnds = phases.map(p => p.end).filter((e): e is LocalDate => e !== undefined).sort();
    const end = datedEnds.length ? datedEnds[datedEnds.length - 1] : undefined;

    const dayDate = (phase: Phase | undefined, day: number | undefined): LocalDate | undefined => {
        const p = phase ? phaseMap.get(phase) : undefined;
        if (!p?.start || !isPositiveWhole(day)) return undefined;
        return shiftDate(p.start, day - 1);
    };

    const ownerOf = (node: Step | Milestone | Asset | Risk): Role | undefined => {
        const own = node.owner?.ref;
        if (own) return own;
        if ((isStep(node) || isMilestone(node)) && isPhase(node.$container)) {
            const phaseOwner = node.$container.owner?.ref;
            if (phaseOwner) return phaseOwner;
        }
        return playbook.owner?.ref;
    };
    const ownerName = (node: Step | Milestone | Asset | Risk): string | undefined => {
        const explicit = node.owner ?? ((isStep(node) || isMilestone(node)) && isPhase(node.$container) ? node.$container.owner : undefined) ?? playbook.owner;
        return ownerOf(node)?.name ?? explicit?.$refText;
    };

    const readyDates = new Map<Asset, LocalDate | undefined>(); // asked per step and asset by the rules
    const assetReady = (asset: Asset): LocalDate | undefined => {
        if (readyDates.has(asset)) return readyDates.get(asset);
        let date: LocalDate | undefined;
        if (asset.ready?.date !== undefined) date = parseLocalDate(asset.ready.date);
        else if (asset.ready) date = dayDate(asset.ready.at?.phase?.ref, asset.ready.at?.day);
        readyDates.set(asset, date);
        return date;
    };

    // --- events
    const events: ScheduleEvent[] = [];
    const byNode = new Map<AstNode, ScheduleEvent[]>();
    const push = (e: ScheduleEvent) => {
        events.push(e);
        let list = byNode.get(e.node);
        if (!list) byNode.set(e.node, list = []);
        list.push(e);
    };

    for (const p of phases) {
        const before = prior?.phases.get(p.node);
        if (before && before.schedule === p && events.length + before.events.length <= MAX_EVENTS) {
            // Same events; only their source offsets may have moved (text was edited before them).
            let node: AstNode | undefined;
            let offset = 0;
            for (const e of before.events) {
                if (e.node !== node) offset = sourceOffset(node = e.node);
                (e as { offset: number }).offset = offset;
                push(e);
            }
            reuse.set(p.node, before);
            continue;
        }
        const first = events.length;
        for (const item of p.node.items) {
            const days = itemDays(item, p.days);
            if (!p.start || days.length === 0) continue;
            const time = isStep(item) ? parseTimeOfDay(item.time) : undefined;
            const duration = isStep(item) ? Math.min(parseDurationMinutes(item.duration) ?? DEFAULT_STEP_MINUTES, MAX_STEP_MINUTES) : undefined;
            const reminderMinutes = isStep(item)
                ? item.reminders.map(r => parseDurationMinutes(r)).filter((m): m is number => m !== undefined)
                : [];
            for (const day of days) {
                const date = shiftDate(p.start, day - 1);
                if (date === undefined || events.length >= MAX_EVENTS) break;
                let startAt: ZonedTime | undefined;
                let endAt: ZonedTime | undefined;
                if (time) {
                    startAt = atWallClock(date, time, timezone);
                    endAt = plusMinutes(startAt, duration!, timezone);
                }
                push({
                    id: `${name}.${item.name}.${date}`,
                    type: isStep(item) ? 'step' : 'milestone',
                    node: item,
                    phase: p,
                    name: item.name ?? '',
                    title: item.title ?? item.name ?? '',
                    date,
                    time: time?.text,
                    start: startAt,
                    end: endAt,
                    durationMinutes: time ? duration : undefined,
                    dayOfPhase: day,
                    channels: isStep(item) ? item.channels.map(c => refName(c)!).filter(Boolean) : [],
                    owner: ownerName(item),
                    assets: isStep(item) ? item.assets.map(a => refName(a)!).filter(Boolean) : [],
                    segment: isStep(item) ? refName(item.segment) : undefined,
                    reminderMinutes: time ? reminderMinutes : [],
                    reminders: time ? reminderMinutes.map(isoDuration) : [],
                    note: item.note,
                    offset: item.$cstNode?.offset ?? 0,
                });
            }
        }
        // Sorted per phase (still sorted when reused: an edit before the phase moves all its offsets
        // alike), so the sort of all events below merges sorted runs.
        reuse.set(p.node, { schedule: p, events: events.slice(first).sort(compareEvents) });
    }

    const allAssets = [...own.assets];
    for (const asset of allAssets) {
        const date = assetReady(asset);
        if (!date) continue;
        const phaseNode = asset.ready?.at?.phase?.ref;
        push({
            id: `${name}.asset-due.${asset.name}`,
            type: 'asset-due',
            node: asset,
            phase: phaseNode ? phaseMap.get(phaseNode) : undefined,
            name: asset.name ?? '',
            title: asset.title ?? asset.name ?? '',
            date,
            channels: [],
            owner: ownerName(asset),
            assets: [asset.name ?? ''],
            reminderMinutes: [],
            reminders: [],
            note: asset.text,
            offset: asset.$cstNode?.offset ?? 0,
        });
    }

    for (const risk of own.risks) {
        const check = isKpiCheck(risk.when) ? risk.when : undefined;
        if (!check?.at) continue;
        const phaseNode = check.at.phase?.ref;
        const date = dayDate(phaseNode, check.at.day);
        if (!date) continue;
        push({
            id: `${name}.checkpoint.${risk.name}`,
            type: 'checkpoint',
            node: risk,
            phase: phaseNode ? phaseMap.get(phaseNode) : undefined,
            name: risk.name ?? '',
            title: risk.title ?? risk.name ?? '',
            date,
            dayOfPhase: check.at.day,
            channels: [],
            owner: ownerName(risk),
            assets: [],
            reminderMinutes: [],
            reminders: [],
            note: risk.then,
            check: checkText(check),
            offset: risk.$cstNode?.offset ?? 0,
        });
    }

    events.sort(compareEvents);

    // --- blackouts
    const blackoutDays = new Map<LocalDate, Blackout>();
    for (const b of own.blackouts) {
        const from = parseLocalDate(b.from);
        const to = b.to === undefined ? from : parseLocalDate(b.to);
        if (!from || !to || to < from) continue;
        // Bounded: a blackout longer than ten years is a typo, not a calendar.
        for (let d: LocalDate | undefined = from, i = 0; d !== undefined && d <= to && i < MAX_OCCURRENCES; d = shiftDate(d, 1), i++) {
            if (!blackoutDays.has(d)) blackoutDays.set(d, b);
        }
    }

    const model: PlaybookModel = {
        node: playbook,
        name,
        title: playbook.title ?? name,
        timezone,
        timezoneValid,
        start,
        end,
        phases,
        events,
        own,
        imported,
        kpis: buildKpiGraph(own.kpis, own.goals),
        blackoutDays,
        phaseOf: node => phaseMap.get(node),
        eventsOf: node => byNode.get(node) ?? [],
        ownerOf,
        dayDate,
        assetReady,
    };
    reuseOf.set(model, { key, phases: reuse });
    return model;
}

/** Days of the phase a step or milestone falls on, within 1..phaseDays (all days ≥ 1 when unknown). */
function itemDays(item: Step | Milestone, phaseDays: number | undefined): number[] {
    const inPhase = (d: number) => isPositiveWhole(d) && (phaseDays === undefined || d <= phaseDays);
    if (isStep(item) && item.range) {
        const { from, to } = item.range;
        if (!isPositiveWhole(from) || !isPositiveWhole(to) || from > to) return [];
        if (!inPhase(from) || !inPhase(to)) return [];
        const out: number[] = [];
        for (let d = from; d <= to && out.length < MAX_OCCURRENCES; d++) out.push(d);
        return out;
    }
    return item.day !== undefined && inPhase(item.day) ? [item.day] : [];
}

export function checkText(check: KpiCheck): string {
    const value = check.threshold?.percent ?? (check.threshold?.number !== undefined ? String(check.threshold.number) : '');
    return `${check.kpi?.$refText ?? ''} ${check.op ?? ''} ${value}`.trim();
}

/** A node's first token, kept per node: its offset follows edits, where a composite node's offset is a walk down the tree. */
const firstTokens = new WeakMap<AstNode, CstNode>();

function sourceOffset(node: AstNode): number {
    let token = firstTokens.get(node);
    if (!token) {
        token = node.$cstNode && firstLeaf(node.$cstNode);
        if (!token) return 0;
        firstTokens.set(node, token);
    }
    return token.offset;
}

function compareEvents(a: ScheduleEvent, b: ScheduleEvent): number {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    const aTimed = a.start ? 1 : 0;
    const bTimed = b.start ? 1 : 0;
    if (aTimed !== bTimed) return aTimed - bTimed;
    if (a.start && b.start && a.start.epochMillis !== b.start.epochMillis) return a.start.epochMillis - b.start.epochMillis;
    const ap = a.phase?.index ?? -1;
    const bp = b.phase?.index ?? -1;
    if (ap !== bp) return ap - bp;
    return a.offset - b.offset;
}

/**
 * KPI dependency graph: ratio KPIs point to the KPIs they divide; each KPI rests on the tracks
 * reached that way. Iterative Tarjan SCC, so a chain thousands deep cannot overflow the stack.
 */
export function buildKpiGraph(kpis: readonly Kpi[], goals: readonly Goal[]): Map<Kpi, KpiInfo> {
    const deps = new Map<Kpi, Kpi[]>();
    const direct = new Map<Kpi, Track[]>();
    const nodes = new Set<Kpi>(kpis);
    for (const kpi of kpis) {
        const f = kpi.formula;
        const d: Kpi[] = [];
        const t: Track[] = [];
        if (isRatioFormula(f)) {
            for (const r of [f.numerator?.ref, f.denominator?.ref]) {
                if (r) {
                    d.push(r);
                    nodes.add(r);
                }
            }
        } else if (isCountFormula(f) || isUniqueFormula(f) || isSumFormula(f)) {
            const tr = f.track?.ref;
            if (tr) t.push(tr);
        }
        deps.set(kpi, d);
        direct.set(kpi, t);
    }
    for (const n of nodes) {
        if (!deps.has(n)) {
            deps.set(n, []);
            direct.set(n, []);
        }
    }

    // Iterative Tarjan.
    const index = new Map<Kpi, number>();
    const low = new Map<Kpi, number>();
    const onStack = new Set<Kpi>();
    const stack: Kpi[] = [];
    const sccOf = new Map<Kpi, number>();
    const sccs: Kpi[][] = [];
    let counter = 0;
    for (const root of nodes) {
        if (index.has(root)) continue;
        const work: { node: Kpi; next: number }[] = [{ node: root, next: 0 }];
        index.set(root, counter); low.set(root, counter); counter++;
        stack.push(root); onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const succ = deps.get(frame.node)!;
            if (frame.next < succ.length) {
                const w = succ[frame.next++];
                if (!index.has(w)) {
                    index.set(w, counter); low.set(w, counter); counter++;
                    stack.push(w); onStack.add(w);
                    work.push({ node: w, next: 0 });
                } else if (onStack.has(w)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
                }
            } else {
                work.pop();
                if (work.length) {
                    const parent = work[work.length - 1].node;
                    low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
                }
                if (low.get(frame.node) === index.get(frame.node)) {
                    const comp: Kpi[] = [];
                    let w: Kpi;
                    do {
                        w = stack.pop()!;
                        onStack.delete(w);
                        sccOf.set(w, sccs.length);
                        comp.push(w);
                    } while (w !== frame.node);
                    sccs.push(comp);
                }
            }
        }
    }

    // SCCs come out in reverse topological order: successors first.
    const sccTracks: Set<Track>[] = [];
    const cyclicScc: boolean[] = [];
    sccs.forEach((comp, i) => {
        const tracks = new Set<Track>();
        let cyclic = comp.length > 1;
        for (const k of comp) {
            for (const t of direct.get(k)!) tracks.add(t);
            for (const s of deps.get(k)!) {
                if (s === k) cyclic = true;
                const j = sccOf.get(s)!;
                if (j !== i) for (const t of sccTracks[j]) tracks.add(t);
            }
        }
        sccTracks[i] = tracks;
        cyclicScc[i] = cyclic;
    });

    const goalsOf = new Map<Kpi, Goal[]>();
    for (const g of goals) {
        for (const ref of g.kpis) {
            const k = ref.ref;
            if (!k) continue;
            let list = goalsOf.get(k);
            if (!list) goalsOf.set(k, list = []);
            if (!list.includes(g)) list.push(g);
        }
    }

    const result = new Map<Kpi, KpiInfo>();
    for (const kpi of kpis) {
        const i = sccOf.get(kpi)!;
        result.set(kpi, {
            node: kpi,
            dependsOn: deps.get(kpi)!,
            tracks: [...sccTracks[i]],
            cyclic: cyclicScc[i],
            goals: goalsOf.get(kpi) ?? [],
        });
    }
    return result;
}
