/** Rows of the tracking spec's csv and xlsx formats: one per property (an event without properties gets one row). */
import { type Locale, pick } from '../messages/locale.js';
import { KPI_COLUMNS, KPI_COLUMN_TITLES, TRACKING_COLUMNS, TRACKING_COLUMN_TITLES, label } from '../messages/outputs.js';
import { LIST_SEPARATOR } from './calendar-table.js';
import { type TrackingJson, type TrackingPropertyJson, targetText } from './tracking-json.js';

export function trackingHeader(locale: Locale): string[] {
    return TRACKING_COLUMNS.map(c => pick(TRACKING_COLUMN_TITLES[c], locale));
}

/** `string`, `datetime`, `enum("wechat", "alipay")`. */
export function typeText(p: TrackingPropertyJson): string {
    return p.type === 'enum' ? `enum(${(p.values ?? []).map(v => JSON.stringify(v)).join(', ')})` : p.type;
}

export function trackingRows(json: TrackingJson, locale: Locale): string[][] {
    const yes = label('yes', locale);
    const no = label('no', locale);
    const rows: string[][] = [];
    for (const e of json.events) {
        const head = [e.name, e.title, e.channels.join(LIST_SEPARATOR)];
        const kpis = e.kpis.join(LIST_SEPARATOR);
        if (!e.properties.length) {
            rows.push([...head, '', '', '', '', '', kpis]);
            continue;
        }
        for (const p of e.properties) {
            rows.push([...head, p.name, p.title ?? '', typeText(p), p.required ? yes : no, p.pii ? yes : no, kpis]);
        }
    }
    return rows;
}

export function kpiHeader(locale: Locale): string[] {
    return KPI_COLUMNS.map(c => pick(KPI_COLUMN_TITLES[c], locale));
}

export function kpiRows(json: TrackingJson): string[][] {
    return json.kpis.map(k => [
        k.name, k.title, k.formula ?? '', targetText(k.target), k.events.join(LIST_SEPARATOR), k.goals.join(LIST_SEPARATOR),
    ]);
}
