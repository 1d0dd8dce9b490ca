/**
 * The output formats, with no dependency: the CLI declares its commands from these without
 * loading the generators (start-up time; see language/cli/main.ts).
 */
export type CalendarFormat = 'ics' | 'csv' | 'md' | 'json' | 'xlsx';
export type TrackingFormat = 'json' | 'jsonschema' | 'md' | 'csv' | 'xlsx';
export const OUTPUT_KINDS = ['calendar', 'tracking'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const CALENDAR_FORMATS: readonly CalendarFormat[] = ['ics', 'csv', 'md', 'json', 'xlsx'];
export const TRACKING_FORMATS: readonly TrackingFormat[] = ['json', 'jsonschema', 'md', 'csv', 'xlsx'];
/** Binary formats: never written to stdout. */
export const BINARY_FORMATS: readonly string[] = ['xlsx'];
/** The format when neither `--format` nor an `-o` extension says. */
export const DEFAULT_FORMAT: Readonly<Record<OutputKind, CalendarFormat | TrackingFormat>> = { calendar: 'ics', tracking: 'json' };
