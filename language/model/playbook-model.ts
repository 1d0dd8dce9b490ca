/**
 * The schedule-and-metrics model of one playbook: every date, owner and KPI dependency that
 * validation, editor features and generators need, computed once per document version from the
 * linked AST. Plain TypeScript: no LSP or VS Code types. Its types are in model-types.ts, the
 * pieces in declarations.ts, events.ts, owners.ts and kpi-graph.ts.
 */
import type { AstNode } from 'langium';
import {
    type Asset, type Library, type Phase, type Playbook, isKpiCheck, isRole, isStep,
} from '../generated/ast.js';
import {
    type LocalDate, type ZonedTime, atWallClock, isValidZone, isoDuration, parseDurationMinutes, parseLocalDate, shiftDate,
    parseTimeOfDay, plusMinutes,
} from './dates.js';
import {
    DEFAULT_STEP_MINUTES, DEFAULT_TIMEZONE, MAX_EVENTS, MAX_STEP_MINUTES,
    type Declarations, type PhaseSchedule, type PlaybookModel, type ScheduleEvent,
} from './model-types.js';
import { collectDeclarations } from './declarations.js';
import { checkText, compareEvents, isPositiveWhole, itemDays, refName, sourceOffset } from './events.js';
import { buildKpiGraph } from './kpi-graph.js';
import { ownersOf } from './owners.js';
import { blackoutDaysOf } from './blackouts.js';
import { clockOf } from './date-text.js';

export * from './model-types.js';
export { collectDeclarations } from './declarations.js';
export { checkText } from './events.js';
export { buildKpiGraph } from './kpi-graph.js';

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

/** Builds the model. Never throws on partial or wrong input: what cannot be dated is left out. */
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
        // A day past the phase's last day is no date (day-out-of-range says so), as for steps.
        if (!p?.start || !isPositiveWhole(day) || (p.days !== undefined && day > p.days)) return undefined;
        return shiftDate(p.start, day - 1);
    };

    const { ownerOf, ownerName } = ownersOf(playbook);

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
                    // The wall clock it really starts at: in a daylight-saving gap `02:30` is 03:30.
                    time: startAt ? clockOf(startAt.local) : undefined,
                    start: startAt,
                    end: endAt,
                    durationMinutes: time ? duration : undefined,
                    dayOfPhase: day,
                    channels: isStep(item) ? item.channels.map(c => refName(c)!).filter(Boolean) : [],
                    owner: ownerName(item),
                    assets: isStep(item) ? item.assets.map(a => refName(a)!).filter(Boolean) : [],
                    segment: isStep(item) ? refName(item.segment) : undefined,
                    // Before the start; an all-day step's start is 00:00 of its day.
                    reminderMinutes,
                    reminders: reminderMinutes.map(isoDuration),
                    note: item.note,
                    offset: item.$cstNode?.offset ?? 0,
                });
            }
        }
        // Sorted per phase (still sorted when reused: an edit before the phase moves all its offsets
        // alike), so the sort of all events below merges sorted runs.
        reuse.set(p.node, { schedule: p, events: events.slice(first).sort(compareEvents) });
    }

    // Material from an imported library is due in this campaign when one of its steps uses it.
    const allAssets = [...own.assets];
    const listed = new Set(allAssets);
    for (const item of own.items) {
        if (!isStep(item)) continue;
        for (const ref of item.assets) {
            const asset = ref.ref;
            if (asset && !listed.has(asset)) {
                listed.add(asset);
                allAssets.push(asset);
            }
        }
    }
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

    const blackoutDays = blackoutDaysOf(own.blackouts);

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
