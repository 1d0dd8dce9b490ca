/**
 * Markdown descriptions of declarations for hovers and completion documentation: title, kind and
 * the key facts of each category. Every date comes from the schedule model of the document the
 * user is looking at; this file only formats.
 */
import { kpiCheckText } from '../generators/people.js';
import { type AstNode, AstUtils, type LangiumDocument, type Reference } from 'langium';
import {
    type Asset, type BudgetLine, type Channel, type Goal, type Kpi, type Milestone, type Phase, type Property, type Risk,
    type Role, type Segment, type Step, type Track, type Amount, type Target,
    isAsset, isBudget, isBudgetLine, isChannel, isGoal, isKpi, isKpiCheck, isLibrary, isMilestone, isPhase,
    isPlaybook, isProperty, isRisk, isRole, isSegment, isStep, isTextCondition, isTrack, type Playbook, type Library,
} from '../generated/ast.js';
import { categoryName } from '../messages/diagnostics.js';
import { categoryOfType } from '../vocabulary/declarations.js';
import { type EditorLabel, daysText, label, labelled, phaseDayText, phaseDaysText } from '../messages/editor.js';
import {
    ASSET_KINDS, CHANNEL_KINDS, GOAL_KINDS, type KindTable, PHASE_KINDS, PLAYBOOK_TYPES, PROPERTY_TYPES, RISK_KINDS,
} from '../messages/kinds.js';
import { type Locale, pick } from '../messages/locale.js';
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import type { PlaybookModelProvider } from '../model/model-provider.js';
import { clockOf, dayRangeText, dayText, endClock, offsetText } from '../model/date-text.js';
import { channelLimits } from '../model/channel-limits.js';
import { capFactText, eventMarksText, quietFactText, runsCountText } from '../messages/calendar.js';
import { clauseValue, isGiven, lastGiven } from '../syntax/clauses.js';

/** At most this many occurrences of a step are listed one by one. */
const MAX_LISTED_OCCURRENCES = 10;
/** Long texts (copy, notes) are cut to this many characters. */
const MAX_TEXT = 300;

/** Escapes user text for markdown. */
/**
 * A Markdown code span: its text is literal (backslash escapes would show as `order\_paid`), so it
 * is fenced with one backtick more than the longest run inside, line breaks as spaces.
 */
export function codeSpan(text: string): string {
    const body = text.replace(/\r\n|\r|\n/g, ' ');
    let longest = 0;
    for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}

export function mdEscape(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, m => `\\${m}`);
}

function cut(text: string): string {
    const t = text.trim();
    return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT)}…` : t;
}

/** `value (label)` for an enumerated value, or the value alone when unknown. */
export function kindText(table: KindTable | undefined, value: string | undefined, locale: Locale): string | undefined {
    if (!value) return undefined;
    const entry = table?.[value];
    return entry ? `\`${value}\` (${pick(entry, locale)})` : `\`${value}\``;
}

function named(node: { name?: string; title?: string } | undefined, fallback?: string): string | undefined {
    if (!node) return fallback ? `\`${fallback}\`` : undefined;
    const name = `\`${node.name ?? ''}\``;
    return node.title && node.title !== node.name ? `${name} (${mdEscape(node.title)})` : name;
}

function refNamed<T extends AstNode & { name?: string; title?: string }>(ref: Reference<T> | undefined): string | undefined {
    if (!ref) return undefined;
    return named(ref.ref, ref.$refText);
}

export function amountText(amount: Amount | undefined): string {
    if (!amount) return '';
    return amount.percent ?? (amount.number !== undefined ? String(amount.number) : '');
}

export function targetText(target: Target | undefined, locale: Locale): string | undefined {
    if (!target) return undefined;
    const value = amountText(target.value);
    const op = target.op ?? '>=';
    const words = op === '<=' || op === '<' ? label('atMost', locale) : label('atLeast', locale);
    return target.op === '<' || target.op === '>' ? `${op} ${value}` : `${words} ${value}`;
}

export class HoverBuilder {
    protected readonly models: PlaybookModelProvider;

    constructor(services: { playbook: { Models: PlaybookModelProvider } }) {
        this.models = services.playbook.Models;
    }

