/** Formats diagnostics for `playbook validate`: text for people, json and sarif for machines. */
import { printable } from '../messages/printable.js';
import { validateSummary, validateSummaryClean } from '../messages/cli.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_CODES } from '../validation/diagnostic-codes.js';
import { docsUrl } from '../validation/docs-url.js';
import type { Locale } from '../messages/locale.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface FlatDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

const SEVERITY: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function flatten(file: string, diagnostics: readonly Diagnostic[]): FlatDiagnostic[] {
    return diagnostics.map(d => ({
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY[d.severity ?? 1] ?? 'error',
        code: String(d.code ?? 'parsing-error'),
        message: typeof d.message === 'string' ? d.message : d.message.value,
    }));
}

export function sortDiagnostics(list: FlatDiagnostic[]): FlatDiagnostic[] {
    return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function formatText(list: readonly FlatDiagnostic[], fileCount: number, locale: Locale): string {
    // File names and messages (import paths, names, zone strings) printed with control characters escaped.
    const lines = list.map(d => `${printable(d.file)}:${d.line}:${d.column} ${d.severity} ${printable(d.message)} [${d.code}]`);
    const count = (s: SeverityName) => list.filter(d => d.severity === s).length;
    const [e, w, i, h] = [count('error'), count('warning'), count('info'), count('hint')];
    lines.push(list.length === 0 ? validateSummaryClean(fileCount, locale) : validateSummary(fileCount, e, w, i, h, locale));
    return lines.join('\n') + '\n';
}

export function formatJson(list: readonly FlatDiagnostic[]): string {
    return JSON.stringify(list, null, 2) + '\n';
}

const SARIF_LEVEL: Record<SeverityName, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * Rule links in SARIF must be absolute URIs (SARIF §3.49.12; the SARIF validator's SARIF1002): a
 * published catalogue (`PLAYBOOK_DOCS_URL=https://…`) is linked; a `file:` link into this
 * installation would make the report differ per machine, and a relative `README.md#…` is no URI
 * there, so without a published catalogue a rule has no link (its description stays).
 */
export function sarifDocsUrl(code: string): string | undefined {
    const url = docsUrl(code);
    return /^https?:\/\//.test(url) ? url : undefined;
}

/**
 * Where a result is, as SARIF wants it (§3.4, the validator's SARIF1004): a path relative to the
 * folder the command ran in stays a relative reference with forward slashes; any other path is
 * an absolute `file:` URI.
 */
export function sarifUri(file: string, cwd: string = process.cwd()): string {
    const rel = isAbsolute(file) ? relative(cwd, file) : file;
    if (rel === '' || isAbsolute(rel) || rel.split(/[\\/]/)[0] === '..') return pathToFileURL(resolve(cwd, file)).href;
    return rel.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** A rule's name beside its id (`duplicate-name` → `DuplicateName`): SARIF keeps the id opaque and the name readable (SARIF1001). */
function ruleName(id: string): string {
    return id.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export function formatSarif(list: readonly FlatDiagnostic[], version: string): string {
    const ruleIds = Object.keys(DIAGNOSTIC_CODES);
    const information = sarifDocsUrl('catalogue')?.replace(/#.*$/, '');
    const sarif: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'playbook',
                    version,
                    ...(information ? { informationUri: information } : {}),
                    rules: ruleIds.map((id): ReportingDescriptor => {
                        const help = sarifDocsUrl(id);
                        return {
                            id,
                            name: ruleName(id),
                            shortDescription: { text: id.replace(/-/g, ' ') },
                            ...(help ? { helpUri: help } : {}),
                            defaultConfiguration: { level: SARIF_LEVEL[DIAGNOSTIC_CODES[id as keyof typeof DIAGNOSTIC_CODES]] },
                        };
                    }),
                },
            },
            results: list.map((d): Result => ({
                ruleId: d.code,
                ruleIndex: Math.max(0, ruleIds.indexOf(d.code)),
                level: SARIF_LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: sarifUri(d.file) },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
