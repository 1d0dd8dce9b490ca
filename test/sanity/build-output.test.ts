/**
 * What a newcomer sees when building (issue 10, "A newcomer's first hour"): nothing alarming.
 * - `npm run langium:generate`, run through npm as `npm run build` runs it, prints its three
 *   progress lines and nothing else: no Langium grammar warning (every clause a declaration may
 *   write more than once is a list, `+=`, read through language/syntax/clauses.ts, so Langium's
 *   "multiple assignments … data loss" check has nothing to say) and no npm warning (no
 *   EBADENGINE: package.json declares no `engines.node`, test/extension/manifest.test.ts).
 * - A grammar with a repeatable clause assigned with `=` does make Langium warn (the check above
 *   can fail).
 * - esbuild has nothing to warn about in any bundle.
 * The generator writes into a temporary folder and the bundles stay in memory: the checkout is
 * not touched.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE, ROOT } from '../helpers/lsp-client.js';

const GRAMMAR = join(ROOT, 'language', 'grammar', 'playbook.langium');
const LANGIUM = join(ROOT, 'node_modules', 'langium-cli', 'bin', 'langium.js');

/** A langium-config.json for `grammar` that generates into `dir`. */
function configFor(dir: string, grammar: string): string {
    const project = JSON.parse(readFileSync(join(ROOT, 'langium-config.json'), 'utf8')) as { languages: { grammar: string }[] };
    const config = { ...project, languages: project.languages.map(l => ({ ...l, grammar })), out: join(dir, 'generated') };
    const path = join(dir, 'langium-config.json');
    writeFileSync(path, JSON.stringify(config));
    return path;
}

/** Output lines that are neither empty nor the npm script banner (`> name@version script`, `> command`). */
function printed(output: string): string[] {
    return output.split(/\r?\n/).map(l => l.trim()).filter(l => l !== '' && !l.startsWith('> '));
}

describe('build output', function () {
    this.timeout(180_000);
    let dir: string;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'playbook-build-')); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('npm run langium:generate prints its progress and nothing else (no grammar warning, no npm warning)', () => {
        const config = configFor(dir, GRAMMAR);
        // The update notifier is npm's own weekly notice about npm, not about this project.
        const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' };
        const r = spawnSync('npm', ['run', 'langium:generate', '--', '--file', config], { cwd: ROOT, env, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const lines = printed(`${r.stdout}\n${r.stderr}`);
        assert.ok(lines.some(l => /Langium generator finished successfully/.test(l)), lines.join('\n'));
        const expected = [/^Reading config from /, /^Writing generated files to /, /^\[[0-9:]+\] Langium generator finished successfully in \d+ms$/];
        assert.deepEqual(lines.filter(l => !expected.some(re => re.test(l))), [], 'unexpected build output');
        assert.ok(readFileSync(join(dir, 'generated', 'ast.ts'), 'utf8').includes('export interface Playbook'));
    });

    it('a repeatable clause assigned with `=` makes Langium warn (what the check above looks for)', () => {
        const grammar = readFileSync(GRAMMAR, 'utf8');
        assert.ok(grammar.includes("'start' start+=DATE"), 'the near miss edits the playbook start clause');
        const broken = join(dir, 'broken.langium');
        writeFileSync(broken, grammar.replace("'start' start+=DATE", "'start' start=DATE"));
        const r = spawnSync(NODE, [LANGIUM, 'generate', '--file', configFor(dir, broken)], { cwd: ROOT, encoding: 'utf8' });
        assert.match(`${r.stdout}${r.stderr}`, /Found multiple assignments to 'start' with the '=' assignment operator/);
    });

    it('esbuild has no warning for any bundle', async () => {
        type Options = Record<string, unknown>;
        const { builds, common } = await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href) as { builds: Options[]; common: Options };
        const esbuild = await import('esbuild');
        assert.ok(builds.length >= 5);
        for (const b of builds) {
            const result = await esbuild.build({ ...common, ...b, write: false, logLevel: 'silent', absWorkingDir: ROOT });
            assert.deepEqual(result.warnings.map(w => w.text), [], JSON.stringify(b.entryPoints));
            assert.ok(result.outputFiles && result.outputFiles.length > 0);
        }
    });
});
