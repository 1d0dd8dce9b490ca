/**
 * The schedule-and-metrics model of one playbook: every date, owner and KPI dependency that
 * validation, editor features and generators need, computed once per document version from the
 * linked AST. Plain TypeScript: no LSP or VS Code types. Its types are in model-types.ts, the
 * pieces in declarations.ts, events.ts, owners.ts and kpi-graph.ts.
 */
import type { AstNode } from 'langium';
import {
    type Asset, type Channel, type Holiday, type Library, type Phase, type Playbook, type Step, type Workday,
    isChannel, isHoliday, isKpiCheck, isStep, isWorkday,
} from '../generated/ast.js';
import {
    type LocalDate, atWallClock, daysBetween, isValidZone, parseLocalDate, plusMinutes, shiftDate, wallClockOf,
} from './dates.js';
import {
    DEFAULT_TIMEZONE, MAX_EVENTS,
    type Declarations, type PhaseSchedule, type PlaybookModel, type RunRef, type RunSchedule, type ScheduleCut, type ScheduleEvent,
} from './model-types.js';
import { collectDeclarations } from './declarations.js';
import { checkText, compareEvents, isPositiveWhole, itemDaysAt, sourceOffset } from './events.js';
import { type DayCalendar, buildDayCalendar, defaultHolidayMode, uncoveredYears } from './day-calendar.js';
import { type ChannelLimits, channelLimits } from './channel-limits.js';
import { beforeAnchor, timelineOf } from './timeline.js';
import { buildKpiGraph } from './kpi-graph.js';
import { ownersOf } from './owners.js';
import { blackoutDaysOf, blackoutSpansOf } from './blackouts.js';
import { ItemTemplates } from './item-template.js';
import { type PhaseEvents, type Reuse, reuseKey, reuseOf } from './model-reuse.js';
import { lastGiven } from '../syntax/clauses.js';

export type { Timeline } from './timeline.js';

export * from './model-types.js';
export { collectDeclarations } from './declarations.js';
export { checkText } from './events.js';
export { buildKpiGraph } from './kpi-graph.js';

