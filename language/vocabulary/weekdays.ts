/**
 * The weekdays, one row each in ISO order (Monday = 1): the values `repeat weekly on …` takes,
 * with their Simplified Chinese form. The model numbers them from here (model/timeline.ts); the
 * labels (`Mon`, `Monday`, `周一`) are in messages/kinds.ts, the weekday diagnostic and keyword help
 * list these values, and completion offers them.
 */

export interface WeekdayRow {
    /** ISO weekday number, 1 = Monday … 7 = Sunday. */
    readonly iso: number;
    /** The Simplified Chinese form. */
    readonly zh: string;
}

export const WEEKDAY_VALUES = {
    mon: { iso: 1, zh: '周一' },
    tue: { iso: 2, zh: '周二' },
    wed: { iso: 3, zh: '周三' },
    thu: { iso: 4, zh: '周四' },
    fri: { iso: 5, zh: '周五' },
    sat: { iso: 6, zh: '周六' },
    sun: { iso: 7, zh: '周日' },
} as const satisfies Record<string, WeekdayRow>;

export type Weekday = keyof typeof WEEKDAY_VALUES;

/** The values in ISO order. */
export const WEEKDAY_NAMES = Object.keys(WEEKDAY_VALUES) as readonly Weekday[];

/** The ISO number of a weekday value (`mon` → 1), undefined for anything else. */
export function isoWeekday(value: string): number | undefined {
    return Object.hasOwn(WEEKDAY_VALUES, value) ? WEEKDAY_VALUES[value as Weekday].iso : undefined;
}
