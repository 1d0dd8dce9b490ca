import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let base: string | undefined;

/** Where the rule catalogue lives: `PLAYBOOK_DOCS_URL`, else the README of this installation. */
export function docsBase(): string {
    if (base !== undefined) return base;
    const fromEnv = process.env.PLAYBOOK_DOCS_URL;
    if (fromEnv) return (base = fromEnv);
    let dir: string;
    try {
        dir = dirname(fileURLToPath(import.meta.url));
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
                    return (base = pathToFileURL(readme).href);
                }
            } catch { /* keep looking */ }
        }
        dir = dirname(dir);
    }
    return (base = 'README.md');
}

/** The link of one code's entry in the rule catalogue. */
export function docsUrl(code: string): string {
    return `${docsBase()}#rule-${code}`;
}
