/**
 * `playbook validate --format sarif` read by Microsoft's SARIF validator (the SARIF SDK's Multitool,
 * an npm devDependency with the official 2.1.0 schema): the schema and the validator's rules (URIs,
 * rule names), for relative and absolute paths and a published rule catalogue. The validator is a
 * native program per platform; where npm installed none, the test says so and skips.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { sarifUri } from '../../language/cli/reporters.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lsp-client.js';

/** The validator's program, executable; undefined where npm installed none for this platform. */
function multitool(): string | undefined {
    let exe: string;
    try {
        exe = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
        accessSync(exe);
    } catch {
        return undefined;
    }
    try {
        accessSync(exe, constants.X_OK);
    } catch {
        chmodSync(exe, 0o755); // its postinstall (chmod u+x) did not run: npm may hold back install scripts
    }
    return exe;
}

/** The validator's findings (rule id, level, message) for a SARIF file. */
function validate(exe: string, file: string, dir: string): string[] {
    const out = join(dir, 'validation.sarif');
    rmSync(out, { force: true });
    const r = spawnSync(exe, ['validate', file, '-o', out], {
        encoding: 'utf8', timeout: 120_000,
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    assert.equal(r.error, undefined, `the validator runs: ${r.error?.message}`);
    const log = JSON.parse(readFileSync(out, 'utf8')) as Log;
    const failures = (log.runs[0].invocations ?? []).filter(i => !i.executionSuccessful);
    assert.deepEqual(failures.map(f => JSON.stringify(f.toolExecutionNotifications)), [], r.stdout);
    // A result without a level is a warning (SARIF §3.27.10).
    return (log.runs[0].results ?? []).filter(x => x.level !== 'note' && x.level !== 'none')
        .map(x => `${x.ruleId} ${x.level ?? 'warning'} ${x.message.text ?? x.message.arguments?.join(' ')}`);
}

describe('playbook validate --format sarif, read by the SARIF validator', function () {
    this.timeout(300_000);
    let dir: string;
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-sarif-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('passes the schema and the rules: relative and absolute paths; with a published catalogue, no finding at all', function () {
        const exe = multitool();
        if (!exe) this.skip(); // no validator for this platform (npm installs Linux, macOS and Windows ones)
        const outside = join(dir, '预热 outside.playbook');
        writeFileSync(outside, readFileSync(join(ROOT, 'docs', 'mistakes', 'flawed.playbook'), 'utf8').replace(/^import .*$/m, ''));
        const runs: [string, string[], NodeJS.ProcessEnv][] = [
            ['relative', ['docs/mistakes/flawed.playbook', 'test/fixtures/generators'], {}],
            // Under the working folder (a relative reference) and outside it (a file: URI).
            ['absolute', [join(ROOT, 'docs', 'mistakes', 'flawed.playbook'), outside], {}],
            ['catalogue', ['docs/mistakes/flawed.playbook'], { PLAYBOOK_DOCS_URL: 'https://example.com/playbook/README.md' }],
        ];
        for (const [name, paths, env] of runs) {
            const r = runCli(['validate', '--format', 'sarif', ...paths], { env });
            assert.ok(r.stdout.startsWith('{'), `${name}: ${r.stderr}`);
            const log = JSON.parse(r.stdout) as Log;
            assert.ok((log.runs[0].results ?? []).length > 0, `${name}: there are results to check`);
            const file = join(dir, `${name}.sarif`);
            writeFileSync(file, r.stdout);
            // Without a published catalogue the tool has no absolute informationUri to give (a file: link
            // would differ per machine): the validator's one note-worthy warning, and nothing else.
            const expected = name === 'catalogue' ? [] : ["SARIF2005 warning runs[0].tool.driver playbook"];
            assert.deepEqual(validate(exe!, file, dir), expected, name);
            if (name === 'absolute') {
                const uris = new Set((log.runs[0].results ?? []).map(x => x.locations![0].physicalLocation!.artifactLocation!.uri));
                assert.deepEqual([...uris].sort(), ['docs/mistakes/flawed.playbook', pathToFileURL(outside).href]);
            }
            if (name === 'catalogue') assert.equal(log.runs[0].tool.driver.rules![0].helpUri, 'https://example.com/playbook/README.md#rule-duplicate-name');
        }
        // A near miss: the validator does see the mistakes this output used to make.
        const old = JSON.parse(runCli(['validate', '--format', 'sarif', 'docs/mistakes/flawed.playbook']).stdout) as Log;
        old.runs[0].tool.driver.rules![0].name = old.runs[0].tool.driver.rules![0].id;
        old.runs[0].tool.driver.rules![0].helpUri = 'README.md#rule-duplicate-name';
        old.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri = '/abs/flawed.playbook';
        writeFileSync(join(dir, 'old.sarif'), JSON.stringify(old));
        const found = validate(exe!, join(dir, 'old.sarif'), dir).map(f => f.split(' ').slice(0, 2).join(' '));
        assert.deepEqual([...new Set(found)].sort(), ['SARIF1001 warning', 'SARIF1002 error', 'SARIF1004 error', 'SARIF2005 warning']);
    });

    it('names files by relative references under the working folder and by file: URIs elsewhere', () => {
        const cwd = join(tmpdir(), 'work');
        assert.equal(sarifUri('campaigns/双11 预热.playbook', cwd), 'campaigns/%E5%8F%8C11%20%E9%A2%84%E7%83%AD.playbook');
        assert.equal(sarifUri(join(cwd, 'a', 'b.playbook'), cwd), 'a/b.playbook');
        assert.equal(sarifUri(join(tmpdir(), 'other', 'c.playbook'), cwd), pathToFileURL(join(tmpdir(), 'other', 'c.playbook')).href);
        assert.equal(sarifUri('../up.playbook', cwd), pathToFileURL(join(tmpdir(), 'up.playbook')).href);
    });
});
