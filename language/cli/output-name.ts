/**
 * What `-o` names, checked against what is written. `-o plan.xlsx --format csv`: the file would hold
 * one format under another's name, and a planner who double-clicks it gets spreadsheet software
 * refusing it; the output is still written (the format asked for wins) and stderr says so.
 * `-o plan.playbook`, or `-o` onto the actuals file a review reads: the generated text would replace
 * a plan or the data: a usage error, nothing written.
 */
import { promises as fs } from 'node:fs';
import type { Locale } from '../messages/locale.js';
import { generatorMessage } from '../messages/outputs.js';
import { writeTarget } from '../generators/write-atomic.js';
import { UsageError } from './usage-error.js';

/** The format family an output name's extension says (`schema.json` is json), if it names one. */
function familyOfName(path: string): string | undefined {
    return /\.(ics|csv|md|json|xlsx)$/i.exec(path)?.[1].toLowerCase();
}

/**
 * The warning line for an output whose name names another format than the one written, else
 * undefined. `explicit`: the format came from `--format` (else from the default, the name saying
 * a format the command does not write).
 */
export function outputNameWarning(path: string, format: string, explicit: boolean, locale: Locale): string | undefined {
    const named = familyOfName(path);
    const family = format === 'jsonschema' ? 'json' : format;
    if (named === undefined || named === family) return undefined;
    return `playbook: ${generatorMessage(explicit ? 'extensionMismatch' : 'extensionNotWritten', locale, path, named, format)}\n`;
}

/** `-o` onto a `.playbook` name: generated text is never a playbook (a typo in -o would replace a plan). */
export function refusePlaybookOutput(path: string, locale: Locale): void {
    if (/\.playbook$/i.test(path)) throw new UsageError(generatorMessage('outputIsPlaybook', locale, path));
}

/** Whether `output` (through links) is the existing file `input`. */
export async function sameFile(output: string, input: string): Promise<boolean> {
    try {
        const [a, b] = await Promise.all([fs.stat(await writeTarget(output)), fs.stat(input)]);
        return a.dev === b.dev && a.ino === b.ino;
    } catch {
        return false; // one of them does not exist: not the same file
    }
}
