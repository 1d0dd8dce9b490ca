/**
 * The shape of the schedule-and-metrics model (see playbook-model.ts) and its bounds. Plain
 * TypeScript: no LSP or VS Code types.
 */
import type { AstNode } from 'langium';
import type {
    Asset, Blackout, Budget, BudgetLine, Channel, Goal, Holiday, Kpi, Library, Workday, Milestone, Phase, Playbook, Risk, Role, Segment, Step, Track,
} from '../generated/ast.js';
import type { LocalDate, ZonedTime } from './dates.js';
import type { DayCalendar } from './day-calendar.js';
import type { ChannelLimits } from './channel-limits.js';
import type { Timeline } from './timeline.js';
import type { EventType } from '../vocabulary/kinds.js';

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

export type { EventType };

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
    /** `HH:MM` the event really starts at (03:30 for `at 02:30` in a daylight-saving gap), undefined for all-day ones. */
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
    /** Reminder offsets before the start (00:00 of its day for an all-day step), in minutes, and as ISO durations. */
    readonly reminderMinutes: readonly number[];
    readonly reminders: readonly string[];
    readonly note?: string;
    /** For checkpoints: the check, e.g. `new_members < 40%`. */
    readonly check?: string;
    /** Source offset, for "order in the text". */
    readonly offset: number;
    /** The run it belongs to (with `dday` or `repeat`; undefined with `start`). */
    readonly run?: RunRef;
    /** Days from the run's D-day (`D-3` is -3), when the playbook has one. */
    readonly d?: number;
    /** A day off: a statutory holiday, or a weekend that is no 调休 workday. */
    readonly dayOff?: 'weekend' | 'holiday';
    /** The holiday's name, or the note of a 调休 working weekend. */
    readonly dayNote?: string;
}

/** A run of a playbook with a D-day: 1-based index in D-day order, and the D-day. */
export interface RunRef {
    readonly index: number;
    readonly dday: LocalDate;
}

/** One run: a full copy of the schedule with D set to its D-day. */
export interface RunSchedule extends RunRef {
    /** First day of the first dated phase, last day of the last. */
    readonly start?: LocalDate;
    readonly end?: LocalDate;
    readonly phases: readonly PhaseSchedule[];
    readonly events: readonly ScheduleEvent[];
    phaseOf(node: Phase): PhaseSchedule | undefined;
    /** The date an asset must be ready by in this run. */
    assetReady(asset: Asset): LocalDate | undefined;
}

/** A `blackout` line: days to keep clear (节假日、竞品大促), first and last day. */
export interface BlackoutSpan {
    readonly node: Blackout;
    readonly from: LocalDate;
    readonly to: LocalDate;
    /** Its reason (`"竞品大促"`), or empty. */
    readonly title: string;
}

/** What the bounds (`MAX_OCCURRENCES`, `MAX_EVENTS`) left out of the schedule. */
export interface ScheduleCut {
    /** Days of a step's `days A..B` past MAX_OCCURRENCES, summed over the runs. */
    readonly occurrences: ReadonlyMap<Step, number>;
    /** Events not made once the schedule held MAX_EVENTS, and the first declaration that lost one. */
    readonly events: number;
    readonly firstEventCut?: Step | Milestone | Asset | Risk;
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
    readonly holidays: Holiday[];
    readonly workdays: Workday[];
}

export interface PlaybookModel {
    readonly node: Playbook;
    readonly name: string;
    readonly title: string;
    readonly timezone: string;
    readonly timezoneValid: boolean;
    /** The first day: `start`, or the first run's first day. */
    readonly start?: LocalDate;
    /** Last day of the last dated phase (of the last run). */
    readonly end?: LocalDate;
    /** The phases (of the first run, with runs). */
    readonly phases: readonly PhaseSchedule[];
    /** Every event of every run, in calendar order. */
    readonly events: readonly ScheduleEvent[];
    /** How the playbook is placed in time, its D-days and anchor phase. */
    readonly timeline: Timeline;
    /** The runs (one with `dday`, one per D-day with `repeat`, none with `start`). */
    readonly runs: readonly RunSchedule[];
    /** True with `repeat` (ids carry the D-day). */
    readonly repeating: boolean;
    /** Days off: holidays (data and declared lines) and weekends. */
    readonly calendar: DayCalendar;
    /** Years the schedule touches that neither the holiday data nor a `holiday` line covers (with `holidays cn`). */
    readonly uncoveredYears: readonly number[];
    /** Declarations of the playbook itself. */
    readonly own: Declarations;
    /** Declarations of the libraries it imports, by library. */
    readonly imported: readonly Library[];
    readonly kpis: ReadonlyMap<Kpi, KpiInfo>;
    /** Blackout dates → the blackout that covers them. */
    readonly blackoutDays: ReadonlyMap<LocalDate, Blackout>;
    /** The blackouts (days to keep clear) with valid dates, by first day: every calendar output shows them. */
    readonly blackouts: readonly BlackoutSpan[];
    phaseOf(node: Phase): PhaseSchedule | undefined;
    /** Events of one declaration (occurrences of a step, the due date of an asset …). */
    eventsOf(node: AstNode): readonly ScheduleEvent[];
    /** Effective owner after phase and playbook defaults. */
    ownerOf(node: Step | Milestone | Asset | Risk): Role | undefined;
    /** Date of `PHASE day N`, when the phase is dated and N is one of its days. */
    dayDate(phase: Phase | undefined, day: number | undefined): LocalDate | undefined;
    /** The date an asset must be ready by (in the first run). */
    assetReady(asset: Asset): LocalDate | undefined;
    /** Occurrences of a step that `workdays` / `except` removed, over all runs. */
    droppedOf(step: Step): number;
    /** What the bounds left out of the schedule (`schedule-too-large` reports it: nothing is dropped silently). */
    readonly cut: ScheduleCut;
    /** A channel's effective cap and quiet hours. */
    limitsOf(channel: Channel): ChannelLimits;
}
