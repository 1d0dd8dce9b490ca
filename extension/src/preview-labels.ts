/**
 * The timeline preview's own labels (everything about the events comes from the server), given a
 * translator: `vscode.l10n` in the extension, the l10n bundles in the screenshot script. The calls
 * are spelled out one by one so that the manifest test finds every string to translate.
 * Pure: no `vscode` import.
 */
import type { PreviewLabels } from '../webview/layout.js';

export type Translate = (message: string, ...args: string[]) => string;

export function previewLabels(l10n: { t: Translate }): PreviewLabels {
    return {
        phases: l10n.t('Phases'),
        sop: l10n.t('Day by day'),
        allDay: l10n.t('all day'),
        noEvents: l10n.t('No steps, milestones or checkpoints yet.'),
        timezone: l10n.t('Time zone'),
        stale: l10n.t('The timeline below is out of date:'),
        legend: l10n.t('Legend'),
        // Templates: the webview fills in the counts (the placeholders pass through).
        runsShown: l10n.t('Runs 1–{0} of {1}', '{0}', '{1}'),
        showAllRuns: l10n.t('Show all {0} runs', '{0}'),
        showFirstRuns: l10n.t('Show the first {0} runs only', '{0}'),
        // Only for a server that sends no labels: the server's (language/messages/outputs.ts) are the ones shown.
        types: {
            step: l10n.t('SOP step'),
            milestone: l10n.t('milestone'),
            'asset-due': l10n.t('asset due'),
            checkpoint: l10n.t('risk checkpoint'),
        },
    };
}
