/**
 * Completion: keywords valid at the cursor (with their help in the user's language), names of the
 * right category for every reference (through the scope provider), enumerated values after
 * `kind`/`type`, durations, times and dates, and snippets for a new playbook, step, risk and KPI.
 *
 * The grammar lets many keywords serve as names (`phase review`); Langium would offer all of them
 * wherever a name may be typed. Keywords that only come from the `Name` rule are never offered.
 *
 * Speed: Langium re-lexes the whole text and re-parses everything before the cursor for every
 * request. Here both only look at the declaration around the cursor (see `findRegion`), so a
 * request costs the same at line 10 and at line 10,000.
 */
import {
    type AstNode, type AstNodeDescription, type GrammarAST, type LangiumDocument, type ReferenceInfo, type Stream,
    AstUtils, GrammarAST as G, stream,
} from 'langium';
import {
    type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type NextFeature, DefaultCompletionProvider, findNextFeatures,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type MarkupContent, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isKpi, isPlaybook, isModel } from '../generated/ast.js';
import { type Region, findRegion } from './completion-region.js';
import { categoryName } from '../messages/diagnostics.js';
import {
    COMPLETION_TEXTS, CURRENCIES, DURATION_SUGGESTIONS, STANDARD_PHASES, STANDARD_RISKS, completionText, label, snippetText,
} from '../messages/editor.js';
import { keywordHelp } from '../messages/keyword-help.js';
import { type KindTable, PLAYBOOK_TYPES, PROPERTY_TYPES, RISK_KINDS, WEEKDAY_LABELS, kindLabelsOf } from '../messages/kinds.js';
import { AT_EVERY_DAY, CHINESE_KEYWORDS, CONSTRUCTION, KEYWORD_ZH, KIND_ZH, type KindTableName, WEEKDAY_ZH, englishKeywordOf } from '../syntax/chinese-keywords.js';
import { chineseSnippet } from './chinese-snippets.js';
import { keywordLanguageOf } from '../syntax/keyword-language.js';
import { type Locale, pick } from '../messages/locale.js';
import { nextMonday } from '../model/dates.js';
import { DEFAULT_TIMEZONE } from '../model/playbook-model.js';
import type { PlaybookServices } from './playbook-lsp-module.js';
import { HoverBuilder } from './hover-builder.js';
import { categoryOfType, declarationRow } from '../vocabulary/declarations.js';
import { dayText } from '../model/date-text.js';
import { lastGiven } from '../syntax/clauses.js';
import { clauseValue } from '../syntax/clauses.js';

/** The rule of names (an ID; some keywords are IDs too): where one is expected, values are offered, never keywords. */
const NAME_RULE = 'Name';

const TIME_SUGGESTIONS = ['09:00', '10:00', '12:00', '14:00', '18:00', '20:00'];
const STEP_DURATIONS = ['30m', '1h', '2h', '4h'];
const REMINDER_DURATIONS = ['15m', '30m', '1h', '1d'];

/** Documentation on reference items costs a hover each; above this many candidates it is left out. */
const MAX_DOCUMENTED_CANDIDATES = 200;

/** English keywords written in Chinese by a construction (chinese-keywords.ts): a Chinese editor offers the construction. */
const BY_CONSTRUCTION: ReadonlySet<string> = new Set(['day', 'days', 'for', 'monthly', 'weekly', 'every', 'per', 'week', 'month']);

