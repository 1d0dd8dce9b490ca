/**
 * The JSON Schemas shipped in language/generators/schemas/, made from the one definition of each
 * output shape. `npm run schemas` writes them (language/node/write-schemas.ts); test/shapes/ fails when a
 * shipped file differs from what this makes.
 */
import { Calendar } from './calendar.js';
import { Diff } from './diff.js';
import { Review } from './review.js';
import { Tracking } from './tracking.js';
import { schemaDocument } from './schema.js';

export const SCHEMA_FILES: Readonly<Record<string, Record<string, unknown>>> = {
    'calendar.schema.json': schemaDocument('calendar', 'Campaign playbook SOP calendar',
        'Output of `playbook calendar --format json`: the phases and the dated events (step occurrences, milestones, asset due dates, risk checkpoints) of one playbook, sorted by start (all-day before timed on the same date), then phase order, then order in the text.',
        Calendar),
    'tracking.schema.json': schemaDocument('tracking', 'Campaign playbook tracking spec',
        'Output of `playbook tracking --format json`: the tracking events (埋点) of a playbook and its imported libraries with their properties, the KPIs resting on them through ratios, KPI formulas, targets and goals.',
        Tracking),
    'diff.schema.json': schemaDocument('diff', 'Campaign playbook diff',
        'Output of `playbook diff --format json`: what changed between two versions of a playbook — events moved, added, removed or changed (matched by name, occurrences by position within their run), declarations, and tracking changes flagged when they break what the analytics side relies on.',
        Diff),
    'review.schema.json': schemaDocument('review', 'Campaign playbook review',
        'Output of `playbook review --format json`: the KPIs measured from an actuals CSV against their targets (in total, per phase, per run), goals, risk checkpoints, and the tracking quality of the file (unplanned events, missing events, property violations, unreadable rows).',
        Review),
};

/** A shipped file's text: two-space JSON and a final newline. */
export function schemaFileText(name: string): string {
    return JSON.stringify(SCHEMA_FILES[name], null, 2) + '\n';
}
