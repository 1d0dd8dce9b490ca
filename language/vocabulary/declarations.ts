/**
 * The declarations of the language, one typed row each: the keyword that opens it, its category
 * (the word messages use for it), where its name must be unique, its clauses, its enumerated
 * values, and how editors show it. Validation, the formatter, the incremental parser and every
 * editor feature read these rows instead of keeping tables of their own.
 *
 * The key type comes from the grammar: `DeclarationType` is every alternative of the grammar's
 * `Declaration`, `LibraryDeclaration` and `PhaseItem` rules plus the nested declarations, so a new
 * alternative does not compile until it has a row; a clause's `property` must be a property of the
 * generated AST type. test/vocabulary/vocabulary.test.ts checks the rows against the grammar
 * (every keyword clause of a rule is listed, with the right keyword, list-ness and block place).
 *
 * Plain data: no LSP or VS Code types (symbol, completion and token kinds are named here and
 * mapped to LSP values in language/lsp/).
 */
import { type Declaration, type LibraryDeclaration, type PhaseItem, type PlaybookAstType, reflection } from '../generated/ast.js';
import { type Keyword, NAME_KEYWORDS } from './keywords.js';
import type { KindSet } from './kinds.js';

/** Every AST type that declares something. */
export type DeclarationType =
    | Declaration['$type'] | LibraryDeclaration['$type'] | PhaseItem['$type'] | 'Playbook' | 'Library' | 'Property' | 'BudgetLine';

/** The words messages use for declarations (messages/diagnostics.ts has en and zh-CN for each). */
export type Category =
    | 'playbook' | 'library' | 'role' | 'channel' | 'segment' | 'asset' | 'goal' | 'phase' | 'step' | 'milestone' | 'track' | 'kpi'
    | 'risk' | 'line' | 'property' | 'blackout' | 'budget' | 'holiday' | 'workday';

/** LSP `SymbolKind` names (language/lsp/node-kind-provider.ts maps them). */
export type SymbolKindName =
    | 'Module' | 'Package' | 'Class' | 'Interface' | 'Struct' | 'File' | 'Constant' | 'Namespace' | 'Function' | 'Key' | 'Event'
    | 'Property' | 'Variable' | 'Object' | 'Array' | 'Number' | 'Null';
/** LSP `CompletionItemKind` names. */
export type CompletionKindName =
    | 'Module' | 'Class' | 'Interface' | 'Struct' | 'File' | 'Constant' | 'Function' | 'Event' | 'Property' | 'Variable' | 'Reference'
    | 'Value';
/** LSP semantic token types a declared name is coloured as (language/lsp/semantic-token-provider.ts). */
export type TokenTypeName = 'namespace' | 'class' | 'interface' | 'type' | 'struct' | 'function' | 'event' | 'property' | 'variable';

type Feature<T extends DeclarationType> = Exclude<keyof PlaybookAstType[T], `$${string}`> & string;

/** One clause of a declaration: `owner lead`, `day 3`, `on group, moments`, `required`. */
export interface ClauseRow<T extends DeclarationType = DeclarationType> {
    /** The AST property it sets. */
    readonly property: Feature<T>;
    /** The keyword before the value; none for a bare value (a property's title). */
    readonly keyword?: Keyword;
    /** The property holds a list (`on a, b`, `remind 1h remind 10m`): writing it again adds, never replaces. */
    readonly many?: true;
    /** The keyword is the value (`required`, `novel`). */
    readonly flag?: true;
    /** May be written inside the declaration's own `{ … }`, where it starts a line (the formatter's layout). */
    readonly block?: true;
    /** It names a declaration of this type. */
    readonly ref?: DeclarationType;
}

export interface DeclarationRow<T extends DeclarationType = DeclarationType> {
    /** The keyword that opens it. */
    readonly keyword: Keyword;
    readonly category: Category;
    /** Its name is unique among the declarations of this category that a file sees (steps and milestones share `step`). */
    readonly unique?: Category;
    readonly clauses: readonly ClauseRow<T>[];
    /** The property that holds an enumerated value, and the set of values it takes (vocabulary/kinds.ts). */
    readonly kinds?: { readonly property: Feature<T>; readonly set: KindSet };
    /** Holds declarations (the outline and folding descend into it). */
    readonly container?: true;
    /** Where a quick fix inserts a new top-level declaration of this type: after those of the same or a lower rank. */
    readonly rank?: number;
    /** A quick fix may declare it when a reference to it does not resolve. */
    readonly declarable?: true;
    readonly symbol: SymbolKindName;
    readonly completion: CompletionKindName;
    /** Semantic token type of its name (declaration and references); none: not coloured. */
    readonly token?: TokenTypeName;
}

