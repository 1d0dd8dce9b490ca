/** The catalogue of diagnostic codes: each code's severity. The README's rule catalogue explains each. */
import type { ValidationSeverity } from 'langium';

export const DIAGNOSTIC_CODES = {
    'duplicate-name': 'error',
    'missing-timeline': 'error',
    'day-out-of-range': 'error',
    'invalid-date': 'error',
    'asset-not-ready': 'error',
    'budget-mismatch': 'error',
    'kpi-cycle': 'error',
    'import-not-found': 'error',
    'unknown-kind': 'error',
    'missing-risk-plan': 'warning',
    'risk-without-response': 'warning',
    'uncovered-risk': 'info',
    'missing-tracking': 'warning',
    'goal-without-kpi': 'warning',
    'kpi-without-target': 'info',
    'missing-owner': 'warning',
    'short-warmup': 'warning',
    'phase-overlap': 'warning',
    'pii-without-consent': 'warning',
    'blackout-conflict': 'warning',
    'untracked-channel': 'info',
    'unused-declaration': 'hint',
    'no-review-phase': 'info',
    'duplicate-clause': 'warning',
    'kpi-type': 'error',
    'ignored-clause': 'warning',
    'dst-gap': 'warning',
    'duplicate-wire-name': 'warning',
    'control-character': 'warning',
    'replacement-character': 'error',
    // the real calendar (SCHEDULE.md)
    'timeline-conflict': 'error',
    'run-overlap': 'warning',
    'holiday-data-missing': 'warning',
    'no-occurrence': 'warning',
    'schedule-too-large': 'error',
    'due-on-day-off': 'warning',
    'step-on-holiday': 'info',
    'send-cap': 'warning',
    'quiet-hours': 'warning',
    // Langium's own: syntax errors and unresolved references.
    'lexing-error': 'error',
    'parsing-error': 'error',
    'linking-error': 'error',
} as const satisfies Record<string, ValidationSeverity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function severityOf(code: DiagnosticCode): ValidationSeverity {
    return DIAGNOSTIC_CODES[code];
}

