/**
 * The calendar rules (SCHEDULE.md, RULES.md "Calendar rules"): one timeline, valid `repeat`,
 * runs that do not overlap, holiday data for every year, steps that keep an occurrence, material
 * not due on a day off, steps on statutory holidays; and D-relative days inside their phase.
 */
import type { AstNode } from 'langium';
import { type Milestone, type Step, isStep } from '../../generated/ast.js';
import { categoryName } from '../../messages/diagnostics.js';
import { dText, dayText } from '../../model/date-text.js';
import { daysBetween } from '../../model/dates.js';
import { yearsText } from '../../model/holiday-data.js';
import { MAX_RUNS } from '../../model/runs.js';
import { MAX_EVENTS, MAX_OCCURRENCES, type RunRef, type ScheduleEvent } from '../../model/playbook-model.js';
import type { Locale } from '../../messages/locale.js';
import { listSeparator, parenthesized } from '../../messages/fragments.js';
import type { Rule } from '../rule.js';
import { runsNote } from './run-list.js';
import { isGiven, lastGiven } from '../../syntax/clauses.js';

/** At most this many days listed in one message. */
const LISTED = 6;

function dayList(events: readonly ScheduleEvent[], locale: Locale, reason: (e: ScheduleEvent) => string | undefined): string {
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const e of events) {
        if (seen.has(e.date)) continue;
        seen.add(e.date);
        const why = reason(e);
        parts.push(why ? parenthesized(dayText(e.date, locale), why, locale) : dayText(e.date, locale));
    }
    const sep = listSeparator(locale);
    return parts.length > LISTED ? `${parts.slice(0, LISTED).join(sep)} … (${parts.length})` : parts.join(sep);
}

export const timelineConflict: Rule = {
    name: 'timeline-conflict',
    codes: ['timeline-conflict'],
    check(ctx) {
        const model = ctx.model;
        if (!model?.timeline.by) return;
        const pb = model.node;
        const first = model.timeline.by;
        for (const clause of ['start', 'dday', 'repeat'] as const) {
            if (clause !== first && isGiven(pb[clause])) ctx.report('timeline-conflict', pb, { clause, first }, { property: clause });
        }
    },
};

export const repeatRules: Rule = {
    name: 'repeat',
    codes: ['invalid-date', 'run-overlap'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const pb = model.node;
        const expansion = model.timeline.expansion;
        if (model.timeline.by === 'repeat' && expansion && !expansion.ok) {
            const repeat = lastGiven(pb.repeat);
            ctx.report('invalid-date.repeat', pb, { problem: expansion.problem, text: repeat?.weekday, max: MAX_RUNS },
                expansion.problem === 'weekday' && repeat ? { cst: repeat.$cstNode } : { property: 'repeat' });
        }
        const runs = model.runs;
        for (let i = 1; i < runs.length; i++) {
            const prev = runs[i - 1];
            const run = runs[i];
            if (run.start && prev.end && run.start <= prev.end) {
                ctx.report('run-overlap', pb, {
                    run: run.index, dday: run.dday, start: run.start, previous: prev.index, previousDday: prev.dday, previousEnd: prev.end,
                }, { property: 'repeat' });
            }
        }
    },
};

export const holidayDataMissing: Rule = {
    name: 'holiday-data-missing',
    codes: ['holiday-data-missing'],
    check(ctx) {
        const model = ctx.model;
        if (!model || model.uncoveredYears.length === 0) return;
        const pb = model.node;
        const covered = yearsText(model.calendar.data);
        for (const year of model.uncoveredYears) {
            ctx.report('holiday-data-missing', pb, { year, covered }, lastGiven(pb.holidays) ? { property: 'holidays' } : { property: 'name' },
                { fix: 'insert-holidays', year });
        }
    },
};

