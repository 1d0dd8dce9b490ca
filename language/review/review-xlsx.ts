/** The 复盘报告 as a workbook: the Markdown's tables as sheets (numbers as numbers, percentages formatted). */
import { creationTime } from '../generators/common.js';
import { addTable, newWorkbook, workbookBytes } from '../generators/xlsx.js';
import type { Locale } from '../messages/locale.js';
import { type ReviewLabel, reviewLabel } from '../messages/review.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import type { ReviewJson } from './review-compute.js';
import { linesText, statusText, targetText, unreadableText, violationText } from './review-format.js';

const PERCENT = '0.0%';

/** A cell value: a number as a number, nothing for null. */
const num = (v: number | null) => (v === null ? null : v);

export async function reviewXlsx(r: ReviewJson, locale: Locale, start: PlaybookModel['start'], sourceDateEpoch?: number): Promise<Uint8Array> {
    const created = creationTime({ start } as PlaybookModel, sourceDateEpoch);
    const wb = await newWorkbook(created);
    wb.title = reviewLabel('reviewTitle', locale, r.title);
    const L = (key: ReviewLabel) => reviewLabel(key, locale);

    const kpis = addTable(wb, L('sheetKpis'), [
        { header: L('colKpi'), width: 18 }, { header: L('colName'), width: 20 }, { header: L('colTarget'), width: 14 },
        { header: L('colActual'), width: 14 }, { header: L('colAttainment'), width: 12, numFmt: PERCENT }, { header: L('colStatus'), width: 12 },
    ], r.kpis.map(k => [k.name, k.title, targetText(k), num(k.actual), num(k.attainment), statusText(k.status, locale)]));
    r.kpis.forEach((k, i) => { if (k.percent) kpis.getCell(i + 2, 4).numFmt = '0.00%'; });

    const phases = r.kpis.length ? Object.keys(r.kpis[0].byPhase) : [];
    if (phases.length) {
        const sheet = addTable(wb, L('sheetPhases'), [{ header: L('colKpi'), width: 18 }, ...phases.map(p => ({ header: p, width: 14 }))],
            r.kpis.map(k => [k.name, ...phases.map(p => num(k.byPhase[p]))]));
        r.kpis.forEach((k, i) => { if (k.percent) sheet.getRow(i + 2).numFmt = '0.00%'; });
    }
    const runs = r.kpis[0]?.byRun ? Object.keys(r.kpis[0].byRun) : [];
    if (runs.length) {
        addTable(wb, L('sheetRuns'), [{ header: L('colKpi'), width: 18 }, ...runs.map(d => ({ header: d, width: 14 }))],
            r.kpis.map(k => [k.name, ...runs.map(d => num(k.byRun![d]))]));
    }
    addTable(wb, L('sheetGoals'), [{ header: L('colGoal'), width: 18 }, { header: L('colName'), width: 24 }, { header: L('colStatus'), width: 12 }],
        r.goals.map(g => [g.name, g.title, statusText(g.status, locale)]));
    addTable(wb, L('sheetCheckpoints'), [
        { header: L('colRisk'), width: 18 }, { header: L('colKpi'), width: 18 }, { header: L('colDate'), width: 12 },
        { header: L('colActual'), width: 14 }, { header: L('colThreshold'), width: 14 }, { header: L('colCheckStatus'), width: 12 },
    ], r.checkpoints.map(c => [c.risk, c.kpi, c.date, num(c.actual), num(c.threshold), statusText(c.status, locale)]));

    const q = r.tracking;
    const rows: (string | number)[][] = [];
    for (const u of q.unplanned) rows.push([L('unplanned'), u.event, '', '', u.rows, String(u.firstLine)]);
    for (const m of q.missing) rows.push([L('missing'), m.event, '', '', 0, '']);
    for (const v of q.violations) rows.push([L('violations'), v.event, v.property, violationText(v.problem, v.expected, locale), v.rows, String(v.firstLine)]);
    for (const u of q.unreadable) rows.push([L('unreadable'), '', '', unreadableText(u.problem, locale), u.rows, linesText(u.lines, u.rows)]);
    addTable(wb, L('sheetQuality'), [
        { header: L('qualitySection'), width: 24 }, { header: L('colEvent'), width: 20 }, { header: L('colProperty'), width: 18 },
        { header: L('colProblem'), width: 24 }, { header: L('colRows'), width: 10 }, { header: L('colLines'), width: 30 },
    ], rows);
    return workbookBytes(wb, created);
}
