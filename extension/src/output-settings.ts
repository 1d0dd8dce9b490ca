/**
 * Settings → generate parameters, as pure functions (no `vscode` import) so they are unit-tested.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { CALENDAR_FORMATS, DEFAULT_FORMAT, type OutputKind, TRACKING_FORMATS } from '../../language/protocol/contract.js';

/**
 * Where outputs go. Empty setting: undefined (the server writes next to the playbook). An absolute
 * path is used as it is; `~/…` is the home folder; anything else is relative to the playbook's
 * workspace folder, or to the playbook's own folder when it is in none.
 */
export function resolveOutputDirectory(
    setting: string | undefined | null,
    playbookFile: string,
    workspaceFolder: string | undefined,
    home: string = os.homedir(),
): string | undefined {
    const value = (setting ?? '').trim();
    if (!value) return undefined;
    if (value === '~' || value.startsWith('~/') || value.startsWith('~\\')) {
        return path.normalize(path.join(home, value.slice(1)));
    }
    if (path.isAbsolute(value)) return path.normalize(value);
    const base = workspaceFolder ?? path.dirname(playbookFile);
    return path.resolve(base, value);
}

/** The format to ask for: the setting when it is one the kind supports, else the default. */
export function formatFor(kind: OutputKind, setting: string | undefined | null): string {
    const allowed: readonly string[] = kind === 'calendar' ? CALENDAR_FORMATS : TRACKING_FORMATS;
    const value = (setting ?? '').trim().toLowerCase();
    if (allowed.includes(value)) return value;
    return DEFAULT_FORMAT[kind];
}

/** Formats VS Code shows as text; others (xlsx) open with the system's program. */
export function isTextFormat(format: string): boolean {
    return format !== 'xlsx';
}
