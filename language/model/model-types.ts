/**
 * The shape of the schedule-and-metrics model (see playbook-model.ts) and its bounds. Plain
 * TypeScript: no LSP or VS Code types.
 */
import type { AstNode } from 'langium';
import type {
    Asset, Blackout, Budget, BudgetLine, Channel, Goal, Kpi, Library, Milestone, Phase, Playbook, Risk, Role, Segment, Step, Track,
} from '../generated/ast.js';
import type { LocalDate, ZonedTime } from './dates.js';

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
    /** Date of `PHASE day N`, when the phase is dated and N is one of its days. */
    dayDate(phase: Phase | undefined, day: number | undefined): LocalDate | undefined;
    /** The date an asset must be ready by. */
    assetReady(asset: Asset): LocalDate | undefined;
}
