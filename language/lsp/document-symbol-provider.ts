/**
 * The outline: the playbook (or library) holding its declarations, phases holding their steps and
 * milestones, tracks their properties, the budget its lines; blackouts listed by date. Details
 * show titles and, for phases, steps and milestones, the dates the model computed. A repeating
 * playbook: those of its first run with the number of runs, and a group of its runs (each its
 * D-day and dates) on the `repeat` clause.
 */
import { type AstNode, type LangiumDocument, type MaybePromise, GrammarUtils } from 'langium';
import { DefaultDocumentSymbolProvider, type NodeKindProvider } from 'langium/lsp';
import { type DocumentSymbol, type DocumentSymbolParams, SymbolKind } from 'vscode-languageserver';
import { isBlackout, isBudget, isMilestone, isPhase, isPlaybook, isStep } from '../generated/ast.js';
import { runText, runsCountText } from '../messages/calendar.js';
import { categoryName } from '../messages/diagnostics.js';
import { daysText } from '../messages/editor.js';
import type { Locale } from '../messages/locale.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { dayRangeText, dayText } from '../model/date-text.js';
import { findNodeForProperty, lastNodeForProperty } from '../syntax/cst.js';
import { DECLARATION_CONTAINERS } from '../vocabulary/declarations.js';
import type { PlaybookServices } from './playbook-lsp-module.js';
import { clauseValue } from '../syntax/clauses.js';

export class PlaybookDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected readonly services: PlaybookServices;
    protected readonly kinds: NodeKindProvider;
    private model: PlaybookModel | undefined;
    private locale: Locale = 'en';

    constructor(services: PlaybookServices) {
        super(services);
        this.services = services;
        this.kinds = services.shared.lsp.NodeKindProvider;
    }

    override getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        this.model = this.services.playbook.Models.getModel(document);
        this.locale = this.services.playbook.Locale.locale;
        try {
            return this.getSymbol(document, document.parseResult.value);
        } finally {
            this.model = undefined;
        }
    }

    protected override getSymbol(document: LangiumDocument, node: AstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        if (cst && isBudget(node)) {
            const keyword = GrammarUtils.findNodeForKeyword(cst, 'budget') ?? cst;
            return [{
                name: `${categoryName('budget', this.locale)} ${node.amount ?? ''}${node.currency ? ` ${node.currency}` : ''}`,
                kind: this.kinds.getSymbolKind(node),
                range: cst.range,
                selectionRange: keyword.range,
                children: this.getChildSymbols(document, node),
            }];
        }
        if (cst && isBlackout(node)) {
            const from = GrammarUtils.findNodeForProperty(cst, 'from') ?? cst;
            return [{
                name: node.to ? `${node.from}..${node.to}` : node.from ?? '',
                detail: node.title,
                kind: this.kinds.getSymbolKind(node),
                range: cst.range,
                selectionRange: from.range,
            }];
        }
        // As Langium's, with a cached name lookup (Langium's walks the grammar for every token).
        const nameNode = typeof (node as { name?: unknown }).name === 'string' ? findNodeForProperty(node, 'name') : undefined;
        if (cst && nameNode) return [this.createSymbol(document, node, cst, nameNode, (node as unknown as { name: string }).name)];
        return this.getChildSymbols(document, node) ?? [];
    }

    /** Only these hold declarations worth listing: other nodes (clauses, formulas …) are not descended into. */
    protected override getChildSymbols(document: LangiumDocument, node: AstNode): DocumentSymbol[] | undefined {
        return DECLARATION_CONTAINERS.has(node.$type) ? super.getChildSymbols(document, node) : undefined;
    }

    protected override createSymbol(document: LangiumDocument, node: AstNode, cst: Parameters<DefaultDocumentSymbolProvider['createSymbol']>[2], nameNode: Parameters<DefaultDocumentSymbolProvider['createSymbol']>[3], computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, node, cst, nameNode, computedName);
        symbol.detail = this.detail(node);
        const runs = isPlaybook(node) ? this.runsGroup(node) : undefined;
        if (runs) symbol.children = [...symbol.children ?? [], runs];
        return symbol;
    }

    /** `52 runs` on the `repeat` clause, holding `Run 2 · D 2026-01-12` (with its dates) per run. */
    private runsGroup(node: AstNode): DocumentSymbol | undefined {
        const model = this.model;
        const clause = model?.repeating ? lastNodeForProperty(node, 'repeat') : undefined;
        if (!model || !clause || model.runs.length === 0) return undefined;
        const range = clause.range;
        return {
            name: runsCountText(model.runs.length, this.locale), kind: SymbolKind.Namespace, range, selectionRange: range,
            children: model.runs.map(r => ({
                name: runText(r.index, r.dday, this.locale),
                detail: r.start && r.end ? dayRangeText(r.start, r.end, this.locale) : undefined,
                kind: SymbolKind.Event, range, selectionRange: range,
            })),
        };
    }

    protected detail(node: AstNode): string | undefined {
        const title = clauseValue(node, 'title');
        const parts: string[] = typeof title === 'string' && title ? [title] : [];
        const model = this.model;
        if (model && isPhase(node)) {
            const p = model.phaseOf(node);
            if (p?.start && p.end) parts.push(dayRangeText(p.start, p.end, this.locale));
            if (p?.days) parts.push(daysText(p.days, this.locale));
        } else if (model && (isStep(node) || isMilestone(node))) {
            // A repeating playbook: the first run's occurrences (the runs group lists the others).
            const all = model.eventsOf(node);
            const events = model.repeating ? all.filter(e => e.run?.index === all[0]?.run?.index) : all;
            if (events.length === 1) parts.push(`${dayText(events[0].date, this.locale)}${events[0].time ? ` ${events[0].time}` : ''}`);
            else if (events.length > 1) parts.push(`${dayRangeText(events[0].date, events[events.length - 1].date, this.locale)}${events[0].time ? ` ${events[0].time}` : ''}`);
        }
        if (model?.repeating && (isPhase(node) || isStep(node) || isMilestone(node))) parts.push(runsCountText(model.runs.length, this.locale));
        return parts.length ? parts.join(' · ') : undefined;
    }
}
