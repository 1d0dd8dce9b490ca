/** `playbook diff` through the real CLI: files, REV:PATH in a temporary git repository, exit codes, messages. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { BASE, SCHEDULE, TRACKING, TRACKING_SAFE, edit } from './pairs.js';

const LIBRARY = `library shared {
  channel mall "商城" kind mini_program
  track visit "访问" { on mall property page string required }
}
`;
const WITH_IMPORT = `import "./lib/shared.playbook"\n${edit(BASE, ['  kpi joins', '  kpi visits "访问数" = count visit\n  kpi joins'])}`;

describe('playbook diff (CLI)', function () {
    this.timeout(120_000);
    let repo: string;
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
    const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['diff', ...args], { cwd: repo, env });

    before(() => {
        repo = mkdtempSync(join(tmpdir(), 'playbook-diff-'));
        mkdirSync(join(repo, 'lib'));
        mkdirSync(join(repo, 'sub'));
        git('init', '-q', '-b', 'main');
        writeFileSync(join(repo, 'plan.playbook'), WITH_IMPORT);
        writeFileSync(join(repo, 'lib', 'shared.playbook'), LIBRARY);
        writeFileSync(join(repo, 'sub', 'other.playbook'), BASE);
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        // v2 in the work tree: the schedule moves, and the library drops a property (a breaking change seen only through the import).
        writeFileSync(join(repo, 'plan.playbook'), `import "./lib/shared.playbook"\n${edit(SCHEDULE, ['  kpi joins', '  kpi visits "访问数" = count visit\n  kpi joins'])}`);
        writeFileSync(join(repo, 'lib', 'shared.playbook'), LIBRARY.replace(' property page string required', ''));
        writeFileSync(join(repo, 'safe.playbook'), TRACKING_SAFE);
        writeFileSync(join(repo, 'breaking.playbook'), TRACKING);
        writeFileSync(join(repo, 'base.playbook'), BASE);
        writeFileSync(join(repo, 'broken.playbook'), BASE.replace('start 2026-10-12', 'start 2026-13-45'));
    });
    after(() => rmSync(repo, { recursive: true, force: true }));

    it('reads HEAD:PATH and its imports at that revision', () => {
        const r = cli(['HEAD:plan.playbook', 'plan.playbook', '--format', 'json']);
        assert.equal(r.status, 0, r.stderr);
        const d = JSON.parse(r.stdout);
        assert.deepEqual(d.summary, { moved: 5, added: 2, removed: 1, changed: 3, breaking: true });
        assert.deepEqual(d.tracking, [{ change: 'removed', event: 'visit', track: 'visit', title: '访问', property: 'page', required: true, old: 'string', breaking: true }]);
    });

    it('loads the second version in a worker thread when asked (PLAYBOOK_WORKERS=2): the same diff, md and json, and the same refusals', () => {
        for (const format of ['json', 'md']) {
            const inThread = cli(['HEAD:plan.playbook', 'plan.playbook', '--format', format], { PLAYBOOK_WORKERS: '2', PLAYBOOK_STRICT_WORKERS: '1' });
            const inMain = cli(['HEAD:plan.playbook', 'plan.playbook', '--format', format], { PLAYBOOK_WORKERS: '0' });
            assert.equal(inThread.status, 0, inThread.stderr);
            assert.equal(inThread.stdout, inMain.stdout);
            // The revision on the worker's side too.
            const reversed = cli(['plan.playbook', 'HEAD:plan.playbook', '--format', format], { PLAYBOOK_WORKERS: '2', PLAYBOOK_STRICT_WORKERS: '1' });
            assert.equal(reversed.stdout, cli(['plan.playbook', 'HEAD:plan.playbook', '--format', format], { PLAYBOOK_WORKERS: '0' }).stdout);
        }
        const broken = cli(['base.playbook', 'broken.playbook'], { PLAYBOOK_WORKERS: '2', PLAYBOOK_STRICT_WORKERS: '1' });
        assert.deepEqual([broken.status, broken.stderr], [1, cli(['base.playbook', 'broken.playbook'], { PLAYBOOK_WORKERS: '0' }).stderr]);
        assert.match(broken.stderr, /broken\.playbook has errors; no diff was made\./);
    });

    it('stops a worker started early when the diff ends in a usage error, or needs no thread after all', () => {
        // PLAYBOOK_WORKERS=2 starts the worker before the diff's code loads; each of these must still
        // end as without it (a worker left running would hold the process open: no exit status).
        for (const args of [['HEAD:plan.playbook', 'missing.playbook'], ['NOPE:plan.playbook', 'plan.playbook'], ['lib', 'plan.playbook']]) {
            const early = cli(args, { PLAYBOOK_WORKERS: '2' });
            const none = cli(args, { PLAYBOOK_WORKERS: '0' });
            assert.deepEqual([early.status, early.stderr], [2, none.stderr], args.join(' '));
        }
        // Small files without the variable: no early worker, the same diff.
        const small = cli(['base.playbook', 'safe.playbook', '--format', 'json']);
        assert.equal(small.status, 0, small.stderr);
        assert.equal(small.stdout, cli(['base.playbook', 'safe.playbook', '--format', 'json'], { PLAYBOOK_WORKERS: '0' }).stdout);
    });

    it('reads a path relative to the current folder', () => {
        const r = runCli(['diff', 'HEAD:other.playbook', 'other.playbook'], { cwd: join(repo, 'sub') });
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, 'No changes to the schedule, metrics or tracking.\n');
    });

    it('compares two revisions, and HEAD with itself', () => {
        const r = cli(['HEAD:plan.playbook', 'HEAD:plan.playbook']);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, 'No changes to the schedule, metrics or tracking.\n');
    });

    it('--fail-on-breaking: exit 1 on a breaking change, 0 on a safe one; the diff is written either way', () => {
        const bad = cli(['base.playbook', 'breaking.playbook', '--fail-on-breaking']);
        assert.equal(bad.status, 1);
        assert.match(bad.stdout, /^\*\*0 moved · 0 added · 0 removed · 1 changed · tracking: breaking\*\*\n/);
        assert.match(bad.stderr, /the tracking change is breaking/);
        const safe = cli(['base.playbook', 'safe.playbook', '--fail-on-breaking']);
        assert.equal(safe.status, 0, safe.stderr);
        assert.equal(cli(['base.playbook', 'breaking.playbook']).status, 0);
    });

    it('-o writes the file (format from the extension) and says so', () => {
        const out = join(repo, 'out.json');
        const r = cli(['HEAD:plan.playbook', 'plan.playbook', '-o', out]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /wrote .*out\.json \(5 moved · 2 added · 1 removed · 3 changed · tracking: breaking\)/);
    });

    it('exit 2: unknown revision, no such file at a revision, no such file (en and zh-CN)', () => {
        const unknown = cli(['NOPE~3:plan.playbook', 'plan.playbook']);
        assert.deepEqual([unknown.status, unknown.stdout, unknown.stderr], [2, '', "playbook: unknown git revision 'NOPE~3'\n"]);
        const missing = cli(['HEAD:safe.playbook', 'safe.playbook']);
        assert.deepEqual([missing.status, missing.stderr], [2, "playbook: 'safe.playbook' does not exist at revision HEAD\n"]);
        const folder = cli(['HEAD:lib', 'plan.playbook']);
        assert.deepEqual([folder.status, folder.stderr], [2, "playbook: 'lib' is a folder at revision HEAD, not a playbook file\n"]);
        const dirSide = cli(['lib', 'plan.playbook']);
        assert.deepEqual([dirSide.status, dirSide.stderr], [2, "playbook: 'lib' is a folder: give a playbook file (or REV:PATH for a git revision)\n"]);
        const nofile = cli(['nothing.playbook', 'plan.playbook']);
        assert.equal(nofile.status, 2);
        assert.match(nofile.stderr, /cannot read 'nothing\.playbook': no such file/);
        const zh = cli(['NOPE:plan.playbook', 'plan.playbook', '--locale', 'zh-CN']);
        assert.deepEqual([zh.status, zh.stderr], [2, 'playbook: git 中没有版本“NOPE”\n']);
        const zhMissing = cli(['HEAD:safe.playbook', 'safe.playbook'], { LANG: 'zh_CN.UTF-8' });
        assert.equal(zhMissing.stderr, 'playbook: 版本 HEAD 中不存在“safe.playbook”\n');
    });

    it('exit 2 outside a repository', () => {
        const dir = mkdtempSync(join(tmpdir(), 'playbook-nogit-'));
        try {
            writeFileSync(join(dir, 'a.playbook'), BASE);
            const r = runCli(['diff', 'HEAD:a.playbook', 'a.playbook'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
            assert.equal(r.status, 2);
            assert.match(r.stderr, /'HEAD:a\.playbook' names a git revision, but '.*' is not inside a git repository/);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('exit 1 when a version has errors: they are printed, no diff', () => {
        const r = cli(['base.playbook', 'broken.playbook']);
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^broken\.playbook:2:9 error /m);
        assert.match(r.stderr, /broken\.playbook has errors; no diff was made\./);
    });
});
