/**
 * Column titles of the workbooks people print and work from (xlsx), where they differ from the
 * machine tables (csv keeps `name`, `title` … and ids as they are): the calendar's phases sheet,
 * the tracking plan and its KPIs. Titles in the user's language; the id columns that engineers
 * need (wire names, property names, KPI ids in formulas) keep their ids.
 */
import type { Locale, Localized } from './locale.js';
import { pick } from './locale.js';
import type { KpiColumn, TrackingColumn } from './outputs.js';
import { TRACKING_COLUMN_TITLES } from './outputs.js';

export type XlsxPhaseColumn = 'title' | 'kind' | 'start' | 'end' | 'days' | 'id';

/** The run column of the phases sheet of a repeating playbook (first: a row per phase and run). */
export const XLSX_PHASE_RUN_TITLE: Localized = { en: 'Run', 'zh-CN': '期次' };

/** The phases sheet of the calendar workbook: titles first, the id last, for reference (as the events sheet). */
export const XLSX_PHASE_COLUMNS: readonly XlsxPhaseColumn[] = ['title', 'kind', 'start', 'end', 'days', 'id'];

export const XLSX_PHASE_COLUMN_TITLES: Readonly<Record<XlsxPhaseColumn, Localized>> = {
    title: { en: 'Phase', 'zh-CN': '阶段' },
    kind: { en: 'Kind', 'zh-CN': '阶段类型' },
    start: { en: 'Start', 'zh-CN': '开始日期' },
    end: { en: 'End', 'zh-CN': '结束日期' },
    days: { en: 'Days', 'zh-CN': '天数' },
    id: { en: 'ID', 'zh-CN': '标识（ID）' },
};

/** The 埋点方案 sheet: zh-CN as the csv (the sheets Chinese analytics teams use), English as people write it. */
export const XLSX_TRACKING_COLUMN_TITLES: Readonly<Record<TrackingColumn, Localized>> = {
    event: { en: 'Event (wire name)', 'zh-CN': TRACKING_COLUMN_TITLES.event['zh-CN'] },
    title: { en: 'Event title', 'zh-CN': TRACKING_COLUMN_TITLES.title['zh-CN'] },
    channels: { en: 'Fires on', 'zh-CN': TRACKING_COLUMN_TITLES.channels['zh-CN'] },
    property: { en: 'Property', 'zh-CN': TRACKING_COLUMN_TITLES.property['zh-CN'] },
    property_title: { en: 'Property title', 'zh-CN': TRACKING_COLUMN_TITLES.property_title['zh-CN'] },
    type: { en: 'Type', 'zh-CN': TRACKING_COLUMN_TITLES.type['zh-CN'] },
    required: { en: 'Required', 'zh-CN': TRACKING_COLUMN_TITLES.required['zh-CN'] },
    pii: { en: 'PII', 'zh-CN': TRACKING_COLUMN_TITLES.pii['zh-CN'] },
    kpis: { en: 'KPIs', 'zh-CN': TRACKING_COLUMN_TITLES.kpis['zh-CN'] },
};

export const XLSX_KPI_COLUMN_TITLES: Readonly<Record<KpiColumn, Localized>> = {
    name: { en: 'KPI ID', 'zh-CN': '指标标识（ID）' },
    title: { en: 'KPI', 'zh-CN': '指标名称' },
    formula: { en: 'Formula', 'zh-CN': '计算公式' },
    target: { en: 'Target', 'zh-CN': '目标值' },
    events: { en: 'Events (wire names)', 'zh-CN': '依赖事件' },
    goals: { en: 'Goals', 'zh-CN': '所属目标' },
};

export function sheetColumnTitle<K extends string>(titles: Readonly<Record<K, Localized>>, key: K, locale: Locale): string {
    return pick(titles[key], locale);
}

/** Title rows of the workbooks: `春茶上市 — 埋点方案 · 6 个事件，5 个指标`. */
export const SHEET_TITLES = {
    tracking: { en: '{0} — tracking plan · {1} events, {2} KPIs', 'zh-CN': '{0} — 埋点方案 · {1} 个事件，{2} 个指标' },
    phases: { en: '{0} — phases · {1} – {2}', 'zh-CN': '{0} — 阶段 · {1} – {2}' },
} as const satisfies Record<string, Localized>;

export function sheetTitleText(key: keyof typeof SHEET_TITLES, locale: Locale, ...args: (string | number)[]): string {
    return pick(SHEET_TITLES[key], locale).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
