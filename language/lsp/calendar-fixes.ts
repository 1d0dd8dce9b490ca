/**
 * Quick fixes of the calendar rules (SCHEDULE.md): a due date on a day off moves to the previous
 * working day, a send in quiet hours moves to the end of the window, a year without holiday data
 * gets a commented template of `holiday` / `workday` lines. Dates come from the model.
 */
import { type AstNode, AstUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { type Asset, type Model, isAsset, isStep } from '../generated/ast.js';
import { calendarFixTitle, holidayTemplate } from '../messages/calendar.js';
import type { Locale } from '../messages/locale.js';
import type { SyntaxForms } from '../syntax/keyword-language.js';
import { dText } from '../model/date-text.js';
import { shiftDate } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { findNodeForProperty, lastLeaf, lastNodeForProperty } from '../syntax/cst.js';
import { lastGiven } from '../syntax/clauses.js';

export interface CalendarFixContext {
    readonly document: LangiumDocument;
    readonly root: Model;
    readonly model?: PlaybookModel;
    readonly locale: Locale;
    /** Syntax in the document's keyword language (what the fixes write and their titles quote). */
    readonly forms: SyntaxForms;
    readonly diagnostic: Diagnostic;
    readonly node?: AstNode;
}

function quickFix(ctx: CalendarFixContext, title: string, edits: TextEdit[]): CodeAction[] {
    return [{ title, kind: 'quickfix', diagnostics: [ctx.diagnostic], isPreferred: true, edit: { changes: { [ctx.document.textDocument.uri]: edits } } }];
}

function replace(ctx: CalendarFixContext, cst: { offset: number; end: number } | undefined, text: string): TextEdit | undefined {
    if (!cst) return undefined;
    const doc = ctx.document.textDocument;
    return { range: { start: doc.positionAt(cst.offset), end: doc.positionAt(cst.end) }, newText: text };
}

/** The fix a calendar rule names in its diagnostic's `data.fix`. */
export function calendarFixes(ctx: CalendarFixContext, fix: string, data: Record<string, unknown>): CodeAction[] {
    switch (fix) {
        case 'due-previous-working-day': return duePreviousWorkingDay(ctx);
        case 'quiet-move': return quietMove(ctx, data);
        case 'insert-holidays': return insertHolidays(ctx, data);
        default: return [];
    }
}

/**
 * due-on-day-off: the ready date moves back to a working day. A date is the same in every run: the
 * working day before it. `D-n` and `PHASE day N` fall on another date in each run of a repeating
 * playbook: the fewest days back that make it a working day in every run (or, when no shift
 * within a month does, in the most runs, and the title says in how many), never before day 1.
 */
function duePreviousWorkingDay(ctx: CalendarFixContext): CodeAction[] {
    const asset = ctx.node && AstUtils.getContainerOfType(ctx.node, isAsset) as Asset | undefined;
    const model = ctx.model;
    const ready = lastGiven(asset?.ready);
    if (!asset || !ready || !model) return [];
    const dues = model.eventsOf(asset);
    const off = dues.find(e => e.dayOff !== undefined);
    const target = off && model.calendar.previousWorkingDay(off.date);
    if (!off || !target) return [];
    if (ready.date !== undefined) {
        const edit = replace(ctx, findNodeForProperty(ready, 'date'), target);
        return edit ? quickFix(ctx, calendarFixTitle('due-previous-working-day', ctx.locale, { date: target }), [edit]) : [];
    }
    const offNow = dues.filter(e => e.dayOff !== undefined).length;
    let best: { back: number; off: number } | undefined;
    for (let back = 1; back <= 31 && best?.off !== 0; back++) {
        if (ready.at?.day !== undefined && ready.at.day - back < 1) break;
        let stillOff = 0;
        for (const e of dues) {
            const day = shiftDate(e.date, -back);
            if (day === undefined || !model.calendar.isWorkingDay(day)) stillOff++;
        }
        if (!best || stillOff < best.off) best = { back, off: stillOff };
    }
    if (!best || best.off >= offNow) return [];
    const { back } = best;
    let edit: TextEdit | undefined;
    let text = '';
    if (ready.relDay) edit = replace(ctx, ready.relDay.$cstNode, text = dText((ready.relDay.offset ?? 0) - back));
    else if (ready.at?.day !== undefined) {
        edit = replace(ctx, findNodeForProperty(ready.at, 'day'), String(ready.at.day - back));
        text = ctx.forms.phaseDay(ready.at.phase?.$refText ?? '', ready.at.day - back).trim();
    }
    if (!edit) return [];
    const title = model.repeating
        ? calendarFixTitle('due-earlier-runs', ctx.locale, { days: back, text, working: dues.length - best.off, runs: dues.length })
        : calendarFixTitle('due-previous-working-day', ctx.locale, { date: shiftDate(off.date, -back) ?? target });
    return quickFix(ctx, title, [edit]);
}

/** quiet-hours: `at HH:MM` (the one that counts, the last) becomes the end of the quiet window. */
function quietMove(ctx: CalendarFixContext, data: Record<string, unknown>): CodeAction[] {
    const step = ctx.node && AstUtils.getContainerOfType(ctx.node, isStep);
    const to = typeof data.to === 'string' ? data.to : undefined;
    if (!step || !to) return [];
    const edit = replace(ctx, lastNodeForProperty(step, 'time'), to);
    return edit ? quickFix(ctx, calendarFixTitle('quiet-move', ctx.locale, { time: to }), [edit]) : [];
}

/** holiday-data-missing: a commented template of the year's lines before the playbook's closing brace. */
function insertHolidays(ctx: CalendarFixContext, data: Record<string, unknown>): CodeAction[] {
    const playbook = ctx.root.playbook;
    const year = typeof data.year === 'number' ? data.year : undefined;
    const close = playbook?.$cstNode && lastLeaf(playbook.$cstNode);
    if (!playbook || !year || !close || close.text !== '}') return [];
    const doc = ctx.document.textDocument;
    const at = doc.positionAt(close.offset);
    const before = doc.getText({ start: { line: at.line, character: 0 }, end: at });
    const lines = holidayTemplate(year, ctx.locale, ctx.forms).map(l => `  ${l}`);
    const edit: TextEdit = before.trim() === ''
        ? { range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: `\n${lines.join('\n')}\n` }
        : { range: { start: at, end: at }, newText: `\n${lines.join('\n')}\n` };
    return quickFix(ctx, calendarFixTitle('insert-holidays', ctx.locale, { year }), [edit]);
}
