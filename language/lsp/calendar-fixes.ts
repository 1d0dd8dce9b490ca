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
import { dText } from '../model/date-text.js';
import { daysBetween } from '../model/dates.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { findNodeForProperty, lastLeaf } from '../syntax/cst.js';

export interface CalendarFixContext {
    readonly document: LangiumDocument;
    readonly root: Model;
    readonly model?: PlaybookModel;
    readonly locale: Locale;
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

/** due-on-day-off: the ready date (a date, `D-n` or `PHASE day N`) moves back to the previous working day of its first day off. */
function duePreviousWorkingDay(ctx: CalendarFixContext): CodeAction[] {
    const asset = ctx.node && AstUtils.getContainerOfType(ctx.node, isAsset) as Asset | undefined;
    const model = ctx.model;
    if (!asset?.ready || !model) return [];
    const off = model.eventsOf(asset).find(e => e.dayOff !== undefined);
    const target = off && model.calendar.previousWorkingDay(off.date);
    if (!off || !target) return [];
    const back = daysBetween(target, off.date);
    const ready = asset.ready;
    let edit: TextEdit | undefined;
    if (ready.date !== undefined) edit = replace(ctx, findNodeForProperty(ready, 'date'), target);
    else if (ready.relDay) edit = replace(ctx, ready.relDay.$cstNode, dText((ready.relDay.offset ?? 0) - back));
    else if (ready.at?.day !== undefined && ready.at.day - back >= 1) edit = replace(ctx, findNodeForProperty(ready.at, 'day'), String(ready.at.day - back));
    return edit ? quickFix(ctx, calendarFixTitle('due-previous-working-day', ctx.locale, { date: target }), [edit]) : [];
}

/** quiet-hours: `at HH:MM` becomes the end of the quiet window. */
function quietMove(ctx: CalendarFixContext, data: Record<string, unknown>): CodeAction[] {
    const step = ctx.node && AstUtils.getContainerOfType(ctx.node, isStep);
    const to = typeof data.to === 'string' ? data.to : undefined;
    if (!step || !to) return [];
    const edit = replace(ctx, findNodeForProperty(step, 'time'), to);
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
    const lines = holidayTemplate(year, ctx.locale).map(l => `  ${l}`);
    const edit: TextEdit = before.trim() === ''
        ? { range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: `\n${lines.join('\n')}\n` }
        : { range: { start: at, end: at }, newText: `\n${lines.join('\n')}\n` };
    return quickFix(ctx, calendarFixTitle('insert-holidays', ctx.locale, { year }), [edit]);
}
