/**
 * `-o plan.xlsx --format csv`: the file would hold one format under another's name, and a planner who
 * double-clicks it gets spreadsheet software refusing it. The output is still written (the format asked
 * for wins); this says so on stderr.
 */
import type { Locale } from '../messages/locale.js';
import { generatorMessage } from '../messages/outputs.js';

/** The format family an output name's extension says (`schema.json` is json), if it names one. */
function familyOfName(path: string): string | undefined {
    return /\.(ics|csv|md|json|xlsx)$/i.exec(path)?.[1].toLowerCase();
}

/** The warning line for an output whose name names another format than the one written, else undefined. */
export function outputNameWarning(path: string, format: string, locale: Locale): string | undefined {
    const named = familyOfName(path);
    const family = format === 'jsonschema' ? 'json' : format;
    if (named === undefined || named === family) return undefined;
    return `playbook: ${generatorMessage('extensionMismatch', locale, path, named, format)}\n`;
}
