/**
 * Where this installation's files are, for the Node hosts (the CLI's command bundle and worker, the
 * language server): the README that holds the rule catalogue. The core never reads the disk; the
 * hosts tell it (validation/docs-url.ts, `setDocsBase`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setDocsBase } from '../validation/docs-url.js';

/** The `file:` URL of the README of the `campaign-playbook` package this code runs from, if found. */
export function installedReadmeUrl(from: string = import.meta.url): string | undefined {
    let dir: string;
    try {
        dir = dirname(fileURLToPath(from));
    } catch {
        dir = process.cwd();
    }
    for (let i = 0; i < 6; i++) {
        const pkg = join(dir, 'package.json');
        if (existsSync(pkg)) {
            try {
                if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'campaign-playbook') {
                    // An installed .vsix holds the README as `readme.md` (vsce renames it).
                    const readme = ['README.md', 'readme.md'].map(n => join(dir, n)).find(f => existsSync(f)) ?? join(dir, 'README.md');
                    return pathToFileURL(readme).href;
                }
            } catch { /* keep looking */ }
        }
        dir = dirname(dir);
    }
    return undefined;
}

/** Points the core's documentation links at this installation's README (once per host start). */
export function useInstalledDocs(): void {
    const url = installedReadmeUrl();
    if (url) setDocsBase(url);
}
