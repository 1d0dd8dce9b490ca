/**
 * Where the rule catalogue is, for the documentation link of every diagnostic. The core reads no
 * file: a host (the CLI, the language server: language/node/installation.ts) sets the base to its
 * installation's README; `PLAYBOOK_DOCS_URL` overrides it; `README.md` when nobody said.
 */
let base = 'README.md';

export function setDocsBase(url: string): void {
    base = url;
}

export function docsBase(): string {
    return process.env.PLAYBOOK_DOCS_URL || base;
}

/** The link of one code's entry in the rule catalogue. */
export function docsUrl(code: string): string {
    return `${docsBase()}#rule-${code}`;
}
