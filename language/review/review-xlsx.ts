/**
 * The 复盘报告 as a workbook: the Markdown's tables as sheets (titles first, numbers as numbers,
 * percentages and dates formatted; the ids in a last column for whoever joins with the json). A
 * repeating playbook's per-run sheet has a row per KPI and run: value, attainment, status.
 */
import { creationTime } from '../generators/common.js';
import { utcMidnight } from '../model/dates.js';
import { addTable, newWorkbook, workbookBytes } from '../generators/xlsx.js';
import type { Locale } from '../messages/locale.js';
import { type ReviewLabel, reviewLabel } from '../messages/review.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import type { ReviewJson } from './review-compute.js';
import { linesText, runsMetText, statusText, targetText, unreadableText, violationText } from './review-format.js';

const PERCENT = '0.0%';
const KPI_PERCENT = '0.00%';
const DATE = 'yyyy-mm-dd';

/**
 * A cell formatted as a percentage. A new style object: addTable's cells share one per column, so
 * setting `numFmt` on one would format the whole column.
 */
function percent(cell: ReturnType<ReturnType<typeof addTable>['getCell']>): void {
    cell.style = { ...cell.style, numFmt: KPI_PERCENT };
}

/** A cell value: a number as a number, nothing for null. */
const num = (v: number | null) => (v === null ? null : v);

export async function reviewXlsx(r: ReviewJson, locale: Locale, start: PlaybookModel['start'], sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime({ start } as PlaybookModel, sourceDateEpoch);
    const wb = await newWorkbook(created);
    wb.title = reviewLabel('reviewTitle', locale, r.title);
    const L = (key: ReviewLabel) => reviewLabel(key, locale);
    const status = (s: string | null) => statusText(s, locale, r.started);
    /** Rows of KPI values: a percent KPI's row formatted as percentages. */
    const percentRows = (sheet: ReturnType<typeof addTable>, from: number) => {
        r.kpis.forEach((k, i) => {
            if (!k.percent) return;
            const row = sheet.getRow(i + 2);
            for (let c = from; c <= sheet.columnCount; c++) percent(row.getCell(c));
        });
    };

    // A repeating playbook: targets per run, the actual the total over the runs, the attainment their mean, how many runs met.
    const perRun = r.kpis.some(k => k.byRunStatus);
    const kpis = addTable(wb, L('sheetKpis'), [
        { header: L('colKpi'), width: 22 }, { header: L('colTarget'), width: perRun ? 18 : 14 },
        { header: L(perRun ? 'colActualRuns' : 'colActual'), width: 14 }, { header: L(perRun ? 'colAttainmentRuns' : 'colAttainment'), width: 12, numFmt: PERCENT },
        { header: L('colStatus'), width: 12 }, ...(perRun ? [{ header: L('colRunsMet'), width: 18 }] : []), { header: L('colId'), width: 18 },
    ], r.kpis.map(k => [k.title, targetText(k, locale), num(k.actual), num(k.attainment), status(k.status), ...(perRun ? [runsMetText(k, locale)] : []), k.name]));
    r.kpis.forEach((k, i) => { if (k.percent) percent(kpis.getCell(i + 2, 3)); });

    if (r.phases.length) {
        const sheet = addTable(wb, L('sheetPhases'), [{ header: L('colKpi'), width: 22 }, ...r.phases.map(p => ({ header: p.title, width: 14 }))],
            r.kpis.map(k => [k.title, ...r.phases.map(p => num(k.byPhase[p.name]))]));
        percentRows(sheet, 2);
    }
    const runs = r.kpis[0]?.byRun ? Object.keys(r.kpis[0].byRun) : [];
    if (runs.length && perRun) {
        // A row per KPI and run (filters and pivot tables take it as it is): the value, its attainment and status.
        const rows = r.kpis.flatMap(k => runs.map(d => [k.title, utcMidnight(d), num(k.byRun![d]), num(k.byRunAttainment?.[d] ?? null), status(k.byRunStatus?.[d] ?? null), k.name]));
        const sheet = addTable(wb, L('sheetRuns'), [
            { header: L('colKpi'), width: 22 }, { header: L('colRun'), width: 14, numFmt: DATE }, { header: L('colActual'), width: 14 },
            { header: L('colAttainment'), width: 12, numFmt: PERCENT }, { header: L('colStatus'), width: 12 }, { header: L('colId'), width: 18 },
        ], rows);
        r.kpis.forEach((k, i) => { if (k.percent) runs.forEach((_, j) => percent(sheet.getCell(2 + i * runs.length + j, 3))); });
    } else if (runs.length) {
        const sheet = addTable(wb, L('sheetRuns'), [{ header: L('colKpi'), width: 22 }, ...runs.map(d => ({ header: d, width: 14 }))],
            r.kpis.map(k => [k.title, ...runs.map(d => num(k.byRun![d]))]));
        percentRows(sheet, 2);
    }
    addTable(wb, L('sheetGoals'), [{ header: L('colGoal'), width: 24 }, { header: L('colStatus'), width: 12 }, { header: L('colId'), width: 18 }],
        r.goals.map(g => [g.title, status(g.status), g.name]));
    const titleOf = new Map(r.kpis.map(k => [k.name, k.title]));
    const percentOf = new Map(r.kpis.map(k => [k.name, k.percent]));
    const checkpoints = addTable(wb, L('sheetCheckpoints'), [
        { header: L('colRisk'), width: 24 }, { header: L('colKpi'), width: 22 }, { header: L('colDate'), width: 12, numFmt: DATE },
        { header: L('colActual'), width: 14 }, { header: L('colThreshold'), width: 14 }, { header: L('colCheckStatus'), width: 12 },
        { header: L('colId'), width: 18 },
    ], r.checkpoints.map(c => [c.title, titleOf.get(c.kpi) ?? c.kpi, utcMidnight(c.date), num(c.actual), num(c.threshold), statusText(c.status, locale), c.risk]));
    r.checkpoints.forEach((c, i) => {
        if (!percentOf.get(c.kpi)) return;
        percent(checkpoints.getCell(i + 2, 4));
        percent(checkpoints.getCell(i + 2, 5));
    });

    const q = r.tracking;
    const rows: (string | number)[][] = [];
    for (const u of q.unplanned) rows.push([L('unplanned'), u.event, '', '', u.rows, u.firstLine]);
    for (const m of q.missing) rows.push([L('missing'), m.event, '', '', 0, '']);
    for (const v of q.violations) rows.push([L('violations'), v.event, v.property, violationText(v.problem, v.expected, locale), v.rows, v.firstLine]);
    // One line is a number, as the other rows' first lines (no "number stored as text" flag); several are a list.
    for (const u of q.unreadable) rows.push([L('unreadable'), '', '', unreadableText(u.problem, locale), u.rows, u.rows === 1 && u.lines.length === 1 ? u.lines[0] : linesText(u.lines, u.rows)]);
    addTable(wb, L('sheetQuality'), [
        { header: L('qualitySection'), width: 24 }, { header: L('colEvent'), width: 20 }, { header: L('colProperty'), width: 18 },
        { header: L('colProblem'), width: 24 }, { header: L('colRows'), width: 10 }, { header: L('colLines'), width: 30 },
    ], rows);
    return workbookBytes(wb, created);
}
