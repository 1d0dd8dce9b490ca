/**
 * The architecture's rules that the code can check (ARCHITECTURE.md, "Invariants"):
 * - the core (model, validation, generators, messages, vocabulary, shapes, syntax, references, workspace,
 *   services, util, the core DI module) imports no LSP package, no `vscode`, nothing of
 *   language/lsp, language/cli or extension/;
 * - the extension's sources import nothing of the language but the client–server contract
 *   (language/protocol/contract.ts and its plain values, values.ts);
 * - no source file is longer than 400 lines.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../helpers/lsp-client.js';

const CORE = ['model', 'validation', 'generators', 'messages', 'vocabulary', 'shapes', 'syntax', 'references', 'workspace', 'services', 'util', 'authoring', 'review'];
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|langium)$/;
const MAX_LINES = 400;

function filesUnder(dir: string, out: string[] = []): string[] {
    for (const name of readdirSync(dir)) {
        if (name === 'node_modules' || name === 'generated' || name === 'dist' || name.startsWith('.')) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) filesUnder(path, out);
        else if (SOURCE.test(name)) out.push(path);
    }
    return out;
}

/** The module specifiers a file imports (static, dynamic, require, export … from, side-effect imports). */
function specifiers(text: string): string[] {
    const out: string[] = [];
    const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push(m[2]);
    return out;
}

/** Why `file` may not import `spec`, or undefined when it may. */
function coreViolation(file: string, spec: string): string | undefined {
    if (/^vscode-languageserver/.test(spec) || spec === 'langium/lsp' || spec === 'vscode' || spec === 'vscode-languageclient' || spec.startsWith('vscode-languageclient/')) {
        return 'an LSP / VS Code package';
    }
    if (!spec.startsWith('.')) return undefined;
    const target = relative(ROOT, resolve(dirname(file), spec));
    if (target.startsWith('language/lsp/') || target.startsWith('language/cli/') || target.startsWith('extension/')) return `${target} (not core)`;
    return undefined;
}

describe('architecture', () => {
    const language = join(ROOT, 'language');
    const coreFiles = [join(language, 'playbook-module.ts'), ...CORE.flatMap(d => filesUnder(join(language, d)))];

    it('finds the imports it checks (the scanner is not blind)', () => {
        assert.deepEqual(specifiers("import a from 'x';\nimport type { B } from \"../lsp/y.js\";\nexport * from './z.js';\nconst c = await import('vscode');\nrequire('w');\nimport './side.js';"),
            ['x', '../lsp/y.js', './z.js', 'vscode', 'w', './side.js']);
        assert.equal(coreViolation(join(language, 'model', 'a.ts'), 'vscode-languageserver-types'), 'an LSP / VS Code package');
        assert.match(coreViolation(join(language, 'model', 'a.ts'), '../lsp/formatter.js') ?? '', /not core/);
        assert.equal(coreViolation(join(language, 'model', 'a.ts'), '../syntax/cst.js'), undefined);
        assert.ok(coreFiles.length > 80, `${coreFiles.length} core files`);
    });

    it('keeps the core free of LSP, CLI and VS Code code', () => {
        const found: string[] = [];
        for (const file of coreFiles) {
            for (const spec of specifiers(readFileSync(file, 'utf8'))) {
                const why = coreViolation(file, spec);
                if (why) found.push(`${relative(ROOT, file)} imports '${spec}': ${why}`);
            }
        }
        assert.deepEqual(found, []);
    });

    it('keeps the core off the file system (the hosts read files; only the atomic write of an output is the generators\' own)', () => {
        const found: string[] = [];
        for (const file of coreFiles) {
            if (relative(ROOT, file).startsWith('language/authoring/') || relative(ROOT, file).startsWith('language/review/')) continue;
            if (specifiers(readFileSync(file, 'utf8')).some(spec => /^(node:)?fs(\/promises)?$/.test(spec))) found.push(relative(ROOT, file));
        }
        assert.deepEqual(found, ['language/generators/write-atomic.ts']);
    });

    it('keeps the extension a thin client: of the language it imports only the contract', () => {
        const found: string[] = [];
        let contract = 0;
        for (const file of filesUnder(join(ROOT, 'extension'))) {
            for (const spec of specifiers(readFileSync(file, 'utf8'))) {
                if (!spec.startsWith('.')) continue;
                const target = relative(ROOT, resolve(dirname(file), spec));
                if (target === 'language/protocol/contract.js') contract++;
                else if (target === 'language/protocol/values.js') continue;
                else if (target.startsWith('language/')) found.push(`${relative(ROOT, file)} imports ${target}`);
            }
        }
        assert.deepEqual(found, []);
        assert.ok(contract >= 4, `the extension imports the contract (${contract} files)`);
    });

    it(`has no source file over ${MAX_LINES} lines`, () => {
        const files = ['language', 'extension', 'test', 'bin'].flatMap(d => filesUnder(join(ROOT, d))).concat(join(ROOT, 'esbuild.mjs'));
        assert.ok(files.length > 200, `${files.length} files`);
        const long = files
            .map(f => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
            .filter(f => f.lines > MAX_LINES)
            .map(f => `${f.file}: ${f.lines} lines`);
        assert.deepEqual(long, []);
    });
});