export class PlaybookCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    protected readonly services: PlaybookServices;
    protected readonly hovers: HoverBuilder;
    /** Set per request: how many reference candidates the current context has. */
    private documentedCandidates = 0;

    constructor(services: PlaybookServices) {
        super(services);
        this.services = services;
        this.hovers = new HoverBuilder(services);
    }

    protected get locale(): Locale {
        return this.services.playbook.Locale.locale;
    }

    // ------------------------------------------------------------------ speed

    /** Lexes only the region around the cursor: the tokens that matter here are all inside it. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const region = this.currentRegion;
        if (!region || offset < region.start || offset > region.end) return super.backtrackToAnyToken(text, offset);
        const info = super.backtrackToAnyToken(text.substring(region.start, region.end), offset - region.start);
        const shift = (n: number | undefined) => (n === undefined ? undefined : n + region.start);
        return {
            nextTokenStart: info.nextTokenStart + region.start,
            nextTokenEnd: info.nextTokenEnd + region.start,
            previousTokenStart: shift(info.previousTokenStart),
            previousTokenEnd: shift(info.previousTokenEnd),
        };
    }

    /** Parses only from the start of the region, behind a synthetic header that puts the parser in the same state. */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const region = this.currentRegion;
        if (!region || offset < region.start || offset > region.end) return super.findFeaturesAt(document, offset);
        const text = region.header + document.getText().substring(region.start, offset);
        const result = this.completionParser.parse(text);
        const leftover = [...result.tokens].splice(result.tokenIndex);
        return findNextFeatures([result.elementStack.map(feature => ({ feature }))], leftover);
    }

    /**
     * The region of the request being served. Set only while Langium computes one completion
     * context (synchronously, inside `buildContexts`), so concurrent requests cannot see each
     * other's region across an `await`.
     */
    private currentRegion: Region | undefined;

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const region = findRegion(document, document.textDocument.offsetAt(position));
        const contexts = super.buildContexts(document, position);
        for (;;) {
            this.currentRegion = region;
            let next: IteratorResult<CompletionContext>;
            try {
                next = contexts.next();
            } finally {
                this.currentRegion = undefined;
            }
            if (next.done) return;
            yield next.value;
        }
    }

    // ------------------------------------------------------------------ dispatch

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        const feature = next.feature;
        const rule = AstUtils.getContainerOfType(feature, G.isParserRule);
        if (rule?.name === NAME_RULE) {
            // A name or an enumerated value is expected: offer the values, never the keywords.
            return this.completionForNameValue(context, next, acceptor);
        }
        if (G.isKeyword(feature)) {
            this.completionForKeyword(context, feature, acceptor);
            this.snippetsFor(context, feature, acceptor);
            return;
        }
        if (G.isRuleCall(feature) && G.isTerminalRule(feature.rule.ref)) {
            return this.completionForTerminal(context, next, feature.rule.ref.name, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    // ------------------------------------------------------------------ keywords and snippets

    /**
     * Keywords in the editor's language: in Chinese the Chinese form (`阶段`, `第 N 天` as a snippet,
     * `于` and `每天` for `at`), in English the English one; the other language's constructions
     * are not offered (both are always accepted).
     */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, G.isParserRule)?.name;
        const locale = this.locale;
        const english = englishKeywordOf(keyword.value, rule);
        const help = keywordHelp(english, keyword.value === CONSTRUCTION.phaseDays ? 'Phase' : rule, locale);
        const propertyType = rule === 'PropertyType' || rule === 'PrimitiveType' ? PROPERTY_TYPES[keyword.value] : undefined;
        const item = (text: string, insert?: string) => acceptor(context, {
            label: text,
            kind: CompletionItemKind.Keyword,
            detail: propertyType ? `${completionText('propertyTypeDetail', locale)}: ${pick(propertyType, locale)}` : label('keyword', locale),
            documentation: help ? markdown(help) : undefined,
            sortText: '1',
            ...(insert ? { insertText: insert, insertTextFormat: InsertTextFormat.Snippet } : {}),
        });
        const constructions: readonly string[] = Object.values(CONSTRUCTION).filter(c => c !== CONSTRUCTION.dayClose);
        if (locale !== 'zh-CN') {
            // A bare `D-3` (no `day` before it) is the Chinese form.
            if (keyword.value === 'D' && !/(?:\b(?:day|days|ready|by)|\.\.)\s*$/.test(context.textDocument.getText().slice(0, context.tokenOffset))) return;
            if (!constructions.includes(keyword.value)) item(keyword.value);
            return;
        }
        if (BY_CONSTRUCTION.has(keyword.value)) return; // their constructions are offered
        if (rule === 'Repeat' && keyword.value === 'on') return; // no word in `每月 18 日`, `每周 周四`
        if (keyword.value === CONSTRUCTION.every) return item(`${CONSTRUCTION.every} N ${CONSTRUCTION.dayClose}`, `${CONSTRUCTION.every} \${1:14} ${CONSTRUCTION.dayClose}`);
        if (keyword.value === CONSTRUCTION.monthly && rule === 'Repeat') {
            item(`${CONSTRUCTION.monthly} N ${CONSTRUCTION.monthDay}`, `${CONSTRUCTION.monthly} \${1:18} ${CONSTRUCTION.monthDay}`);
            return item(`${CONSTRUCTION.monthly} ${KEYWORD_ZH.last}`);
        }
        // A cap: `每日 N 次` / `每周 N 次` / `每月 N 次`.
        if (rule === 'Cap' && keyword.value !== CONSTRUCTION.times) return item(`${keyword.value} N ${CONSTRUCTION.times}`, `${keyword.value} \${1:1} ${CONSTRUCTION.times}`);
        if (keyword.value === CONSTRUCTION.dayOpen) {
            // Langium offers a keyword once per value: a step's `第` may open a day or a range.
            const [open, close] = [CONSTRUCTION.dayOpen, CONSTRUCTION.dayClose];
            item(`${open} N ${close}`, `${open} \${1:1} ${close}`);
            if (rule === 'StepClause') item(`${open} A..B ${close}`, `${open} \${1:1}..\${2:7} ${close}`);
            return;
        }
        if (keyword.value === CONSTRUCTION.phaseDays) return item(`${CONSTRUCTION.phaseDays} N ${CONSTRUCTION.dayClose}`, `${CONSTRUCTION.phaseDays} \${1:7} ${CONSTRUCTION.dayClose}`);
        if (keyword.value === 'at') {
            item(KEYWORD_ZH.at);
            item(AT_EVERY_DAY);
            return;
        }
        item(KEYWORD_ZH[keyword.value] ?? keyword.value);
    }

    protected snippetsFor(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const rule = AstUtils.getContainerOfType(keyword, G.isParserRule)?.name;
        const locale = this.locale;
        // Snippets are written with the keywords the document uses (label: its keyword); a file without keywords yet: the editor's language.
        const zh = keywordLanguageOf(context.document.parseResult.value, locale) === 'zh';
        const snippet = (label: string, detail: keyof typeof COMPLETION_TEXTS, body: string) => acceptor(context, {
            label: zh ? KEYWORD_ZH[label] ?? label : label,
            kind: CompletionItemKind.Snippet,
            detail: completionText(detail, locale),
            insertText: zh ? chineseSnippet(body) : body,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: '2',
        });
        switch (`${rule}:${keyword.value}`) {
            case 'Playbook:playbook': snippet('playbook', 'snippetPlaybook', playbookSnippet(locale)); break;
            case 'Step:step': snippet('step', 'snippetStep', this.stepSnippet(context, locale)); break;
            case 'Risk:risk': snippet('risk', 'snippetRisk', riskSnippet(locale)); break;
            case 'Kpi:kpi': snippet('kpi', 'snippetKpi', this.kpiSnippet(context, locale)); break;
            case 'PropertyType:enum': snippet('enum', 'snippetEnum', 'enum("${1:a}", "${2:b}")'); break;
        }
    }

    protected stepSnippet(context: CompletionContext, locale: Locale): string {
        const channels = this.namesInScope(context, 'Channel');
        const channel = channels.length ? choice(6, channels) : '${6:channel}';
        return `step \${1:name} "\${2:${esc(snippetText('stepTitle', locale))}}" day \${3:1} at \${4:10:00} on ${channel}$0`;
    }

    protected kpiSnippet(context: CompletionContext, locale: Locale): string {
        const channels = this.namesInScope(context, 'Channel');
        const channel = channels.length ? choice(3, channels) : '${3:channel}';
        return [
            `track \${1:event_name} "\${2:${esc(snippetText('trackTitle', locale))}}" {`,
            `\ton ${channel}`,
            '}',
            `kpi \${4:kpi_name} "\${5:${esc(snippetText('kpiTitle', locale))}}" = \${6|count,unique|} \${1} target \${7:1000}$0`,
        ].join('\n');
    }

    /** Names of a category visible from the cursor (for snippet choices); at most 20. */
    protected namesInScope(context: CompletionContext, type: string): string[] {
        const names: string[] = [];
        for (const d of this.scopeForType(context, type)) {
            if (names.length >= 20) break;
            if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(d.name) && !names.includes(d.name)) names.push(d.name);
        }
        return names;
    }

    protected scopeForType(context: CompletionContext, type: string): Stream<AstNodeDescription> | AstNodeDescription[] {
        const root = context.document.parseResult.value;
        const container: AstNode = isModel(root) ? (root.playbook ?? root.library ?? root) : root;
        // A synthetic reference of the wanted type from a step: `owner` references roles, `channels` channels …
        const property = declarationRow('Step')!.clauses.find(c => c.ref === type)?.property;
        if (!property) return [];
        const node = { $type: 'Step', $container: container, $containerProperty: 'items' } as unknown as AstNode;
        try {
            return this.scopeProvider.getScope({ reference: { $refText: '', ref: undefined } as never, container: node, property }).getAllElements();
        } catch {
            return [];
        }
    }

    // ------------------------------------------------------------------ references

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        // Langium puts a synthetic node of the reference's type under the node at the cursor; when
        // that node is already of this type (a half-typed `where p`), scope from the real one.
        const parent = refInfo.container.$container;
        if (!refInfo.container.$cstNode && parent && parent.$type === refInfo.container.$type) {
            refInfo = { ...refInfo, container: parent };
        }
        // A ratio never divides the KPI being defined (that is a cycle). Scopes may stream from
        // one-shot iterators: take the list once.
        const self = AstUtils.getContainerOfType(refInfo.container, isKpi);
        const candidates = super.getReferenceCandidates(refInfo, context).filter(d => !self || d.node !== self).toArray();
        this.documentedCandidates = candidates.length;
        return stream(candidates);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, _refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const locale = this.locale;
        const node = description.node;
        const category = categoryName(categoryOfType(description.type) ?? description.type, locale);
        const written = node && clauseValue(node, 'title');
        const title = typeof written === 'string' ? written : undefined;
        let documentation: MarkupContent | undefined;
        if (node && this.documentedCandidates <= MAX_DOCUMENTED_CANDIDATES) {
            const md = this.hovers.declarationHover(node, context.document, locale);
            if (md) documentation = markdown(md);
        }
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: title ? `${title} · ${category}` : category,
            // Sort: local declarations first, then imported ones; the client filters by what is typed.
            sortText: description.documentUri.toString() === context.document.uri.toString() ? '0' : '0~',
            documentation,
            filterText: description.name,
        };
    }

    // ------------------------------------------------------------------ values

    /** After `kind`/`type`: the enumerated values with their localized labels. Nothing where a new name is typed. */
    protected completionForNameValue(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
        const locale = this.locale;
        let table: KindTable | undefined;
        // The values' Chinese forms (`社群`, `周四`), which mean the same.
        let zhForms: Readonly<Record<string, string>> | undefined;
        if (next.property === 'currency') {
            table = CURRENCIES;
        } else if (next.property === 'weekday') {
            table = WEEKDAY_LABELS; // `repeat weekly on …`
            zhForms = WEEKDAY_ZH;
        } else {
            // The declaration whose enumerated property this is (`kind` of a channel, `type` of the playbook).
            const decl = AstUtils.getContainerOfType(context.node, (n): n is AstNode => declarationRow(n.$type)?.kinds?.property === next.property);
            table = decl ? kindLabelsOf(decl.$type) : undefined;
            zhForms = decl ? KIND_ZH[decl.$type as KindTableName] : undefined;
        }
        if (!table) return;
        // Chinese forms after a Chinese keyword (`类型 `, `每周 `); after `kind` / `weekly on` the English values.
        const before = context.textDocument.getText().slice(0, context.tokenOffset).trimEnd();
        if (!CHINESE_KEYWORDS.has(/\S+$/.exec(before)?.[0] ?? '')) zhForms = undefined;
        for (const [value, text] of Object.entries(table)) {
            acceptor(context, {
                label: zhForms?.[value] ?? value,
                kind: CompletionItemKind.EnumMember,
                detail: zhForms?.[value] ? `${pick(text, locale)} · ${value}` : pick(text, locale),
                sortText: '0',
            });
        }
    }

    protected completionForTerminal(context: CompletionContext, next: NextFeature, terminal: string, acceptor: CompletionAcceptor): void {
        const locale = this.locale;
        const values = (labels: readonly string[], detail: (v: string) => string, kind = CompletionItemKind.Value) => {
            labels.forEach((label, i) => acceptor(context, { label, kind, detail: detail(label), sortText: `0${i}` }));
        };
        const durationDetail = (key: keyof typeof COMPLETION_TEXTS) => (v: string) =>
            `${completionText(key, locale)}: ${DURATION_SUGGESTIONS[v] ? pick(DURATION_SUGGESTIONS[v], locale) : v}`;
        if (terminal === 'DURATION' && next.property === 'duration') values(STEP_DURATIONS, durationDetail('durationDetail'));
        else if (terminal === 'DURATION' && next.property === 'reminders') values(REMINDER_DURATIONS, durationDetail('reminderDetail'));
        else if (terminal === 'TIME' && next.property === 'time') values(TIME_SUGGESTIONS, () => completionText('timeDetail', locale));
        else if (terminal === 'DATE' && (next.property === 'start' || next.property === 'dday')) {
            const playbook = AstUtils.getContainerOfType(context.node, isPlaybook);
            const monday = nextMonday(lastGiven(playbook?.timezone) ?? DEFAULT_TIMEZONE);
            values([monday], v => `${completionText('startDetail', locale)} · ${dayText(v, locale)}`);
        } else if (terminal === 'STRING' && next.property === 'timezone') {
            values(['"Asia/Shanghai"'], () => completionText('timezoneDetail', locale));
        }
    }
}

