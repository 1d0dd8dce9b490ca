/**
 * The tracking plan checked against real rows (REVIEW.md "tracking quality"): events no track
 * plans (unplanned), planned events with no row (missing), rows whose properties break the plan
 * (required absent, wrong type, value not in the enum), and rows that could not be read. Counted
 * per event and property with the first line number; unreadable rows keep their line numbers
 * (the first LISTED_LINES of each reason; the count is always complete).
 */
import type { PropertyTypeName } from '../generators/tracking-json.js';
import type { ActualsHeader, UnreadableReason } from './actuals.js';
import type { PlannedProperty } from './review-plan.js';

export const LISTED_LINES = 100;

/** The types are those of the one definition (shapes/review.ts). */
export type { QualityJson as Quality, ViolationProblem } from '../shapes/review.js';
import type { QualityJson as Quality, ViolationProblem } from '../shapes/review.js';

const CHECKS: Record<PropertyTypeName, (cell: string) => boolean> = {
    string: () => true,
    number: cell => cell.trim() !== '' && Number.isFinite(Number(cell)),
    integer: cell => /^\s*[-+]?\d+\s*$/.test(cell),
    boolean: cell => /^(true|false|0|1)$/i.test(cell.trim()),
    datetime: cell => /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.test(cell.trim())
        && !Number.isNaN(Date.parse(cell.trim().replace(' ', 'T'))),
    enum: () => true,
};

interface PlannedEvent {
    track: string;
    rows: number;
    properties: { planned: PlannedProperty; column: number }[];
}

export class TrackingQuality {
    private readonly planned = new Map<string, PlannedEvent>();
    private readonly unplanned = new Map<string, { rows: number; firstLine: number }>();
    private readonly violations = new Map<string, Quality['violations'][number]>();
    private readonly unreadables = new Map<UnreadableReason, { rows: number; lines: number[] }>();
    unreadableCount = 0;

    constructor(events: ReadonlyMap<string, { track: string; properties: PlannedProperty[] }>, header: ActualsHeader) {
        for (const [name, e] of events) {
            this.planned.set(name, { track: e.track, rows: 0, properties: e.properties.map(p => ({ planned: p, column: header.columns.indexOf(p.name) })) });
        }
    }

    unreadable(reason: UnreadableReason, line: number): void {
        this.unreadableCount++;
        let entry = this.unreadables.get(reason);
        if (!entry) this.unreadables.set(reason, entry = { rows: 0, lines: [] });
        entry.rows++;
        if (entry.lines.length < LISTED_LINES) entry.lines.push(line);
    }

    check(event: string, record: readonly string[], line: number): void {
        const planned = this.planned.get(event);
        if (!planned) {
            const u = this.unplanned.get(event);
            if (u) u.rows++;
            else this.unplanned.set(event, { rows: 1, firstLine: line });
            return;
        }
        planned.rows++;
        for (const { planned: p, column } of planned.properties) {
            const cell = column >= 0 ? record[column] : '';
            if (cell === '') {
                if (p.required) this.violation(event, p, 'required', line);
            } else if (p.type === 'enum' ? !p.values?.has(cell) : !CHECKS[p.type](cell)) {
                this.violation(event, p, p.type === 'enum' ? 'enum' : 'type', line);
            }
        }
    }

    private violation(event: string, p: PlannedProperty, problem: ViolationProblem, line: number): void {
        const key = `${event}\u0000${p.name}\u0000${problem}`;
        const v = this.violations.get(key);
        if (v) v.rows++;
        else this.violations.set(key, { event, property: p.name, problem, expected: p.type === 'enum' ? [...p.values ?? []].join('|') : p.type, rows: 1, firstLine: line });
    }

    result(): Quality {
        const byName = <T extends { event: string }>(a: T, b: T) => (a.event < b.event ? -1 : a.event > b.event ? 1 : 0);
        return {
            unplanned: [...this.unplanned].map(([event, u]) => ({ event, rows: u.rows, firstLine: u.firstLine })).sort(byName),
            missing: [...this.planned].filter(([, e]) => e.rows === 0).map(([event, e]) => ({ event, track: e.track })),
            violations: [...this.violations.values()].sort((a, b) => a.firstLine - b.firstLine),
            unreadable: [...this.unreadables].map(([problem, u]) => ({ problem, rows: u.rows, lines: u.lines })).sort((a, b) => a.lines[0] - b.lines[0]),
        };
    }

    /** Whether any row named a planned event (none: the file is probably another playbook's). */
    get anyPlanned(): boolean {
        for (const e of this.planned.values()) if (e.rows > 0) return true;
        return false;
    }

    get unplannedNames(): string[] {
        return [...this.unplanned.keys()];
    }
}