/** Builds the model. Never throws on partial or wrong input: what cannot be dated is left out. */
export function buildPlaybookModel(playbook: Playbook, imported: readonly Library[] = [], previous?: PlaybookModel): PlaybookModel {
    const name = playbook.name ?? '';
    const zone = lastGiven(playbook.timezone);
    const timezoneValid = zone === undefined || isValidZone(zone);
    const timezone = zone !== undefined && timezoneValid ? zone : DEFAULT_TIMEZONE;
    const own = collectDeclarations(playbook);
    const timeline = timelineOf(playbook, own.phases);
    const repeating = timeline.by === 'repeat';

    // --- days off: the data (by `holidays`, default by zone) and the declared lines of the playbook and its libraries
    const holidays: Holiday[] = [...own.holidays];
    const workdays: Workday[] = [...own.workdays];
    const libraryChannels = new Map<string, Channel>();
    for (const lib of imported) {
        for (const d of lib.declarations) {
            if (isHoliday(d)) holidays.push(d);
            else if (isWorkday(d)) workdays.push(d);
            else if (isChannel(d) && d.name && !libraryChannels.has(d.name)) libraryChannels.set(d.name, d);
        }
    }
    const mode = lastGiven(playbook.holidays) ?? defaultHolidayMode(timezone);
    const calendar = buildDayCalendar(mode, holidays, workdays);

    // Incremental reuse of a phase's events holds for one dating of the phases, run by run.
    const calendarKey = [mode, timeline.by ?? '', timeline.anchor?.name ?? '', ...timeline.ddays,
        ...holidays.map(h => `${h.from}..${h.to ?? ''}=${h.title ?? ''}`), ...workdays.map(w => `${w.date}=${w.title ?? ''}`)].join('\u0001');
    const key = reuseKey(name, timezone, playbook, own, imported, calendarKey);
    const prior = previous && reuseOf.get(previous)?.key === key ? reuseOf.get(previous) : undefined;
    const reuse = new Map<Phase, PhaseEvents[]>();

    const { ownerOf, ownerName } = ownersOf(playbook);
    const events: ScheduleEvent[] = [];
    const byNode = new Map<AstNode, ScheduleEvent[]>();
    const dropped = new Map<Step, number>();
    const cut: { occurrences: Map<Step, number>; events: number; firstEventCut?: ScheduleCut['firstEventCut'] } = { occurrences: new Map(), events: 0 };
    const context: RunContext = {
        name, timezone, own, calendar, repeating, ownerName, events, byNode, dropped, cut, prior: prior?.phases, reuse,
        templates: new ItemTemplates(calendar, ownerName, byNode),
    };

    let first: DatedRun;
    const runs: RunSchedule[] = [];
    if (timeline.by === 'dday' || timeline.by === 'repeat') {
        const before = beforeAnchor(own.phases, timeline.anchor);
        timeline.ddays.forEach((dday, i) => {
            const ref: RunRef = { index: i + 1, dday };
            const dated = scheduleRun(context, before === undefined ? undefined : shiftDate(dday, -before), ref);
            if (i === 0) first = dated;
            runs.push(dated.run!);
        });
        if (runs.length === 0) first = scheduleRun(context, undefined, undefined);
    } else {
        first = scheduleRun(context, timeline.by === 'start' ? parseLocalDate(lastGiven(playbook.start)) : undefined, undefined);
    }
    events.sort(compareEvents);

    const ends = runs.length ? runs.map(r => r.end) : [first!.end];
    const datedEnds = ends.filter((e): e is LocalDate => e !== undefined).sort();
    const start = timeline.by === 'start' ? parseLocalDate(lastGiven(playbook.start)) : first!.start;
    const end = datedEnds.length ? datedEnds[datedEnds.length - 1] : undefined;

    const limits = new Map<Channel, ChannelLimits>();
    const model: PlaybookModel = {
        node: playbook,
        name,
        title: playbook.title ?? name,
        timezone,
        timezoneValid,
        start,
        end,
        phases: first!.phases,
        events,
        timeline,
        runs,
        repeating,
        calendar,
        uncoveredYears: uncoveredYears(calendar, events, runs.length ? runs : [first!]),
        own,
        imported,
        kpis: buildKpiGraph(own.kpis, own.goals),
        blackoutDays: blackoutDaysOf(own.blackouts),
        blackouts: blackoutSpansOf(own.blackouts),
        phaseOf: node => first.phaseOf(node),
        eventsOf: node => byNode.get(node) ?? [],
        ownerOf,
        dayDate: (phase, day) => first.dayDate(phase, day),
        assetReady: asset => first.assetReady(asset),
        droppedOf: step => dropped.get(step) ?? 0,
        cut,
        limitsOf: channel => {
            let l = limits.get(channel);
            if (!l) limits.set(channel, l = channelLimits(channel));
            return l;
        },
    };
    reuseOf.set(model, { key, phases: reuse });
    return model;
}

interface RunContext {
    readonly name: string;
    readonly timezone: string;
    readonly own: Declarations;
    readonly calendar: DayCalendar;
    readonly repeating: boolean;
    readonly ownerName: ReturnType<typeof ownersOf>['ownerName'];
    readonly events: ScheduleEvent[];
    readonly byNode: Map<AstNode, ScheduleEvent[]>;
    readonly dropped: Map<Step, number>;
    readonly cut: { occurrences: Map<Step, number>; events: number; firstEventCut?: ScheduleCut['firstEventCut'] };
    readonly prior?: Reuse['phases'];
    readonly reuse: Map<Phase, PhaseEvents[]>;
    readonly templates: ItemTemplates;
}

interface DatedRun {
    readonly phases: PhaseSchedule[];
    readonly start?: LocalDate;
    readonly end?: LocalDate;
    readonly run?: RunSchedule;
    phaseOf(node: Phase): PhaseSchedule | undefined;
    dayDate(phase: Phase | undefined, day: number | undefined): LocalDate | undefined;
    assetReady(asset: Asset): LocalDate | undefined;
}

