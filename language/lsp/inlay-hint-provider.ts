/**
 * Inlay hints: the computed date (with weekday) after `day N`, the first – last date after
 * `days A..B`, after `ready PHASE day N` and `by PHASE day N`, and a phase's date range after its
 * `days N`. Only nodes inside the requested range are visited; dates come from the model.
 */
import { type AstNode, AstUtils, type CstNode, GrammarUtils, type LangiumDocument, type MaybePromise, interruptAndCheck, Cancellation } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { type InlayHint, InlayHintKind, type InlayHintParams } from 'vscode-languageserver';
import { isAsset, isKpiCheck, isMilestone, isPhase, isRisk, isStep } from '../generated/ast.js';
import type { LocalDate } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { dayRangeText, dayText } from '../model/date-text.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

export class PlaybookInlayHintProvider implements InlayHintProvider {
    protected readonly services: PlaybookServices;

    constructor(services: PlaybookServices) {
        this.services = services;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): MaybePromise<InlayHint[] | undefined> {
        return this.compute(document, params, cancelToken);
    }

    protected async compute(document: LangiumDocument, params: InlayHintParams, cancelToken: Cancellation.CancellationToken): Promise<InlayHint[]> {
        const model = this.services.playbook.Models.getModel(document);
        if (!model) return [];
        const locale = this.services.playbook.Locale.locale;
        const hints: InlayHint[] = [];
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        const add = (cst: CstNode | undefined, text: string | undefined) => {
            if (!cst || !text || cst.end < start || cst.end > end) return;
            hints.push({ position: cst.range.end, label: text, kind: InlayHintKind.Type, paddingLeft: true });
        };
        const date = (d: LocalDate | undefined) => (d ? dayText(d, locale) : undefined);
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            if (++visited % 500 === 0) await interruptAndCheck(cancelToken);
            this.hintsOf(node, model, add, date, locale);
        }
        return hints;
    }

    protected hintsOf(
        node: AstNode, model: PlaybookModel,
        add: (cst: CstNode | undefined, text: string | undefined) => void,
        date: (d: LocalDate | undefined) => string | undefined,
        locale: 'en' | 'zh-CN',
    ): void {
        const cst = node.$cstNode;
        if (isPhase(node)) {
            const p = model.phaseOf(node);
            if (p?.start && p.end) add(GrammarUtils.findNodeForProperty(cst, 'days'), dayRangeText(p.start, p.end, locale));
        } else if (isStep(node) || isMilestone(node)) {
            const events = model.eventsOf(node);
            if (events.length === 0) return;
            if (isStep(node) && node.range) {
                add(GrammarUtils.findNodeForProperty(cst, 'range'), dayRangeText(events[0].date, events[events.length - 1].date, locale));
            } else {
                add(GrammarUtils.findNodeForProperty(cst, 'day'), date(events[0].date));
            }
        } else if (isAsset(node)) {
            const at = node.ready?.at;
            if (at) add(GrammarUtils.findNodeForProperty(at.$cstNode, 'day'), date(model.assetReady(node)));
        } else if (isRisk(node)) {
            const check = node.when;
            if (isKpiCheck(check) && check.at) {
                const checkpoint = model.eventsOf(node).find(e => e.type === 'checkpoint');
                add(GrammarUtils.findNodeForProperty(check.at.$cstNode, 'day'), date(checkpoint?.date));
            }
        }
    }
}