const OWNER = { property: 'owner', keyword: 'owner', block: true, ref: 'Role' } as const;

export const DECLARATIONS = {
    Playbook: {
        keyword: 'playbook', category: 'playbook', container: true, symbol: 'Module', completion: 'Module', token: 'namespace',
        kinds: { property: 'type', set: 'playbookType' },
        clauses: [
            { property: 'start', keyword: 'start', block: true },
            { property: 'dday', keyword: 'dday', block: true },
            { property: 'anchor', keyword: 'anchor', block: true, ref: 'Phase' },
            { property: 'repeat', keyword: 'repeat', block: true },
            { property: 'holidays', keyword: 'holidays', block: true },
            { property: 'timezone', keyword: 'timezone', block: true },
            OWNER,
            { property: 'type', keyword: 'type', block: true },
            { property: 'novel', keyword: 'novel', flag: true, block: true },
            { property: 'consent', keyword: 'consent', block: true },
        ],
    },
    Library: { keyword: 'library', category: 'library', container: true, symbol: 'Package', completion: 'Module', token: 'namespace', clauses: [] },
    Role: {
        keyword: 'role', category: 'role', unique: 'role', rank: 0, declarable: true, symbol: 'Class', completion: 'Class', token: 'class',
        clauses: [{ property: 'person', keyword: 'person' }],
    },
    Channel: {
        keyword: 'channel', category: 'channel', unique: 'channel', rank: 1, declarable: true, symbol: 'Interface', completion: 'Interface',
        token: 'interface', kinds: { property: 'kind', set: 'channel' },
        clauses: [
            { property: 'kind', keyword: 'kind' },
            { property: 'cap', keyword: 'cap', block: true },
            { property: 'quiet', keyword: 'quiet', block: true },
        ],
    },
    Segment: {
        keyword: 'segment', category: 'segment', unique: 'segment', rank: 2, declarable: true, symbol: 'Struct', completion: 'Struct',
        token: 'type', clauses: [{ property: 'tags', keyword: 'tag', many: true, block: true }],
    },
    Asset: {
        keyword: 'asset', category: 'asset', unique: 'asset', rank: 5, declarable: true, symbol: 'File', completion: 'File', token: 'struct',
        kinds: { property: 'kind', set: 'asset' },
        clauses: [
            { property: 'kind', keyword: 'kind' },
            OWNER,
            { property: 'reviewer', keyword: 'review', block: true, ref: 'Role' },
            { property: 'ready', keyword: 'ready', block: true },
            { property: 'text', keyword: 'text', block: true },
        ],
    },
    Goal: {
        keyword: 'goal', category: 'goal', unique: 'goal', rank: 4, symbol: 'Constant', completion: 'Constant', token: 'variable',
        kinds: { property: 'kind', set: 'goal' },
        clauses: [{ property: 'kind', keyword: 'kind' }, { property: 'kpis', keyword: 'kpi', many: true, block: true, ref: 'Kpi' }],
    },
    Phase: {
        keyword: 'phase', category: 'phase', unique: 'phase', rank: 6, declarable: true, container: true, symbol: 'Namespace',
        completion: 'Module', token: 'namespace', kinds: { property: 'kind', set: 'phase' },
        clauses: [
            { property: 'kind', keyword: 'kind' },
            { property: 'days', keyword: 'days' },
            { property: 'from', keyword: 'from' },
            OWNER,
        ],
    },
    Step: {
        keyword: 'step', category: 'step', unique: 'step', symbol: 'Function', completion: 'Function', token: 'function',
        clauses: [
            { property: 'day', keyword: 'day', block: true },
            { property: 'relDay', keyword: 'day', block: true },
            { property: 'range', keyword: 'days', block: true },
            { property: 'workdays', keyword: 'workdays', flag: true, block: true },
            { property: 'excepts', keyword: 'except', many: true, block: true },
            { property: 'time', keyword: 'at', block: true },
            { property: 'duration', keyword: 'for', block: true },
            { property: 'segment', keyword: 'for', block: true, ref: 'Segment' },
            { property: 'channels', keyword: 'on', many: true, block: true, ref: 'Channel' },
            { property: 'assets', keyword: 'uses', many: true, block: true, ref: 'Asset' },
            OWNER,
            { property: 'reminders', keyword: 'remind', many: true, block: true },
            { property: 'note', keyword: 'note', block: true },
        ],
    },
    Milestone: {
        keyword: 'milestone', category: 'milestone', unique: 'step', symbol: 'Key', completion: 'Event', token: 'function',
        clauses: [
            { property: 'day', keyword: 'day', block: true },
            { property: 'relDay', keyword: 'day', block: true },
            OWNER,
            { property: 'note', keyword: 'note', block: true },
        ],
    },
    Track: {
        keyword: 'track', category: 'track', unique: 'track', rank: 7, declarable: true, container: true, symbol: 'Event', completion: 'Event',
        token: 'event',
        clauses: [
            { property: 'event', keyword: 'event', block: true },
            { property: 'channels', keyword: 'on', many: true, block: true, ref: 'Channel' },
        ],
    },
    Property: {
        keyword: 'property', category: 'property', unique: 'property', symbol: 'Property', completion: 'Property', token: 'property',
        clauses: [
            { property: 'required', keyword: 'required', flag: true },
            { property: 'pii', keyword: 'pii', flag: true },
            { property: 'title' },
        ],
    },
    Kpi: {
        keyword: 'kpi', category: 'kpi', unique: 'kpi', rank: 8, declarable: true, symbol: 'Variable', completion: 'Variable', token: 'variable',
        clauses: [{ property: 'target', keyword: 'target' }],
    },
    Risk: {
        keyword: 'risk', category: 'risk', unique: 'risk', rank: 9, symbol: 'Object', completion: 'Reference', token: 'variable',
        kinds: { property: 'kind', set: 'risk' },
        clauses: [
            { property: 'kind', keyword: 'kind' },
            { property: 'when', keyword: 'when', block: true },
            { property: 'then', keyword: 'then', block: true },
            OWNER,
        ],
    },
    Budget: { keyword: 'budget', category: 'budget', rank: 3, container: true, symbol: 'Array', completion: 'Value', clauses: [] },
    BudgetLine: { keyword: 'line', category: 'line', unique: 'line', symbol: 'Number', completion: 'Value', token: 'variable', clauses: [] },
    Blackout: { keyword: 'blackout', category: 'blackout', rank: 10, symbol: 'Null', completion: 'Value', clauses: [] },
    Holiday: { keyword: 'holiday', category: 'holiday', rank: 11, symbol: 'Null', completion: 'Value', clauses: [] },
    Workday: { keyword: 'workday', category: 'workday', rank: 11, symbol: 'Null', completion: 'Value', clauses: [] },
} as const satisfies { readonly [T in DeclarationType]: DeclarationRow<T> };

