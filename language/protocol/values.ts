/**
 * The contract's plain values, without the answer shapes (so the webview script, which only
 * colours by them, does not bundle the schema library): the event types and the phase kinds.
 */
import { EVENT_TYPES, KIND_VALUES } from '../vocabulary/kinds.js';

export { EVENT_TYPES };
/** The phase kinds (the preview colours a phase by its kind). */
export const PHASE_KINDS: readonly string[] = Object.keys(KIND_VALUES.phase);
