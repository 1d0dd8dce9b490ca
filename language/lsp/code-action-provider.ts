/**
 * Quick fixes. Each rule's diagnostic names its fix in `data.fix`
 * (validation rules) or is Langium's `linking-error` (data: refText, refType). Every fix inserts
 * text that parses and makes its diagnostic go away; new text follows the canonical layout.
 */
import { type AstNode, AstUtils, CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import {
    type Asset, type Library, type Milestone, type Model, type Playbook, type Risk, type Step,
    isAsset, isCountFormula, isFilter, isKpi, isLibrary, isMilestone, isModel, isPhase, isPlaybook, isRisk, isRole,
    isStep, isSumFormula, isTrack, isUniqueFormula,
} from '../generated/ast.js';
import { categoryName } from '../messages/diagnostics.js';
import { declarationRow, topLevelTypes } from '../vocabulary/declarations.js';
import { RISK_KINDS, STANDARD_RISK_KINDS } from '../messages/kinds.js';
import { type Locale, pick } from '../messages/locale.js';
import { placeholder, type QuickFixKey, quickFixTitle } from '../messages/quick-fixes.js';
import { nextMonday } from '../model/dates.js';
import { DEFAULT_TIMEZONE, type PlaybookModel } from '../model/playbook-model.js';
import type { PlaybookServices } from './playbook-lsp-module.js';
import { NameRules } from './names.js';
import { SourceText } from './source-text.js';
import { halfWidthFix, swapRangeFix } from './full-width-fix.js';
import { calendarFixes } from './calendar-fixes.js';
import { importedOf, quote, removalEdit, uniqueName } from './fix-edits.js';
import { lastGiven } from '../syntax/clauses.js';
import { keywordLanguageOf, type SyntaxForms, syntaxForms } from '../syntax/keyword-language.js';

/** Where new declarations of each category go (the vocabulary's `rank`): after the last of the same rank, else after earlier ones. */
function rankOf(type: string): number {
    return declarationRow(type)?.rank ?? 99;
}

/** What a library may declare (the grammar's `LibraryDeclaration`). */
const LIBRARY_TYPES: ReadonlySet<string> = new Set(topLevelTypes('LibraryDeclaration'));

/** Length of a phase a fix declares. */
const NEW_PHASE_DAYS = 7;
/** At most this many "set owner" actions (one per role). */
const MAX_OWNER_ACTIONS = 20;
const MAX_TRACK_ACTIONS = 10;

interface FixData {
    code?: string;
    fix?: string;
    kind?: string;
    refText?: string;
    refType?: string;
    containerType?: string;
    property?: string;
}

interface FixContext {
    readonly document: LangiumDocument;
    readonly root: Model;
    readonly st: SourceText;
    readonly model?: PlaybookModel;
    readonly locale: Locale;
    /** Syntax in the keyword language the document is written in: what every fix inserts. */
    readonly forms: SyntaxForms;
    readonly diagnostic: Diagnostic;
    /** The AST node the diagnostic sits on. */
    readonly node?: AstNode;
}

export class PlaybookCodeActionProvider implements CodeActionProvider {
    protected readonly names: NameRules;

    constructor(protected readonly services: PlaybookServices) {
        this.names = new NameRules(services.parser.Lexer);
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> | undefined {
        const root = document.parseResult.value;
        if (!isModel(root) || !root.$cstNode) return undefined;
        const st = new SourceText(document, this.services.parser.Lexer);
        const model = this.services.playbook.Models.getModel(document);
        const locale = this.services.playbook.Locale.locale;
        const actions: CodeAction[] = [];
        // Every fix writes the keywords the document is written with (one reading per request).
        const forms = syntaxForms(keywordLanguageOf(root, locale));
        for (const diagnostic of params.context.diagnostics) {
            const node = this.nodeAt(root, document, diagnostic);
            const ctx: FixContext = { document, root, st, model, locale, forms, diagnostic, node };
            try {
                actions.push(...this.fixesFor(ctx));
            } catch {
                // A fix that cannot be computed (stale diagnostic, odd text) is simply not offered.
            }
        }
        return actions.length ? actions : undefined;
    }

    protected nodeAt(root: Model, document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode!, offset);
        return leaf?.astNode;
    }

    protected fixesFor(ctx: FixContext): CodeAction[] {
        const data = (ctx.diagnostic.data ?? {}) as FixData;
        // Langium's own diagnostics name no fix: by code.
        const code = data.code ?? String(ctx.diagnostic.code ?? '');
        if (code === 'linking-error') return this.declareMissing(ctx, data);
        if (code === 'lexing-error') return halfWidthFix(ctx.document, ctx.diagnostic, ctx.locale, ctx.forms);
        // The rules' diagnostics name their fix in `data.fix` (test/lsp/quickfix-dispatch.test.ts).
        switch (data.fix) {
            case 'insert-start': case 'insert-days': case 'insert-day': return this.missingTimeline(ctx, data.fix);
            case 'insert-risks': return this.insertRisks(ctx, [...STANDARD_RISK_KINDS], 'insert-risks');
            case 'insert-risk': return data.kind ? this.insertRisks(ctx, [data.kind], 'insert-risk') : [];
            case 'insert-then': return this.insertThen(ctx);
            case 'insert-formula': return this.insertFormula(ctx);
            case 'insert-owner': return this.insertOwner(ctx);
            case 'remove': return this.removeDeclaration(ctx);
            case 'insert-review': return this.insertReviewPhase(ctx);
            case 'insert-consent': return this.insertConsent(ctx);
            case 'swap-range': return swapRangeFix(ctx.document, ctx.diagnostic, ctx.locale, ctx.forms);
            case 'due-previous-working-day': case 'quiet-move': case 'insert-holidays': return calendarFixes(ctx, data.fix, data as Record<string, unknown>);
            default: return [];
        }
    }

    // ------------------------------------------------------------------ actions

    protected action(ctx: FixContext, key: QuickFixKey, params: Record<string, string | number | undefined>, edits: (TextEdit | undefined)[], preferred = false, uri?: string): CodeAction[] {
        const list = edits.filter((e): e is TextEdit => e !== undefined);
        if (list.length === 0) return [];
        return [{
            title: quickFixTitle(key, ctx.locale, params, ctx.forms),
            kind: 'quickfix',
            diagnostics: [ctx.diagnostic],
            isPreferred: preferred || undefined,
            edit: { changes: { [uri ?? ctx.document.textDocument.uri]: list } },
        }];
    }

    /** linking-error: declare the missing role, channel, segment, asset, track, KPI or phase. */
    protected declareMissing(ctx: FixContext, data: FixData): CodeAction[] {
        const name = data.refText;
        if (!name || !this.names.isValidName(name)) return [];
        const refType = data.refType ?? this.referenceType(data);
        if (refType === 'Property') return this.declareProperty(ctx, name);
        const row = refType ? declarationRow(refType) : undefined;
        if (!row?.declarable || !refType) return [];
        const container = ctx.root.playbook ?? ctx.root.library;
        if (!container) return [];
        if (isLibrary(container) && !LIBRARY_TYPES.has(refType)) return [];
        const title = quote(name);
        const f = ctx.forms;
        const text = refType === 'Phase' ? `${f.kw(row.keyword)} ${name} ${title} ${f.phaseDays(NEW_PHASE_DAYS)}` : `${f.kw(row.keyword)} ${name} ${title}`;
        const edit = this.insertDeclaration(ctx.st, container, refType, [text]);
        return this.action(ctx, 'declare', { category: categoryName(row.category, ctx.locale), name }, [edit], true);
    }

    protected referenceType(data: FixData): string | undefined {
        if (!data.containerType || !data.property) return undefined;
        try {
            return this.services.shared.AstReflection.getReferenceType({ container: { $type: data.containerType } as never, property: data.property, reference: undefined as never });
        } catch {
            return undefined;
        }
    }

    /** A formula reads a property the track does not declare: add it to the track (in this file). */
    protected declareProperty(ctx: FixContext, name: string): CodeAction[] {
        let formula = ctx.node;
        if (isFilter(formula)) formula = formula.$container;
        if (!(isSumFormula(formula) || isCountFormula(formula) || isUniqueFormula(formula))) return [];
        const track = formula.track?.ref;
        if (!track || track.$cstNode === undefined) return [];
        const doc = AstUtils.getDocument(track);
        const st = doc === ctx.document ? ctx.st : new SourceText(doc, this.services.parser.Lexer);
        const type = isSumFormula(ctx.node) ? 'number' : 'string';
        // The track's own file may be a library written in the other keyword language.
        const f = doc === ctx.document ? ctx.forms : syntaxForms(keywordLanguageOf(doc.parseResult.value, ctx.locale));
        const edit = st.insertClauseInBlock(track, `${f.kw('property')} ${name} ${f.kw(type)}`);
        return this.action(ctx, 'declare-property', { name, track: track.name }, [edit], true, doc.textDocument.uri);
    }

    /** missing-timeline: `start <next Monday>`, `days 7` on a phase, `day 1` on a step or milestone. */
    protected missingTimeline(ctx: FixContext, fix: 'insert-start' | 'insert-days' | 'insert-day'): CodeAction[] {
        const node = ctx.node;
        if (fix === 'insert-start' && isPlaybook(node)) {
            const b = ctx.st.braces(node);
            if (!b) return [];
            const date = nextMonday(ctx.model?.timezone ?? DEFAULT_TIMEZONE);
            const edit = ctx.st.insertItemsAfter(b.open.end, ctx.st.innerIndent(node), [ctx.forms.clause('start', date)]);
            return this.action(ctx, 'insert-start', { date }, [edit], true);
        }
        if (fix === 'insert-days' && isPhase(node)) {
            const at = ctx.st.propertyEnd(node, 'title') ?? ctx.st.propertyEnd(node, 'name');
            if (at === undefined) return [];
            return this.action(ctx, 'insert-days', { name: node.name, days: NEW_PHASE_DAYS }, [ctx.st.insert(at, ` ${ctx.forms.phaseDays(NEW_PHASE_DAYS)}`)], true);
        }
        if (fix === 'insert-day' && (isStep(node) || isMilestone(node))) {
            const at = ctx.st.propertyEnd(node, 'title') ?? ctx.st.propertyEnd(node, 'name');
            if (at === undefined) return [];
            const category = categoryName(declarationRow(node.$type)!.category, ctx.locale);
            return this.action(ctx, 'insert-day', { category, name: node.name }, [ctx.st.insert(at, ` ${ctx.forms.day(1)}`)], true);
        }
        return [];
    }

    /** missing-risk-plan / uncovered-risk: risk skeletons with a `then` placeholder. */
    protected insertRisks(ctx: FixContext, kinds: readonly string[], key: 'insert-risks' | 'insert-risk'): CodeAction[] {
        const playbook = ctx.root.playbook;
        if (!playbook || !ctx.model) return [];
        const taken = new Set(ctx.model.own.risks.map(r => r.name));
        const response = quote(placeholder('response', ctx.locale));
        const items = kinds.filter(k => RISK_KINDS[k]).map(kind => {
            const name = uniqueName(kind, taken, this.names);
            taken.add(name);
            const f = ctx.forms;
            return `${f.kw('risk')} ${name} ${quote(pick(RISK_KINDS[kind], ctx.locale))} ${f.kind('risk', kind)} { ${f.clause('then', response)} }`;
        });
        if (items.length === 0) return [];
        const edit = this.insertDeclaration(ctx.st, playbook, 'Risk', items);
        const kind = kinds[0];
        return this.action(ctx, key, { kind, label: RISK_KINDS[kind] ? pick(RISK_KINDS[kind], ctx.locale) : kind }, [edit], true);
    }

    /** risk-without-response: `then "…"`. */
    protected insertThen(ctx: FixContext): CodeAction[] {
        const risk = ctx.node;
        if (!isRisk(risk)) return [];
        const edit = ctx.st.insertClauseInBlock(risk, ctx.forms.clause('then', quote(placeholder('response', ctx.locale))));
        return this.action(ctx, 'insert-then', { name: risk.name }, [edit], true);
    }

    /** missing-tracking: a new track and `= count TRACK`; or count one of the declared tracks. */
    protected insertFormula(ctx: FixContext): CodeAction[] {
        const kpi = ctx.node;
        const playbook = ctx.root.playbook;
        if (!isKpi(kpi) || kpi.formula || !playbook || !ctx.model) return [];
        const at = ctx.st.propertyEnd(kpi, 'title') ?? ctx.st.propertyEnd(kpi, 'name');
        if (at === undefined) return [];
        const tracks = [...ctx.model.own.tracks, ...importedOf(ctx.model, isTrack)];
        const taken = new Set(tracks.map(t => t.name));
        const trackName = uniqueName(kpi.name, taken, this.names);
        const f = ctx.forms;
        const declaration = this.insertDeclaration(ctx.st, playbook, 'Track', [`${f.kw('track')} ${trackName} ${quote(kpi.title ?? kpi.name)}`]);
        const actions = this.action(ctx, 'insert-formula-new', { kpi: kpi.name, track: trackName },
            [declaration, ctx.st.insert(at, ` = ${f.clause('count', trackName)}`)], true);
        for (const track of tracks.slice(0, MAX_TRACK_ACTIONS)) {
            actions.push(...this.action(ctx, 'insert-formula-existing', { kpi: kpi.name, track: track.name }, [ctx.st.insert(at, ` = ${f.clause('count', track.name)}`)]));
        }
        return actions;
    }

    /** missing-owner: one action per declared role (own and imported), the first preferred. */
    protected insertOwner(ctx: FixContext): CodeAction[] {
        const node = ctx.node;
        const playbook = ctx.root.playbook;
        if (!(isStep(node) || isMilestone(node) || isAsset(node) || isRisk(node)) || !playbook || !ctx.model) return [];
        const category = categoryName(declarationRow(node.$type)!.category, ctx.locale);
        const roles = [...ctx.model.own.roles, ...importedOf(ctx.model, isRole)].filter(r => r.name && this.names.isValidName(r.name));
        const seen = new Set<string>();
        const actions: CodeAction[] = [];
        for (const role of roles) {
            if (seen.has(role.name) || seen.size >= MAX_OWNER_ACTIONS) continue;
            seen.add(role.name);
            actions.push(...this.action(ctx, 'insert-owner', { role: role.name, title: role.title, category, name: node.name },
                [this.ownerEdit(ctx, node, role.name)], actions.length === 0));
        }
        if (roles.length > 0 && !lastGiven(playbook.owner)) {
            const role = roles[0].name;
            actions.push(...this.action(ctx, 'insert-default-owner', { role }, [this.insertHeader(ctx.st, playbook, ctx.forms.clause('owner', role))]));
        }
        if (roles.length === 0) {
            const role = 'lead';
            const declaration = this.insertDeclaration(ctx.st, playbook, 'Role', [`${ctx.forms.kw('role')} ${role} ${quote(placeholder('role', ctx.locale))}`]);
            actions.push(...this.action(ctx, 'declare-owner', { role, category, name: node.name }, [declaration, this.ownerEdit(ctx, node, role)], true));
        }
        return actions;
    }

    protected ownerEdit(ctx: FixContext, node: Step | Milestone | Asset | Risk, role: string): TextEdit | undefined {
        const st = ctx.st;
        const clause = ctx.forms.clause('owner', role);
        if (isAsset(node) || isRisk(node)) return st.insertClauseInBlock(node, clause);
        const b = st.braces(node);
        const end = b ? st.previousSignificantEnd(b.open.offset) : st.span(node)?.end;
        return end === undefined ? undefined : st.insert(end, ` ${clause}`);
    }

    /** unused-declaration: remove it; comments on other lines (and inside it) stay. */
    protected removeDeclaration(ctx: FixContext): CodeAction[] {
        const node = ctx.node;
        if (!node || !(node.$container && (isPlaybook(node.$container) || isLibrary(node.$container)))) return [];
        const span = ctx.st.span(node);
        const name = (node as AstNode & { name?: string }).name;
        if (!span || !name) return [];
        const category = categoryName(declarationRow(node.$type)?.category ?? node.$type.toLowerCase(), ctx.locale);
        return this.action(ctx, 'remove', { category, name }, [removalEdit(ctx.st, span)], true);
    }

    /** no-review-phase: a `kind review` phase after the last phase. */
    protected insertReviewPhase(ctx: FixContext): CodeAction[] {
        const playbook = ctx.root.playbook;
        if (!playbook || !ctx.model) return [];
        const name = uniqueName('review', new Set(ctx.model.own.phases.map(p => p.name)), this.names);
        const f = ctx.forms;
        const text = `${f.kw('phase')} ${name} ${quote(placeholder('reviewPhase', ctx.locale))} ${f.kind('phase', 'review')} ${f.phaseDays(NEW_PHASE_DAYS)}`;
        return this.action(ctx, 'insert-review', { name }, [this.insertDeclaration(ctx.st, playbook, 'Phase', [text])], true);
    }

    /** pii-without-consent: a `consent "…"` header line. */
    protected insertConsent(ctx: FixContext): CodeAction[] {
        const playbook = ctx.root.playbook;
        if (!playbook || lastGiven(playbook.consent) !== undefined) return [];
        const edit = this.insertHeader(ctx.st, playbook, ctx.forms.clause('consent', quote(placeholder('consent', ctx.locale))));
        return this.action(ctx, 'insert-consent', {}, [edit], true);
    }

    // ------------------------------------------------------------------ placement

    /**
     * New declarations go after the last declaration of the same category; else after the last one
     * of an earlier category (roles, channels, segments, budget, goals, assets, phases, tracks, KPIs,
     * risks, blackouts); else after the header lines.
     */
    protected insertDeclaration(st: SourceText, container: Playbook | Library, type: string, items: string[]): TextEdit | undefined {
        const rank = rankOf(type);
        const declarations: AstNode[] = container.declarations;
        const same = declarations.filter(d => rankOf(d.$type) === rank);
        const earlier = declarations.filter(d => rankOf(d.$type) < rank);
        const anchor = same.at(-1) ?? earlier.at(-1);
        const indent = st.innerIndent(container);
        if (anchor) {
            const span = st.span(anchor);
            if (!span) return undefined;
            const anchorIndent = st.startsLine(span.offset) ? st.indentOfLine(span.offset) : indent;
            return st.insertItemsAfter(span.end, anchorIndent, items);
        }
        const b = st.braces(container);
        if (!b) return undefined;
        const first = declarations.length ? st.span(declarations[0]) : undefined;
        const before = first ? first.offset : b.close.offset;
        const anchorEnd = st.previousSignificantEnd(before) ?? b.open.end;
        return st.insertItemsAfter(Math.max(anchorEnd, b.open.end), indent, items);
    }

    /** A header line (consent, owner …) after the last header line, or first in the block. */
    protected insertHeader(st: SourceText, playbook: Playbook, item: string): TextEdit | undefined {
        const b = st.braces(playbook);
        if (!b) return undefined;
        let anchorEnd = b.open.end;
        for (const leaf of CstUtils.flattenCst(playbook.$cstNode!) as Iterable<LeafCstNode>) {
            if (leaf.hidden || leaf.astNode !== playbook || leaf.offset <= b.open.offset || leaf.offset >= b.close.offset) continue;
            anchorEnd = Math.max(anchorEnd, leaf.end);
        }
        return st.insertItemsAfter(anchorEnd, st.innerIndent(playbook), [item]);
    }
}
