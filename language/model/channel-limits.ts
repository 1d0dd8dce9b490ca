/**
 * A channel's effective sending limits (SCHEDULE.md "Sending limits and quiet hours"): its own
 * `cap` / `quiet`, else the documented default of its kind.
 */
import type { Channel } from '../generated/ast.js';
import { type TimeOfDay, parseTimeOfDay } from './dates.js';
import { kindValuesWith } from '../vocabulary/kinds.js';
import { lastGiven } from '../syntax/clauses.js';

export type CapWindow = 'day' | 'week' | 'month';

export interface SendCap {
    /** Sends per customer in one window; undefined: as many as the month has days (企业微信's default). */
    readonly count?: number;
    readonly per: CapWindow;
    readonly declared: boolean;
}

export interface QuietWindow {
    readonly from: TimeOfDay;
    readonly to: TimeOfDay;
    readonly declared: boolean;
}

export interface ChannelLimits {
    readonly cap?: SendCap;
    /** Undefined: no quiet hours (none by default, or `quiet none`). */
    readonly quiet?: QuietWindow;
    /** `quiet none` lifts a default. */
    readonly quietLifted: boolean;
}

/** Kinds with default quiet hours 22:00..08:00 (one-to-one messages that reach a phone). */
export const QUIET_KINDS: ReadonlySet<string> = new Set(kindValuesWith('channel', 'quiet'));
const DEFAULT_QUIET = { from: parseTimeOfDay('22:00')!, to: parseTimeOfDay('08:00')! };

export function channelLimits(channel: Channel): ChannelLimits {
    let cap: SendCap | undefined;
    const declaredCap = lastGiven(channel.cap);
    if (declaredCap) {
        const count = declaredCap.count;
        // The parser stores a Chinese period (`每日`) as its English value (syntax/cst-node-builder.ts).
        const per = declaredCap.per as CapWindow | undefined;
        if (Number.isInteger(count) && count >= 0 && per) cap = { count, per, declared: true };
    } else if (channel.kind === 'wecom') {
        cap = { per: 'month', declared: false };
    }
    let quiet: QuietWindow | undefined;
    const declaredQuiet = lastGiven(channel.quiet);
    const lifted = declaredQuiet?.none === true;
    if (declaredQuiet && !lifted) {
        const from = parseTimeOfDay(declaredQuiet.from);
        const to = parseTimeOfDay(declaredQuiet.to);
        if (from && to) quiet = { from, to, declared: true };
    } else if (!declaredQuiet && channel.kind !== undefined && QUIET_KINDS.has(channel.kind)) {
        quiet = { ...DEFAULT_QUIET, declared: false };
    }
    return { cap, quiet, quietLifted: lifted };
}

/** Whether a start time `HH:MM` lies in the window (one crossing midnight covers both ends). */
export function inQuietWindow(time: TimeOfDay, window: { from: TimeOfDay; to: TimeOfDay }): boolean {
    const t = time.hour * 60 + time.minute;
    const from = window.from.hour * 60 + window.from.minute;
    const to = window.to.hour * 60 + window.to.minute;
    if (from === to) return false;
    return from < to ? t >= from && t < to : t >= from || t < to;
}
