/**
 * The keywords of the language, one row each. The key type comes from the grammar (langium
 * generates `PlaybookKeywordNames`), so a keyword added to the grammar does not compile until it
 * has a row here, and a row for a keyword the grammar lost does not compile either.
 *
 * `zh` is the keyword's Simplified Chinese alias (`角色` for `role`), written where the English
 * keyword may be; `name` marks the keywords that may also be names (`phase review`): their tokens
 * belong to the ID category (syntax/token-builder.ts), every other keyword stays reserved.
 */
import type { PlaybookKeywordNames } from '../generated/ast.js';

type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's'
    | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';

/** Every word keyword of the grammar (punctuation such as `{` and `..` is not vocabulary). */
export type Keyword = Extract<PlaybookKeywordNames, `${Letter}${string}`>;

export interface KeywordRow {
    /** The Simplified Chinese alias, when there is one. */
    readonly zh?: string;
    /** May also be a name (a phase called `review`). */
    readonly name?: true;
}

export const KEYWORDS = {
    asset: {},
    at: { name: true },
    blackout: { name: true },
    boolean: { name: true },
    budget: { name: true },
    by: { name: true },
    channel: {},
    consent: { name: true },
    count: { name: true },
    datetime: { name: true },
    day: {},
    days: {},
    enum: { name: true },
    event: { name: true },
    false: { name: true },
    for: {},
    from: { name: true },
    goal: {},
    import: {},
    integer: { name: true },
    kind: { name: true },
    kpi: {},
    library: { name: true },
    line: { name: true },
    milestone: {},
    note: { name: true },
    novel: { name: true },
    number: { name: true },
    on: {},
    owner: {},
    person: { name: true },
    phase: {},
    pii: { name: true },
    playbook: {},
    property: { name: true },
    ready: { name: true },
    remind: { name: true },
    required: { name: true },
    review: { name: true },
    risk: {},
    role: {},
    segment: {},
    start: { name: true },
    step: {},
    string: { name: true },
    sum: { name: true },
    tag: { name: true },
    target: { name: true },
    text: { name: true },
    then: { name: true },
    timezone: { name: true },
    track: {},
    true: { name: true },
    type: { name: true },
    unique: { name: true },
    uses: { name: true },
    when: { name: true },
    where: { name: true },
} as const satisfies Record<Keyword, KeywordRow>;

const ROWS: Readonly<Record<string, KeywordRow>> = KEYWORDS;

/** Whether `word` is a word keyword of the grammar. */
export function isKeyword(word: string): word is Keyword {
    return Object.hasOwn(ROWS, word);
}

/** The keywords that may also be names. */
export const NAME_KEYWORDS: ReadonlySet<string> = new Set(Object.entries(ROWS).filter(([, row]) => row.name).map(([word]) => word));
