/**
 * What every occurrence of a step or milestone shares, in every run: worked out once per model
 * build, so a run is its dates laid over these (52 weekly runs of a 200-line playbook are 12,000
 * events made of 230 templates). The per-occurrence parts — date, times, id, D offset, day
 * marks — are the model's (playbook-model.ts).
 */
import type { AstNode } from 'langium';
import { type Milestone, type Step, isStep } from '../generated/ast.js';
import { type LocalDate, type TimeOfDay, isoDuration, parseDurationMinutes, parseTimeOfDay } from './dates.js';
import type { DayCalendar } from './day-calendar.js';
import { occurrenceFilter, refName } from './events.js';
import { DEFAULT_STEP_MINUTES, MAX_STEP_MINUTES, type ScheduleEvent } from './model-types.js';
import type { Owners } from './owners.js';
import { lastGiven } from '../syntax/clauses.js';

/** The fields every occurrence copies as they are (their meaning is documented on ScheduleEvent). */
type SharedEventFields = 'name' | 'title' | 'channels' | 'owner' | 'assets' | 'segment' | 'reminderMinutes' | 'reminders' | 'note' | 'offset';

export interface ItemTemplate extends Pick<ScheduleEvent, SharedEventFields> {
    readonly type: 'step' | 'milestone';
    readonly time?: TimeOfDay;
    readonly duration?: number;
    /** `workdays` / `except`: which dates it keeps (undefined: all). */
    readonly keep?: (date: LocalDate) => boolean;
}

export function itemTemplate(item: Step | Milestone, calendar: DayCalendar, ownerName: Owners['ownerName']): ItemTemplate {
    const name = item.name ?? '';
    const common = { name, title: item.title ?? name, owner: ownerName(item), note: lastGiven(item.note), offset: item.$cstNode?.offset ?? 0 };
    if (!isStep(item)) return { type: 'milestone', ...common, channels: [], assets: [], reminderMinutes: [], reminders: [] };
    const reminderMinutes = item.reminders.map(r => parseDurationMinutes(r)).filter((m): m is number => m !== undefined);
    return {
        type: 'step',
        ...common,
        time: parseTimeOfDay(lastGiven(item.time)),
        duration: Math.min(parseDurationMinutes(lastGiven(item.duration)) ?? DEFAULT_STEP_MINUTES, MAX_STEP_MINUTES),
        channels: item.channels.map(c => refName(c)!).filter(Boolean),
        assets: item.assets.map(a => refName(a)!).filter(Boolean),
        segment: refName(lastGiven(item.segment)),
        reminderMinutes,
        reminders: reminderMinutes.map(isoDuration),
        keep: occurrenceFilter(item, calendar),
    };
}

/** The templates of one model build, made on first use, with the list of the item's events in every run (the model's `eventsOf`). */
export class ItemTemplates {
    private readonly templates = new Map<AstNode, { template: ItemTemplate; events: ScheduleEvent[] }>();

    constructor(private readonly calendar: DayCalendar, private readonly ownerName: Owners['ownerName'], private readonly byNode: Map<AstNode, ScheduleEvent[]>) {}

    of(item: Step | Milestone): { template: ItemTemplate; events: ScheduleEvent[] } {
        let t = this.templates.get(item);
        if (!t) {
            let events = this.byNode.get(item);
            if (!events) this.byNode.set(item, events = []);
            this.templates.set(item, t = { template: itemTemplate(item, this.calendar, this.ownerName), events });
        }
        return t;
    }
}
