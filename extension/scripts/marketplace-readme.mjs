// The README of the .vsix (the Marketplace page and VS Code's extension page): the user README
// (extension/README.md) with the rule catalogue of the project's README in place of its
// `<!-- rule-catalogue -->` marker, so the diagnostics' links (`#rule-<code>`, language/validation/
// docs-url.ts) land on their entry in the installed extension. Written to dist/README.marketplace.md,
// which `npm run package` hands to vsce with --readme-path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export function marketplaceReadme(userReadme, projectReadme) {
    const start = projectReadme.indexOf('\n## Rule catalogue\n');
    if (start < 0) throw new Error('README.md has no "## Rule catalogue" section');
    const end = projectReadme.indexOf('\n## ', start + 1);
    const catalogue = projectReadme.slice(start + 1, end < 0 ? undefined : end).trimEnd();
    if (!userReadme.includes('<!-- rule-catalogue -->')) throw new Error('extension/README.md has no <!-- rule-catalogue --> marker');
    return userReadme.replace("<!-- rule-catalogue -->", catalogue).trimEnd() + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const root = new URL('../../', import.meta.url);
    const text = marketplaceReadme(readFileSync(new URL('extension/README.md', root), 'utf8'), readFileSync(new URL('README.md', root), 'utf8'));
    mkdirSync(new URL('dist/', root), { recursive: true });
    writeFileSync(new URL('dist/README.marketplace.md', root), text);
}
