/**
 * The one generation path of the CLI (`playbook calendar|tracking|build`) and the language server
 * (`playbook.server.generate`): which documents' errors block generating, how `SOURCE_DATE_EPOCH`
 * is read, the bytes of a kind and format, and the file name the server writes. No LSP types, no
 * file system: the callers read and write.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { Locale } from '../messages/locale.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { importedDocuments } from '../references/imports.js';
import type { Diagnostic } from '../validation/diagnostic.js';
import { CALENDAR_FORMATS, type CalendarFormat, type OutputKind, TRACKING_FORMATS, type TrackingFormat } from './formats.js';
import { fileExtension, generateCalendar, generateTracking } from './index.js';

type DocumentDiagnostic = Diagnostic;

/**
 * `SOURCE_DATE_EPOCH` (reproducible builds) as whole seconds: undefined when unset or blank,
 * `'invalid'` when it is not 1–15 digits (surrounding blanks allowed).
 */
/** The last second `SOURCE_DATE_EPOCH` may name: 9999-12-31T23:59:59Z. */
export const MAX_EPOCH = 253_402_300_799;

export function parseSourceDateEpoch(raw: string | undefined): number | undefined | 'invalid' {
    if (raw === undefined || raw.trim() === '') return undefined;
    if (!/^\s*\d{1,15}\s*$/.test(raw)) return 'invalid';
    // At most 9999-12-31T23:59:59Z: a later stamp is no iCalendar or xlsx date (was exit 70).
    if (Number(raw.trim()) > MAX_EPOCH) return 'invalid';
    return Number(raw.trim());
}

/** An error diagnostic (no severity counts as an error, as LSP clients show it). */
export function isError(d: DocumentDiagnostic): boolean {
    return (d.severity ?? 1) === 1;
}

/** The documents whose errors stop generating `document`: itself and the files it imports (directly: imports are not transitive). */
export function blockingDocuments(document: LangiumDocument, documents: LangiumDocuments): LangiumDocument[] {
    return [document, ...importedDocuments(document, documents)];
}

/** The errors that stop generating `document`, per document that has some (the playbook first). */
export function blockingErrors(document: LangiumDocument, documents: LangiumDocuments): { document: LangiumDocument; errors: DocumentDiagnostic[] }[] {
    const out: { document: LangiumDocument; errors: DocumentDiagnostic[] }[] = [];
    for (const doc of blockingDocuments(document, documents)) {
        const errors = (doc.diagnostics ?? []).filter(isError);
        if (errors.length) out.push({ document: doc, errors });
    }
    return out;
}

/** Whether `format` is a format of `kind`. */
export function isFormatOf(kind: OutputKind, format: string): format is CalendarFormat | TrackingFormat {
    return (kind === 'calendar' ? CALENDAR_FORMATS : TRACKING_FORMATS as readonly string[]).includes(format);
}

export interface GenerateOptions {
    readonly locale: Locale;
    /** From parseSourceDateEpoch: the creation time recorded in ics and xlsx. */
    readonly sourceDateEpoch?: number;
}

/** The bytes of one output of a playbook. */
export function generateOutput(model: PlaybookModel, kind: OutputKind, format: CalendarFormat | TrackingFormat, options: GenerateOptions): Promise<Uint8Array> {
    return kind === 'calendar'
        ? generateCalendar(model, format as CalendarFormat, options)
        : generateTracking(model, format as TrackingFormat, options);
}

/** `<base>.<kind>.<ext>` for a playbook file's name (`launch.playbook` → `launch.calendar.ics`). */
export function outputFileName(playbookFileName: string, kind: OutputKind, format: CalendarFormat | TrackingFormat): string {
    const base = playbookFileName.replace(/\.playbook$/i, '');
    return `${base}.${kind}.${fileExtension(kind, format)}`;
}
