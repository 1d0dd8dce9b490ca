/**
 * send-cap and quiet-hours (SCHEDULE.md "Sending limits and quiet hours"): the sends of every
 * run on one channel, per audience (a segment, or everyone, who overlaps every segment), against
 * the channel's effective cap; and timed sends that start in its quiet hours.
 */
import type { Channel, Step } from '../../generated/ast.js';
import { isChannel, isStep } from '../../generated/ast.js';
import { capText, capWindowText, everyoneText, segmentText } from '../../messages/calendar.js';
import { inQuietWindow } from '../../model/channel-limits.js';
import { daysInMonth, parseTimeOfDay, shiftDate, weekdayOf } from '../../model/dates.js';
import type { ScheduleEvent } from '../../model/playbook-model.js';
import type { Rule } from '../rule.js';

const EVERYONE = '\u0000everyone';

function windowKey(per: 'day' | 'week' | 'month', date: string): string {
    if (per === 'day') return date;
    if (per === 'month') return date.slice(0, 7);
    return shiftDate(date, 1 - weekdayOf(date)) ?? date; // the ISO week's Monday
}

function byStart(a: ScheduleEvent, b: ScheduleEvent): number {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    const at = a.start?.epochMillis ?? -1;
    const bt = b.start?.epochMillis ?? -1;
    return at !== bt ? at - bt : a.offset - b.offset;
}

export const sendingLimits: Rule = {
    name: 'sending-limits',
    codes: ['quiet-hours', 'send-cap'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const channels = new Map<string, Channel>();
        for (const c of model.own.channels) if (c.name && !channels.has(c.name)) channels.set(c.name, c);
        for (const lib of model.imported) for (const d of lib.declarations) if (isChannel(d) && d.name && !channels.has(d.name)) channels.set(d.name, d);

        // The sends per channel, in calendar order.
        const sends = new Map<string, ScheduleEvent[]>();
        for (const e of model.events) {
            if (e.type !== 'step') continue;
            for (const c of e.channels) {
                let list = sends.get(c);
                if (!list) sends.set(c, list = []);
                list.push(e);
            }
        }

        for (const [name, list] of sends) {
            const channel = channels.get(name);
            if (!channel) continue;
            const limits = model.limitsOf(channel);

            // quiet-hours: one diagnostic per step and channel, at its `at` time.
            if (limits.quiet) {
                const reported = new Set<Step>();
                for (const e of list) {
                    const step = e.node as Step;
                    if (!e.time || reported.has(step)) continue;
                    const time = parseTimeOfDay(e.time);
                    if (!time || !inQuietWindow(time, limits.quiet)) continue;
                    reported.add(step);
                    ctx.report('quiet-hours', step, {
                        name: step.name, channel: name, time: e.time, window: `${limits.quiet.from.text}..${limits.quiet.to.text}`,
                        declared: limits.quiet.declared ? 1 : 0,
                    }, { property: 'time' }, { fix: 'quiet-move', to: limits.quiet.to.text });
                }
            }

            // send-cap: per window and audience; everyone's sends count for every segment too.
            const cap = limits.cap;
            if (!cap) continue;
            const windows = new Map<string, ScheduleEvent[]>();
            for (const e of list) {
                const key = windowKey(cap.per, e.date);
                let w = windows.get(key);
                if (!w) windows.set(key, w = []);
                w.push(e);
            }
            const reported = new Set<Step>();
            for (const [key, inWindow] of windows) {
                const limit = cap.count ?? daysInMonth(key.slice(0, 7));
                if (inWindow.length <= limit) continue;
                const audiences = new Map<string, ScheduleEvent[]>();
                for (const e of inWindow) {
                    const a = e.segment ?? EVERYONE;
                    let l = audiences.get(a);
                    if (!l) audiences.set(a, l = []);
                    l.push(e);
                }
                const everyone = audiences.get(EVERYONE) ?? [];
                for (const [audience, own] of audiences) {
                    const counted = audience === EVERYONE ? own : [...own, ...everyone].sort(byStart);
                    if (counted.length <= limit) continue;
                    for (const over of counted.slice(limit)) {
                        const step = over.node;
                        if (!isStep(step) || reported.has(step)) continue;
                        reported.add(step);
                        const others = [...new Set(counted.map(e => e.name).filter(n => n !== step.name))].join(', ');
                        const index = step.channels.findIndex(c => (c.ref?.name ?? c.$refText) === name);
                        ctx.report('send-cap', step, {
                            name: step.name, channel: name,
                            audience: audience === EVERYONE ? everyoneText(ctx.locale) : segmentText(audience, ctx.locale),
                            cap: capText(cap.count, cap.per, ctx.locale), window: capWindowText(cap.per, key, ctx.locale), others,
                        }, index >= 0 ? { property: 'channels', index } : { property: 'name' });
                    }
                }
            }
        }
    },
};