    /** The description of a declaration, seen from `document` (whose model dates it). */
    declarationHover(node: AstNode, document: LangiumDocument, locale: Locale): string | undefined {
        const model = this.models.getModel(document);
        const lines: string[] = [];
        const fact = ((key: EditorLabel, value: string | undefined) => {
            if (value !== undefined && value !== '') lines.push(`- ${labelled(key, value, locale)}`);
        }) as Fact;
        fact.raw = text => lines.push(`- ${text}`);
        const heading = this.heading(node, locale);
        if (!heading) return undefined;

        if (isPlaybook(node)) this.playbookFacts(node, model, fact, locale);
        else if (isLibrary(node)) this.libraryFacts(node, fact, locale);
        else if (isRole(node)) this.roleFacts(node, fact);
        else if (isChannel(node)) this.channelFacts(node, model, fact, locale);
        else if (isSegment(node)) this.segmentFacts(node, fact);
        else if (isAsset(node)) this.assetFacts(node, model, fact, locale);
        else if (isGoal(node)) this.goalFacts(node, fact, locale);
        else if (isPhase(node)) this.phaseFacts(node, model, fact, locale);
        else if (isStep(node) || isMilestone(node)) this.itemFacts(node, model, fact, lines, locale);
        else if (isTrack(node)) this.trackFacts(node, model, fact, locale);
        else if (isProperty(node)) this.propertyFacts(node, fact, locale);
        else if (isKpi(node)) this.kpiFacts(node, model, fact, locale);
        else if (isRisk(node)) this.riskFacts(node, model, fact, locale);
        else if (isBudgetLine(node)) this.budgetLineFacts(node, fact);

        const origin = this.origin(node, document);
        if (origin) fact('declaredIn', origin);
        return lines.length ? `${heading}\n\n${lines.join('\n')}` : heading;
    }

    /** `**step** \`name\` — title`. */
    heading(node: AstNode, locale: Locale): string | undefined {
        const category = categoryOfType(node.$type);
        if (!category) return undefined;
        const name = (node as { name?: string }).name;
        const written = clauseValue(node, 'title');
        const title = typeof written === 'string' && written && written !== name ? ` — ${mdEscape(written)}` : '';
        return `**${categoryName(category, locale)}** \`${name ?? ''}\`${title}`;
    }

    /** The file a declaration comes from, when it is not the one being looked at. */
    protected origin(node: AstNode, document: LangiumDocument): string | undefined {
        const root = AstUtils.findRootNode(node);
        const doc = (root as { $document?: LangiumDocument }).$document;
        if (!doc || doc.uri.toString() === document.uri.toString()) return undefined;
        const path = doc.uri.path;
        return codeSpan(path.slice(path.lastIndexOf('/') + 1));
    }

    protected playbookFacts(node: Playbook, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        if (model?.start) fact('start', dayText(model.start, locale));
        if (model?.end) fact('end', dayText(model.end, locale));
        fact('timezone', model?.timezone ?? lastGiven(node.timezone));
        fact('type', kindText(PLAYBOOK_TYPES, lastGiven(node.type), locale));
        fact('owner', refNamed(lastGiven(node.owner)));
        if (model) fact('phase', model.phases.map(p => `\`${p.name}\``).join(', '));
    }

