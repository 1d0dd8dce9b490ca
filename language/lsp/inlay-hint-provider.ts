/**
 * Inlay hints: the computed date (with weekday) after `day N`, the first – last date after
 * `days A..B`, after `ready PHASE day N` and `by PHASE day N`, and a phase's date range after its
 * `days N`; with a D-day or a day off, the day mark and D offset (`10-01 周四 · 国庆节 · D-3`), and the
 * number of runs of a repeating playbook (the dates shown are the first run's). Only nodes inside the requested range are visited; dates come from the model.
 */
import { type AstNode, AstUtils, type CstNode, GrammarUtils, type LangiumDocument, type MaybePromise, interruptAndCheck, Cancellation } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { type InlayHint, InlayHintKind, type InlayHintParams } from 'vscode-languageserver';
import { isAsset, isKpiCheck, isMilestone, isPhase, isRisk, isStep } from '../generated/ast.js';
import type { LocalDate } from '../model/dates.js';
import type { PlaybookModel, ScheduleEvent } from '../model/playbook-model.js';
import { dayRangeText, dayText, weekdayName } from '../model/date-text.js';
import { eventMarksText, runsCountText } from '../messages/calendar.js';
import type { PlaybookServices } from './playbook-lsp-module.js';
import { lastGiven } from '../syntax/clauses.js';
import { lastNodeForProperty } from '../syntax/cst.js';

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
        if (isPhase(node)) {
            const p = model.phaseOf(node);
            if (p?.start && p.end) add(lastNodeForProperty(node, 'days'), dayRangeText(p.start, p.end, locale));
        } else if (isStep(node) || isMilestone(node)) {
            // The first run's occurrences (all of them without runs).
            const all = model.eventsOf(node);
            const events = model.repeating ? all.filter(e => e.run?.index === all[0]?.run?.index) : all;
            if (events.length === 0) return;
            if (isStep(node) && lastGiven(node.range)) {
                add(lastNodeForProperty(node, 'range'), dayRangeText(events[0].date, events[events.length - 1].date, locale) + this.runs(model, locale));
            } else {
                add(lastNodeForProperty(node, lastGiven(node.relDay) ? 'relDay' : 'day'), this.marked(events[0], model, locale));
            }
        } else if (isAsset(node)) {
            const ready = lastGiven(node.ready);
            const due = model.eventsOf(node).find(e => e.type === 'asset-due');
            if (ready?.at) add(GrammarUtils.findNodeForProperty(ready.at.$cstNode, 'day'), due ? this.marked(due, model, locale) : date(model.assetReady(node)));
            else if (ready?.relDay && due) add(ready.relDay.$cstNode, this.marked(due, model, locale));
        } else if (isRisk(node)) {
            const check = lastGiven(node.when);
            const checkpoint = model.eventsOf(node).find(e => e.type === 'checkpoint');
            if (isKpiCheck(check) && check.at) add(GrammarUtils.findNodeForProperty(check.at.$cstNode, 'day'), checkpoint ? this.marked(checkpoint, model, locale) : undefined);
            else if (isKpiCheck(check) && check.relDay && checkpoint) add(check.relDay.$cstNode, this.marked(checkpoint, model, locale));
        }
    }

    /** `10-01 周四 · 国庆节 · D-3` for an event with a day mark or a D offset, else `2026-10-01 Thu`; the run count of a repeating playbook. */
    protected marked(e: ScheduleEvent, model: PlaybookModel, locale: 'en' | 'zh-CN'): string {
        const marks = eventMarksText(e, locale);
        const text = marks ? `${e.date.slice(5)} ${weekdayName(e.date, locale)} · ${marks}` : dayText(e.date, locale);
        return text + this.runs(model, locale);
    }

    protected runs(model: PlaybookModel, locale: 'en' | 'zh-CN'): string {
        return model.repeating ? ` · ${runsCountText(model.runs.length, locale)}` : '';
    }
}
