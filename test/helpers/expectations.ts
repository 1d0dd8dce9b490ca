/**
 * Inline expectations for rule fixtures (after Safe-DS's data-driven rule tests).
 *
 * - `‹…›` marks an expected range; the markers are removed before the text is parsed.
 * - `// expect: <severity> <code>[; <severity> <code>…]` at the end of a line expects those
 *   diagnostics on the marked ranges of that line, in order (several expectations may share the
 *   line's last marker).
 * - `// expect-none: <code>[, <code>…]` anywhere: the file must not get that code (a near miss).
 * - `// ignore: <code>[, <code>…]`: diagnostics of these codes are not checked.
 * Every other diagnostic the file gets is a failure.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface ExpectedDiagnostic {
    line: number; // 0-based
    severity: string;
    code: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface Expectations {
    text: string;
    expected: ExpectedDiagnostic[];
    forbidden: Set<string>;
    ignored: Set<string>;
}

const OPEN = '‹';
const CLOSE = '›';

export function parseExpectations(source: string): Expectations {
    const lines = source.split('\n');
    const clean: string[] = [];
    const expected: ExpectedDiagnostic[] = [];
    const forbidden = new Set<string>();
    const ignored = new Set<string>();
    lines.forEach((raw, lineNo) => {
        const ranges: ExpectedDiagnostic['range'][] = [];
        let out = '';
        let open = -1;
        for (const ch of raw) {
            if (ch === OPEN) open = out.length;
            else if (ch === CLOSE) {
                ranges.push({ start: { line: lineNo, character: open }, end: { line: lineNo, character: out.length } });
                open = -1;
            } else out += ch;
        }
        clean.push(out);
        const expect = /\/\/\s*expect:\s*(.+)$/.exec(out);
        if (expect) {
            const items = expect[1].split(';').map(s => s.trim()).filter(Boolean);
            items.forEach((item, i) => {
                const [severity, code] = item.split(/\s+/);
                const range = ranges[Math.min(i, ranges.length - 1)];
                if (!range) throw new Error(`line ${lineNo + 1}: expectation '${item}' has no ‹marked› range`);
                expected.push({ line: lineNo, severity, code, range });
            });
        }
        const none = /\/\/\s*expect-none:\s*(.+)$/.exec(out);
        if (none) for (const c of none[1].split(',')) forbidden.add(c.trim());
        const ignore = /\/\/\s*ignore:\s*(.+)$/.exec(out);
        if (ignore) for (const c of ignore[1].split(',')) ignored.add(c.trim());
    });
    return { text: clean.join('\n'), expected, forbidden, ignored };
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function describeDiagnostic(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}`;
}

/** Compares diagnostics with the expectations; returns a list of problems (empty when all hold). */
export function checkExpectations(exp: Expectations, diagnostics: readonly Diagnostic[]): string[] {
    const problems: string[] = [];
    const remaining = [...diagnostics];
    for (const e of exp.expected) {
        const i = remaining.findIndex(d => d.code === e.code && SEVERITY[d.severity ?? 1] === e.severity
            && d.range.start.line === e.range.start.line && d.range.start.character === e.range.start.character
            && d.range.end.line === e.range.end.line && d.range.end.character === e.range.end.character);
        if (i < 0) {
            problems.push(`missing: line ${e.line + 1} ${e.severity} ${e.code} at ${e.range.start.character + 1}-${e.range.end.character + 1}`);
        } else {
            remaining.splice(i, 1);
        }
    }
    for (const d of remaining) {
        const code = String(d.code);
        if (exp.forbidden.has(code)) problems.push(`forbidden (near miss): ${describeDiagnostic(d)}`);
        else if (!exp.ignored.has(code)) problems.push(`unexpected: ${describeDiagnostic(d)}`);
    }
    return problems;
}
