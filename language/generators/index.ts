/**
 * Generators: pure functions from the schedule model of a playbook to the bytes of an output
 * format (README "Outputs"). They never compute dates: every date, time, id and owner comes from the
 * model; locale only changes human-facing texts (column titles, labels, weekday names).
 */
import type { Locale } from '../messages/locale.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { calendarIcs } from './calendar-ics.js';
import { calendarJson } from './calendar-json.js';
import { calendarMarkdown } from './calendar-md.js';
import { calendarHeader, calendarRows } from './calendar-table.js';
import { calendarXlsx } from './calendar-xlsx.js';
import { jsonBytes } from './common.js';
import { csvBytes } from './csv.js';
import { trackingJson } from './tracking-json.js';
import { trackingMarkdown } from './tracking-md.js';
import { trackingSchemaBytes } from './tracking-schema.js';
import { trackingHeader, trackingRows } from './tracking-table.js';
import { trackingXlsx } from './tracking-xlsx.js';

import type { CalendarFormat, OutputKind, TrackingFormat } from './formats.js';
export { BINARY_FORMATS, CALENDAR_FORMATS, DEFAULT_FORMAT, type CalendarFormat, type OutputKind, TRACKING_FORMATS, type TrackingFormat } from './formats.js';

export interface CalendarOptions {
    locale: Locale;
    /** Seconds since 1970 (reproducible-builds `SOURCE_DATE_EPOCH`): the creation time recorded in ics DTSTAMP and xlsx. */
    sourceDateEpoch?: number;
}

export interface TrackingOptions {
    locale: Locale;
    /** As for the calendar; only the xlsx format records a creation time. */
    sourceDateEpoch?: number;
}

export async function generateCalendar(model: PlaybookModel, format: CalendarFormat, options: CalendarOptions): Promise<Uint8Array> {
    switch (format) {
        case 'json': return jsonBytes(calendarJson(model));
        case 'ics': return calendarIcs(model, options.locale, options.sourceDateEpoch);
        case 'csv': return csvBytes(calendarHeader(options.locale), calendarRows(model, options.locale));
        case 'md': return calendarMarkdown(model, options.locale);
        case 'xlsx': return calendarXlsx(model, options.locale, options.sourceDateEpoch);
        default: throw new Error(`unknown calendar format '${String(format)}'`);
    }
}

export async function generateTracking(model: PlaybookModel, format: TrackingFormat, options: TrackingOptions): Promise<Uint8Array> {
    switch (format) {
        case 'json': return jsonBytes(trackingJson(model));
        case 'jsonschema': return trackingSchemaBytes(model);
        case 'csv': return csvBytes(trackingHeader(options.locale), trackingRows(trackingJson(model), options.locale));
        case 'md': return trackingMarkdown(model, options.locale);
        case 'xlsx': return trackingXlsx(model, options.locale, options.sourceDateEpoch);
        default: throw new Error(`unknown tracking format '${String(format)}'`);
    }
}

const EXTENSIONS: Record<OutputKind, Record<string, string>> = {
    calendar: { ics: 'ics', csv: 'csv', md: 'md', json: 'json', xlsx: 'xlsx' },
    tracking: { json: 'json', jsonschema: 'schema.json', md: 'md', csv: 'csv', xlsx: 'xlsx' },
};

/**
 * The file name extension of a format, without the leading dot (`ics`, `schema.json` …), as VS Code
 * save-dialog filters want it. Name a file `${playbook}.${kind === 'tracking' ? 'tracking.' : ''}${ext}`.
 */
export function fileExtension(kind: OutputKind, format: CalendarFormat | TrackingFormat): string {
    const ext = EXTENSIONS[kind]?.[format];
    if (!ext) throw new Error(`unknown ${kind} format '${format}'`);
    return ext;
}

/** The format a path's extension names (`plan.schema.json` → jsonschema), if any. */
export function formatFromPath(kind: OutputKind, path: string): CalendarFormat | TrackingFormat | undefined {
    const lower = path.toLowerCase();
    const entries = Object.entries(EXTENSIONS[kind]).sort((a, b) => b[1].length - a[1].length);
    for (const [format, ext] of entries) if (lower.endsWith(`.${ext}`)) return format as CalendarFormat | TrackingFormat;
    return undefined;
}

export { calendarJson, type CalendarJson, type CalendarEventJson, type CalendarPhaseJson } from './calendar-json.js';
export { trackingJson, type TrackingJson, type TrackingEventJson, type TrackingKpiJson, type TrackingPropertyJson } from './tracking-json.js';
export { trackingSchema } from './tracking-schema.js';
export { writeFileAtomic } from './write-atomic.js';