/** Dates one copy of the schedule from its first day (and D, in a run) and adds its events. */
function scheduleRun(ctx: RunContext, start: LocalDate | undefined, run: RunRef | undefined): DatedRun {
    const { name, timezone, own, calendar, ownerName, prior, reuse, cut } = ctx;
    /** `n` events of `node` not made: the schedule already holds MAX_EVENTS. */
    const cutEvents = (node: NonNullable<ScheduleCut['firstEventCut']>, n: number) => {
        cut.events += n;
        cut.firstEventCut ??= node;
    };
    const dday = run?.dday;
    const slot = run ? run.index - 1 : 0;
    const reused = (node: Phase, entry: PhaseEvents) => {
        let list = reuse.get(node);
        if (!list) reuse.set(node, list = []);
        list[slot] = entry;
    };
    const idPrefix = ctx.repeating && dday ? `${name}.${dday}` : name;
    const phases: PhaseSchedule[] = [];
    const phaseMap = new Map<Phase, PhaseSchedule>();
    let cursor: LocalDate | undefined = start;
    own.phases.forEach((node, index) => {
        const pinnedDate = parseLocalDate(lastGiven(node.from));
        const pStart = pinnedDate ?? cursor;
        const length = lastGiven(node.days);
        const days = isPositiveWhole(length) ? length : undefined;
        const pEnd = pStart !== undefined && days !== undefined ? shiftDate(pStart, days - 1) : undefined;
        const before = prior?.get(node)?.[slot]?.schedule;
        const schedule: PhaseSchedule = before && before.index === index && before.start === pStart && before.end === pEnd ? before : {
            node, index, name: node.name ?? '', title: node.title ?? node.name ?? '', kind: lastGiven(node.kind),
            days, start: pStart, end: pEnd, pinned: pinnedDate !== undefined,
        };
        phases.push(schedule);
        phaseMap.set(node, schedule);
        cursor = shiftDate(pEnd, 1);
    });

    const dayDate = (phase: Phase | undefined, day: number | undefined): LocalDate | undefined => {
        const p = phase ? phaseMap.get(phase) : undefined;
        // A day past the phase's last day is no date (day-out-of-range says so), as for steps.
        if (!p?.start || !isPositiveWhole(day) || (p.days !== undefined && day > p.days)) return undefined;
        return shiftDate(p.start, day - 1);
    };
    const phaseAt = (date: LocalDate) => phases.find(p => p.start !== undefined && p.end !== undefined && p.start <= date && date <= p.end);
    const readyDates = new Map<Asset, LocalDate | undefined>(); // asked per step and asset by the rules
    const assetReady = (asset: Asset): LocalDate | undefined => {
        if (readyDates.has(asset)) return readyDates.get(asset);
        let date: LocalDate | undefined;
        const ready = lastGiven(asset.ready);
        if (ready?.date !== undefined) date = parseLocalDate(ready.date);
        else if (ready?.relDay) date = dday ? shiftDate(dday, ready.relDay.offset ?? 0) : undefined;
        else if (ready) date = dayDate(ready.at?.phase?.ref, ready.at?.day);
        readyDates.set(asset, date);
        return date;
    };

    const runEvents: ScheduleEvent[] = [];
    const push = (e: ScheduleEvent) => {
        ctx.events.push(e);
        runEvents.push(e);
        let list = ctx.byNode.get(e.node);
        if (!list) ctx.byNode.set(e.node, list = []);
        list.push(e);
    };
    /** Run, D offset and day marks of an event on `date`. */
    const marks = (date: LocalDate) => {
        const mark = calendar.mark(date);
        return { run, d: dday ? daysBetween(dday, date) : undefined, dayOff: mark.off, dayNote: mark.note };
    };

    for (const p of phases) {
        const before = prior?.get(p.node)?.[slot];
        if (before && before.schedule === p && ctx.events.length + before.events.length <= MAX_EVENTS) {
            // Same events; only their source offsets may have moved (text was edited before them).
            let node: AstNode | undefined;
            let offset = 0;
            for (const e of before.events) {
                if (e.node !== node) offset = sourceOffset(node = e.node);
                (e as { offset: number }).offset = offset;
                push(e);
            }
            for (const [step, n] of before.dropped) ctx.dropped.set(step, (ctx.dropped.get(step) ?? 0) + n);
            reused(p.node, before);
            continue;
        }
        const first = runEvents.length;
        const dropped = new Map<Step, number>();
        const dDay = dday && p.start ? daysBetween(p.start, dday) + 1 : undefined;
        for (const item of p.node.items) {
            const days = itemDaysAt(item, p.days, dDay, lost => isStep(item) && cut.occurrences.set(item, (cut.occurrences.get(item) ?? 0) + lost));
            if (!p.start || days.length === 0) continue;
            const { template: t, events: itemEvents } = ctx.templates.of(item);
            for (const [i, day] of days.entries()) {
                const date = shiftDate(p.start, day - 1);
                if (ctx.events.length >= MAX_EVENTS) cutEvents(item, days.length - i);
                if (date === undefined || ctx.events.length >= MAX_EVENTS) break;
                if (t.keep && !t.keep(date)) {
                    ctx.dropped.set(item as Step, (ctx.dropped.get(item as Step) ?? 0) + 1);
                    dropped.set(item as Step, (dropped.get(item as Step) ?? 0) + 1);
                    continue;
                }
                const startAt = t.time ? atWallClock(date, t.time, timezone) : undefined;
                const mark = calendar.mark(date);
                const e: ScheduleEvent = {
                    id: `${idPrefix}.${item.name}.${date}`,
                    type: t.type,
                    node: item,
                    phase: p,
                    name: t.name,
                    title: t.title,
                    date,
                    // The wall clock it really starts at: in a daylight-saving gap `02:30` is 03:30.
                    time: startAt ? wallClockOf(startAt) : undefined,
                    start: startAt,
                    end: startAt ? plusMinutes(startAt, t.duration!, timezone) : undefined,
                    durationMinutes: startAt ? t.duration : undefined,
                    dayOfPhase: day,
                    channels: t.channels,
                    owner: t.owner,
                    assets: t.assets,
                    segment: t.segment,
                    // Before the start; an all-day step's start is 00:00 of its day.
                    reminderMinutes: t.reminderMinutes,
                    reminders: t.reminders,
                    note: t.note,
                    offset: t.offset,
                    run,
                    d: dday ? daysBetween(dday, date) : undefined,
                    dayOff: mark.off,
                    dayNote: mark.note,
                };
                ctx.events.push(e);
                runEvents.push(e);
                itemEvents.push(e);
            }
        }
        // Sorted per phase (still sorted when reused: an edit before the phase moves all its offsets
        // alike), so the sort of all events merges sorted runs.
        reused(p.node, { schedule: p, events: runEvents.slice(first).sort(compareEvents), dropped });
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
        if (date && ctx.events.length >= MAX_EVENTS) cutEvents(asset, 1);
        if (!date || ctx.events.length >= MAX_EVENTS) continue;
        const ready = lastGiven(asset.ready);
        const phaseNode = ready?.at?.phase?.ref;
        push({
            id: `${idPrefix}.asset-due.${asset.name}`,
            type: 'asset-due',
            node: asset,
            phase: phaseNode ? phaseMap.get(phaseNode) : ready?.relDay ? phaseAt(date) : undefined,
            name: asset.name ?? '',
            title: asset.title ?? asset.name ?? '',
            date,
            channels: [],
            owner: ownerName(asset),
            assets: [asset.name ?? ''],
            reminderMinutes: [],
            reminders: [],
            note: lastGiven(asset.text),
            offset: asset.$cstNode?.offset ?? 0,
            ...marks(date),
        });
    }

    for (const risk of own.risks) {
        const when = lastGiven(risk.when);
        const check = isKpiCheck(when) ? when : undefined;
        if (!check?.at && !check?.relDay) continue;
        const phaseNode = check.at?.phase?.ref;
        const date = check.relDay ? (dday ? shiftDate(dday, check.relDay.offset ?? 0) : undefined) : dayDate(phaseNode, check.at?.day);
        if (date && ctx.events.length >= MAX_EVENTS) cutEvents(risk, 1);
        if (!date || ctx.events.length >= MAX_EVENTS) continue;
        const phase = phaseNode ? phaseMap.get(phaseNode) : phaseAt(date);
        push({
            id: `${idPrefix}.checkpoint.${risk.name}`,
            type: 'checkpoint',
            node: risk,
            phase,
            name: risk.name ?? '',
            title: risk.title ?? risk.name ?? '',
            date,
            dayOfPhase: check.at?.day ?? (phase?.start ? daysBetween(phase.start, date) + 1 : undefined),
            channels: [],
            owner: ownerName(risk),
            assets: [],
            reminderMinutes: [],
            reminders: [],
            note: lastGiven(risk.then),
            check: checkText(check),
            offset: risk.$cstNode?.offset ?? 0,
            ...marks(date),
        });
    }

    const starts = phases.map(p => p.start).filter((d): d is LocalDate => d !== undefined).sort();
    const ends = phases.map(p => p.end).filter((d): d is LocalDate => d !== undefined).sort();
    const runStart = starts[0];
    const runEnd = ends[ends.length - 1];
    const phaseOf = (node: Phase) => phaseMap.get(node);
    const runSchedule: RunSchedule | undefined = run && {
        ...run, start: runStart, end: runEnd, phases, events: runEvents.sort(compareEvents), phaseOf, assetReady,
    };
    return { phases, start: runStart, end: runEnd, run: runSchedule, phaseOf, dayDate, assetReady };
}