export const dayMarks: Rule = {
    name: 'day-marks',
    codes: ['no-occurrence', 'step-on-holiday', 'due-on-day-off'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const item of model.own.items) {
            if (!isStep(item)) continue;
            const events = model.eventsOf(item);
            const filtered = isGiven(item.workdays) || item.excepts.length > 0;
            if (filtered && events.length === 0 && model.droppedOf(item) > 0) {
                ctx.report('no-occurrence', item, { name: item.name, dropped: model.droppedOf(item) },
                    isGiven(item.workdays) ? { keyword: 'workdays' } : { property: 'excepts', index: 0 });
            }
            const onHoliday = events.filter(e => e.dayOff === 'holiday');
            if (onHoliday.length) {
                ctx.report('step-on-holiday', item, {
                    name: item.name, days: dayList(onHoliday, ctx.locale, e => e.dayNote), runs: runsNote(model, onHoliday.map(e => e.run), ctx.locale, 'every'),
                }, { property: 'name' });
            }
        }
        for (const asset of model.own.assets) {
            const off = model.eventsOf(asset).filter(e => e.dayOff !== undefined);
            if (off.length === 0) continue;
            ctx.report('due-on-day-off', asset, {
                name: asset.name, days: dayList(off, ctx.locale, e => e.dayNote), runs: runsNote(model, off.map(e => e.run), ctx.locale, 'every'),
            }, { property: 'ready' },
                { fix: 'due-previous-working-day' });
        }
    },
};

/**
 * Nothing left out silently: a step past MAX_OCCURRENCES days, or a schedule past MAX_EVENTS
 * events, would lose events in every output; the model counts them and this says so.
 */
export const scheduleTooLarge: Rule = {
    name: 'schedule-too-large',
    codes: ['schedule-too-large'],
    check(ctx) {
        const cut = ctx.model?.cut;
        if (!cut) return;
        const count = (n: number) => n.toLocaleString('en-US');
        for (const [step, lost] of cut.occurrences) {
            ctx.report('schedule-too-large.occurrences', step, { name: step.name, max: count(MAX_OCCURRENCES), cut: count(lost) }, { property: 'range' });
        }
        const first = cut.firstEventCut;
        if (cut.events > 0 && first) {
            ctx.report('schedule-too-large.events', first, {
                max: count(MAX_EVENTS), cut: count(cut.events), name: first.name, category: categoryName(CATEGORY_OF[first.$type], ctx.locale),
            }, { property: 'name' });
        }
    },
};

const CATEGORY_OF = { Step: 'step', Milestone: 'milestone', Asset: 'asset', Risk: 'risk' } as const;

/**
 * `day D+5` outside its phase: the phase's span is shown counted from D. Every run: a phase pinned
 * with `from` lies at another distance from D in each run. Once per clause, naming the runs.
 */
export const relativeDays: Rule = {
    name: 'relative-days',
    codes: ['day-out-of-range'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const found = new Map<AstNode, { params: Record<string, string>; runs: RunRef[] }>();
        for (const run of model.runs) {
            for (const p of run.phases) {
                if (!p.start || !p.end) continue;
                const lo = daysBetween(run.dday, p.start);
                const hi = daysBetween(run.dday, p.end);
                for (const item of p.node.items as (Step | Milestone)[]) {
                    const checks: { node: AstNode; offset: number; text: string }[] = [];
                    const relDay = lastGiven(item.relDay);
                    if (relDay) checks.push({ node: relDay, offset: relDay.offset ?? 0, text: ctx.forms.day(dText(relDay.offset)) });
                    const range = isStep(item) ? lastGiven(item.range) : undefined;
                    if (range?.relFrom && range.relTo) {
                        for (const ref of [range.relFrom, range.relTo]) checks.push({ node: ref, offset: ref.offset ?? 0, text: dText(ref.offset) });
                    }
                    for (const c of checks) {
                        if (c.offset >= lo && c.offset <= hi) continue;
                        const known = found.get(c.node);
                        if (known) known.runs.push(run);
                        else {
                            found.set(c.node, {
                                params: {
                                    category: categoryName(isStep(item) ? 'step' : 'milestone', ctx.locale), name: item.name ?? '', text: c.text,
                                    phase: p.name, phaseD: `${dText(lo)}..${dText(hi)}`,
                                },
                                runs: [run],
                            });
                        }
                    }
                }
            }
        }
        for (const [node, { params, runs }] of found) ctx.report('day-out-of-range.dday', node, { ...params, runs: runsNote(model, runs, ctx.locale) });
    },
};
