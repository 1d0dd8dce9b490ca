/**
 * The value that counts of a clause a declaration may write more than once.
 *
 * Inside a declaration, clauses come in any order and any number (`owner a … owner b`,
 * `day 1 … day 3`, `required required`), so the grammar keeps each one a list (`+=`): the parser
 * never drops a value silently, and Langium's grammar check has nothing to warn about. A single-
 * valued clause's value is the LAST one written (as a plain `=` gave before); the `duplicate-clause`
 * rule reports the earlier ones. Every reader asks through these two functions, so "which one
 * counts" is decided here only. Plain TypeScript: no LSP types.
 */

/** The value that counts: the last one written; undefined when the clause is not there. */
export function lastGiven<T>(values: readonly T[] | undefined): T | undefined {
    return values && values.length > 0 ? values[values.length - 1] : undefined;
}

/** Whether a flag (`novel`, `workdays`, `required`, `pii`) is written at least once. */
export function isGiven(values: readonly unknown[] | undefined): boolean {
    return values !== undefined && values.length > 0;
}

/**
 * The value that counts of a single-valued property read by name on any node (a title, a kind):
 * the last one of a clause that is a list here, the value itself elsewhere (a role's `title`).
 */
export function clauseValue(node: object, property: string): unknown {
    const value = (node as Record<string, unknown>)[property];
    return Array.isArray(value) ? lastGiven(value) : value;
}