/** A row of any declaration (property names as strings), for lookups by `$type`. */
export interface AnyDeclarationRow extends Omit<DeclarationRow, 'clauses' | 'kinds'> {
    readonly clauses: readonly (Omit<ClauseRow, 'property'> & { readonly property: string })[];
    readonly kinds?: { readonly property: string; readonly set: KindSet };
}

const ROWS: Readonly<Record<string, AnyDeclarationRow>> = DECLARATIONS;

/** Every declaration type, in the catalogue's order. */
export const DECLARATION_TYPES = Object.keys(DECLARATIONS) as readonly DeclarationType[];

/** The row of an AST type, when it is a declaration. */
export function declarationRow(type: string): AnyDeclarationRow | undefined {
    return Object.hasOwn(ROWS, type) ? ROWS[type] : undefined;
}

export function isDeclarationType(type: string): type is DeclarationType {
    return Object.hasOwn(ROWS, type);
}

/** The category of a declaration's AST type (`Milestone` → `milestone`), when it is one. */
export function categoryOfType(type: string): Category | undefined {
    return declarationRow(type)?.category;
}

/** The AST types that hold declarations, and the file's root (`Model`). */
export const DECLARATION_CONTAINERS: ReadonlySet<string> = new Set(['Model', ...DECLARATION_TYPES.filter(t => ROWS[t].container)]);

/** The types a playbook (`Declaration`) or a library (`LibraryDeclaration`) may declare at its top level, from the grammar. */
export function topLevelTypes(rule: 'Declaration' | 'LibraryDeclaration'): readonly DeclarationType[] {
    return DECLARATION_TYPES.filter(t => reflection.isSubtype(t, rule));
}

/**
 * Keywords that open a top-level declaration and can never be a name (`role`, `phase` …; not
 * `budget`, which may be a currency): the token after a declaration that is one of these cannot
 * continue it (the incremental parser's test).
 */
export const RESERVED_DECLARATION_KEYWORDS: ReadonlySet<string> = new Set(
    topLevelTypes('Declaration').map(t => ROWS[t].keyword).filter(k => !NAME_KEYWORDS.has(k)),
);
