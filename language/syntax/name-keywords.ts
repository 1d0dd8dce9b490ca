/**
 * Keywords that may also be used as names: a phase called `review`, a step called `survey`, a
 * property called `type`. Their tokens belong to the ID token category (token-builder.ts), so the
 * grammar's `Name: ID` accepts them; every other keyword stays reserved.
 */
export const NAME_KEYWORDS: ReadonlySet<string> = new Set([
    'review', 'event', 'note', 'text', 'tag', 'target', 'line', 'start', 'type', 'person', 'consent', 'ready', 'count', 'unique',
    'sum', 'required', 'pii', 'budget', 'string', 'number', 'integer', 'boolean', 'datetime', 'enum', 'novel', 'from', 'kind',
    'timezone', 'blackout', 'when', 'then', 'where', 'true', 'false', 'property', 'remind', 'uses', 'at', 'by', 'library',
]);
