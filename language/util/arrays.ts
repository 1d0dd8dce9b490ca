/**
 * Array helpers for unbounded input. `target.push(...items)` and `Math.max(...items)` pass every
 * element as a call argument, on the stack: past ~100,000 elements (130,000 steps in a phase,
 * 125,000 comment lines) they throw "Maximum call stack size exceeded". Use these instead
 * wherever the length comes from the user's text (test/robustness/stack.test.ts greps for spreads).
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
    for (const item of items) target.push(item);
    return target;
}

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
    let max = empty;
    let any = false;
    for (const v of values) {
        if (!any || v > max) max = v;
        any = true;
    }
    return any ? max : empty;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
    let min = empty;
    let any = false;
    for (const v of values) {
        if (!any || v < min) min = v;
        any = true;
    }
    return any ? min : empty;
}