// ---------------------------------------------------------------------- snippets

function choice(index: number, values: readonly string[]): string {
    return `\${${index}|${values.join(',')}|}`;
}

/** Escapes text for a snippet placeholder or plain snippet text. */
function esc(text: string): string {
    return text.replace(/[$}\\]/g, m => `\\${m}`);
}

/** A new playbook: start next Monday, an owner role, the four standard phases and risks. */
export function playbookSnippet(locale: Locale, now: Date = new Date()): string {
    const start = nextMonday(DEFAULT_TIMEZONE, now);
    const lines = [
        `playbook \${1:campaign} "\${2:${esc(snippetText('playbookTitle', locale))}}" {`,
        `\tstart \${3:${start}}`,
        `\ttimezone "${DEFAULT_TIMEZONE}"`,
        '\towner ${4:ops}',
        `\ttype \${5|${Object.keys(PLAYBOOK_TYPES).join(',')}|}`,
        '',
        `\trole \${4:ops} "${esc(snippetText('ownerTitle', locale))}"`,
        '',
    ];
    STANDARD_PHASES.forEach((p, i) => {
        const body = i === 0 ? ' {\n\t\t$0\n\t}' : ' {\n\t}';
        lines.push(`\tphase ${p.name} "${esc(pick(p.title, locale))}" kind ${p.kind} days ${p.days}${body}`);
    });
    lines.push('');
    for (const r of STANDARD_RISKS) {
        lines.push(`\trisk ${r.name} "${esc(pick(r.title, locale))}" kind ${r.kind} { then "${esc(pick(r.then, locale))}" }`);
    }
    lines.push('}');
    return lines.join('\n');
}

export function riskSnippet(locale: Locale): string {
    return [
        `risk \${1:name} "\${2:${esc(snippetText('riskTitle', locale))}}" kind \${3|${Object.keys(RISK_KINDS).join(',')}|} {`,
        `\tthen "\${4:${esc(snippetText('riskResponse', locale))}}"`,
        '}$0',
    ].join('\n');
}

function markdown(value: string): MarkupContent {
    return { kind: 'markdown', value };
}