    protected libraryFacts(node: Library, fact: Fact, locale: Locale): void {
        const counts = new Map<string, number>();
        for (const d of node.declarations) {
            const c = categoryOfType(d.$type);
            if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        const text = [...counts].map(([c, n]) => `${n} × ${categoryName(c, locale)}`).join(', ');
        fact('kind', text);
    }

    protected roleFacts(node: Role, fact: Fact): void {
        fact('person', node.person ? mdEscape(node.person) : undefined);
    }

    protected channelFacts(node: Channel, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        fact('kind', kindText(CHANNEL_KINDS, node.kind, locale));
        // The effective limits: declared, else the default of the kind (a library's channel has no model).
        const limits = model ? model.limitsOf(node) : channelLimits(node);
        fact.raw(capFactText(limits.cap, node.kind, locale));
        fact.raw(quietFactText(limits.quiet, node.kind, locale));
    }

    protected segmentFacts(node: Segment, fact: Fact): void {
        fact('tags', node.tags.map(t => mdEscape(t)).join(', '));
    }

    protected assetFacts(node: Asset, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        fact('kind', kindText(ASSET_KINDS, node.kind, locale));
        const ready = model?.assetReady(node);
        const readyAt = lastGiven(node.ready);
        if (ready) {
            const at = readyAt?.at;
            const where = at?.phase ? ` (${phaseDayText(at.phase.$refText, at.day, locale)})` : '';
            fact('ready', `${dayText(ready, locale)}${where}`);
        } else if (readyAt?.date) {
            fact('ready', readyAt.date);
        }
        const ownerRef = lastGiven(node.owner);
        const owner = model ? model.ownerOf(node) : ownerRef?.ref;
        fact('owner', owner ? named(owner) : refNamed(ownerRef));
        fact('reviewer', refNamed(lastGiven(node.reviewer)));
        const text = lastGiven(node.text);
        if (text) fact('text', mdEscape(cut(text)).replace(/\n/g, ' ⏎ '));
    }

    protected goalFacts(node: Goal, fact: Fact, locale: Locale): void {
        fact('kind', kindText(GOAL_KINDS, node.kind, locale));
        const kpis = node.kpis.map(ref => {
            const target = targetText(ref.ref?.target, locale);
            return `${refNamed(ref)}${target ? ` ${target}` : ''}`;
        });
        fact('kpis', kpis.join(', '));
    }

    protected phaseFacts(node: Phase, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        fact('kind', kindText(PHASE_KINDS, lastGiven(node.kind), locale));
        const p = model?.phaseOf(node);
        if (p?.start && p.end) fact('dates', `${dayRangeText(p.start, p.end, locale)}${p.pinned ? ` (${label('pinned', locale)})` : ''}`);
        else if (p?.start) fact('start', dayText(p.start, locale));
        const days = lastGiven(node.days);
        if (days !== undefined) fact('days', daysText(days, locale));
        const owner = lastGiven(node.owner);
        if (owner) fact('owner', refNamed(owner));
        const steps = node.items.filter(isStep).length;
        const milestones = node.items.filter(isMilestone).length;
        const parts: string[] = [];
        if (steps) parts.push(`${steps} × ${categoryName('step', locale)}`);
        if (milestones) parts.push(`${milestones} × ${categoryName('milestone', locale)}`);
        if (parts.length) fact.raw(parts.join(', '));
    }

    protected itemFacts(node: Step | Milestone, model: PlaybookModel | undefined, fact: Fact, lines: string[], locale: Locale): void {
        const events = model?.eventsOf(node) ?? [];
        if (events.length === 0) {
            fact('dates', label('notDated', locale));
        } else {
            this.occurrences(events, model!, fact, lines, locale);
        }
        const phase = isPhase(node.$container) ? node.$container : undefined;
        if (phase) {
            const range = isStep(node) ? lastGiven(node.range) : undefined;
            const day = lastGiven(node.day);
            const where = range?.from !== undefined && range.to !== undefined
                ? phaseDaysText(phase.name, range.from, range.to, locale)
                : day !== undefined ? phaseDayText(phase.name, day, locale) : phase.name;
            fact('phase', `\`${where}\`${phase.title ? ` (${mdEscape(phase.title)})` : ''}`);
        }
        const ownerRef = lastGiven(node.owner);
        const owner = model ? model.ownerOf(node) : ownerRef?.ref;
        fact('owner', owner ? named(owner) : refNamed(ownerRef));
        if (isStep(node)) {
            fact('channels', node.channels.map(c => refNamed(c)).join(', '));
            const first = events[0]?.date;
            const assets = node.assets.map(ref => {
                const asset = ref.ref;
                const ready = asset && model ? model.assetReady(asset) : undefined;
                const late = ready && first && ready > first ? ' ⚠' : '';
                return `${refNamed(ref)}${ready ? ` — ${label('ready', locale)} ${dayText(ready, locale)}${late}` : ''}`;
            });
            fact('assets', assets.join(', '));
            const segment = lastGiven(node.segment);
            if (segment) fact('segment', refNamed(segment));
            if (node.reminders.length) fact('reminders', node.reminders.join(', '));
        }
        const note = lastGiven(node.note);
        if (note) fact('note', mdEscape(cut(note)).replace(/\n/g, ' ⏎ '));
    }

    /** One line for a single occurrence, a list for several (with UTC offsets when they change, e.g. across DST). */
    protected occurrences(events: readonly ScheduleEvent[], model: PlaybookModel, fact: Fact, lines: string[], locale: Locale): void {
        const offsets = new Set(events.filter(e => e.start).map(e => offsetText(e.start!.local)));
        const showOffset = offsets.size > 1;
        const one = (e: ScheduleEvent) => {
            let text = dayText(e.date, locale);
            if (e.start && e.end) {
                const ends = endClock(e.date, e.end.local);
                const end = ends.date ? `${dayText(ends.date, locale)} ${ends.clock}` : ends.clock;
                text += ` ${clockOf(e.start.local)}–${end}`;
                if (showOffset) text += ` (UTC${offsetText(e.start.local)})`;
            } else {
                text += ` (${label('allDay', locale)})`;
            }
            const marks = eventMarksText(e, locale);
            return marks ? `${text} · ${marks}` : text;
        };
        if (events.length === 1) {
            fact('date', one(events[0]));
        } else {
            const first = events[0].date;
            const last = events[events.length - 1].date;
            const runs = model.repeating ? ` · ${runsCountText(model.runs.length, locale)}` : '';
            fact('dates', `${dayRangeText(first, last, locale)} · ${events.length} ${label('occurrences', locale)}${runs}`);
            for (const e of events.slice(0, MAX_LISTED_OCCURRENCES)) lines.push(`  - ${one(e)}`);
            if (events.length > MAX_LISTED_OCCURRENCES) lines.push(`  - … ${events.length - MAX_LISTED_OCCURRENCES} ${label('more', locale)}`);
        }
        if (events.some(e => e.start)) fact('timezone', `${model.timezone}${showOffset ? '' : ` (UTC${offsetText(events.find(e => e.start)!.start!.local)})`}`);
    }

    protected trackFacts(node: Track, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        fact('event', codeSpan(lastGiven(node.event) ?? node.name ?? ''));
        fact('channels', node.channels.map(c => refNamed(c)).join(', '));
        const props = node.properties.map(p => `\`${p.name}\`: ${propertyTypeText(p)}${isGiven(p.required) ? ` (${label('required', locale)})` : ''}${isGiven(p.pii) ? ` (${label('pii', locale)})` : ''}`);
        fact('properties', props.join(', '));
        if (model) {
            const kpis = [...model.kpis.values()].filter(info => info.tracks.includes(node)).map(info => named(info.node));
            fact('kpisOnTrack', kpis.join(', '));
        }
    }

    protected propertyFacts(node: Property, fact: Fact, locale: Locale): void {
        const type = node.type?.primitive;
        const typeLabel = type ? PROPERTY_TYPES[type] : node.type?.values.length ? PROPERTY_TYPES.enum : undefined;
        fact('type', `${propertyTypeText(node)}${typeLabel ? ` (${pick(typeLabel, locale)})` : ''}`);
        const flags = [isGiven(node.required) ? label('required', locale) : '', isGiven(node.pii) ? label('pii', locale) : ''].filter(Boolean);
        if (flags.length) fact.raw(flags.join(', '));
        const track = isTrack(node.$container) ? node.$container : undefined;
        if (track) fact('event', codeSpan(lastGiven(track.event) ?? track.name ?? ''));
    }

    protected kpiFacts(node: Kpi, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        const formula = node.formula?.$cstNode?.text;
        fact('formula', formula ? `\`${formula.replace(/\s+/g, ' ').replace(/`/g, "'")}\`` : label('noFormula', locale));
        fact('target', targetText(node.target, locale));
        const info = model?.kpis.get(node);
        if (info) {
            fact('tracks', info.tracks.map(t => {
                const event = lastGiven(t.event);
                return `${named(t)}${event && event !== t.name ? ` → ${codeSpan(event)}` : ''}`;
            }).join(', '));
            fact('goals', info.goals.map(g => named(g)).join(', '));
            if (info.cyclic) fact.raw(`⚠ ${label('cyclic', locale)}`);
        }
    }

    protected riskFacts(node: Risk, model: PlaybookModel | undefined, fact: Fact, locale: Locale): void {
        fact('kind', kindText(RISK_KINDS, node.kind, locale));
        const when = lastGiven(node.when);
        if (isKpiCheck(when)) {
            const threshold = amountText(when.threshold);
            const ofTarget = when.threshold?.percent ? ` ${label('ofTarget', locale)}` : '';
            fact('check', `\`${when.kpi?.$refText ?? ''} ${when.op ?? ''} ${threshold}\`${ofTarget} — ${mdEscape(kpiCheckText(when, locale))}`);
            const checkpoint = model?.eventsOf(node).find(e => e.type === 'checkpoint');
            if (checkpoint) {
                const at = when.at;
                const where = at?.phase ? ` (${phaseDayText(at.phase.$refText, at.day, locale)})` : '';
                fact('checkpoint', `${dayText(checkpoint.date, locale)}${where}`);
            }
        } else if (isTextCondition(when) && when.text) {
            fact('check', mdEscape(cut(when.text)));
        }
        const then = lastGiven(node.then);
        if (then) fact('response', mdEscape(cut(then)).replace(/\n/g, ' ⏎ '));
        const ownerRef = lastGiven(node.owner);
        const owner = model ? model.ownerOf(node) : ownerRef?.ref;
        fact('owner', owner ? named(owner) : refNamed(ownerRef));
    }

    protected budgetLineFacts(node: BudgetLine, fact: Fact): void {
        const budget = isBudget(node.$container) ? node.$container : undefined;
        const share = amountText(node.share);
        fact('share', budget ? `${share} × ${budget.amount}${budget.currency ? ` ${budget.currency}` : ''}` : share);
    }
}

/** Adds a labelled fact line (skipped when the value is empty); `raw` adds an unlabelled one. */
interface Fact {
    (key: EditorLabel, value: string | undefined): void;
    raw(text: string): void;
}

export function propertyTypeText(p: Property): string {
    if (p.type?.primitive) return p.type.primitive;
    if (p.type?.values.length) return `enum(${p.type.values.map(v => JSON.stringify(v)).join(', ')})`;
    return '';
}
