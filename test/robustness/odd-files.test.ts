/**
 * Odd files on the command line (issue 11 §8): never exit 70, a hang or a stack trace. A file
 * not named `*.playbook`, a device, stdin, a FIFO, an unreadable subfolder: a clear message in
 * the user's language and exit 2. A reader that closes the pipe early: a quiet end.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE } from '../helpers/lsp-client.js';
import { CLI_BIN, hasStackTrace } from './harness.js';

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'playbook-odd-')); });
after(() => {
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], options: { input?: string; locale?: string } = {}) {
    const r = spawnSync(NODE, [CLI_BIN, ...args], {
        cwd: dir, encoding: 'utf8', timeout: 20_000, input: options.input ?? '',
        env: { ...process.env, LANG: options.locale ?? 'C', LC_ALL: '', PLAYBOOK_DEBUG: '' },
    });
    assert.equal(r.signal, null, `killed: ${args.join(' ')} hangs`);
    assert.ok(!hasStackTrace(r.stderr) && !/internal error/.test(r.stderr), r.stderr);
    return r;
}

const PLAYBOOK = 'playbook p "P" {\n  start 2026-01-05\n}\n';

describe('robustness: odd files on the command line', function () {
    this.timeout(60_000);

    it('a file not named *.playbook: exit 2, in English and in Chinese', () => {
        writeFileSync(join(dir, 'notes.txt'), PLAYBOOK);
        for (const command of [['validate'], ['calendar'], ['tracking']]) {
            const r = cli([...command, 'notes.txt']);
            assert.equal(r.status, 2, r.stderr);
            assert.match(r.stderr, /cannot read 'notes\.txt': the name does not end in \.playbook/);
        }
        const zh = cli(['validate', 'notes.txt'], { locale: 'zh_CN.UTF-8' });
        assert.equal(zh.status, 2);
        assert.match(zh.stderr, /无法读取“notes\.txt”：文件名不以 \.playbook 结尾/);
    });

    it('/dev/null, /dev/stdin, /dev/urandom: exit 2, nothing read', () => {
        for (const device of ['/dev/null', '/dev/stdin', '/dev/urandom']) {
            for (const command of ['validate', 'calendar']) {
                const r = cli([command, device], { input: PLAYBOOK });
                assert.equal(r.status, 2, `${command} ${device}: ${r.stderr}`);
                assert.match(r.stderr, /not a regular file/);
            }
        }
    });

    it('a FIFO given as a file (nobody writes to it): exit 2 at once, no hang', function () {
        const fifo = join(dir, 'pipe.playbook');
        if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
        const r = cli(['validate', fifo]);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /not a regular file/);
        // In a folder, a FIFO named *.playbook is not a playbook file: skipped.
        writeFileSync(join(dir, 'ok.playbook'), PLAYBOOK);
        const folder = cli(['validate', '.']);
        assert.ok(folder.status === 0 || folder.status === 1, folder.stderr);
    });

    it('an unreadable subfolder (EACCES): exit 2 naming it', function () {
        if (process.getuid?.() === 0) this.skip(); // root reads any folder
        const top = join(dir, 'top');
        mkdirSync(join(top, 'locked'), { recursive: true });
        writeFileSync(join(top, 'a.playbook'), PLAYBOOK);
        chmodSync(join(top, 'locked'), 0);
        const r = cli(['validate', top]);
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /cannot read '.*locked': permission denied/);
    });

    it('a reader that closes the pipe after the first line (validate … | head -1): a quiet end', async () => {
        const lines = ['playbook p "t" {', '  start 2026-01-05', '  phase a "A" days 3 {'];
        for (let i = 0; i < 3_000; i++) lines.push(`    step s${i} "S" day 1`);
        writeFileSync(join(dir, 'many.playbook'), `${lines.join('\n')}\n  }\n}\n`);
        for (const format of ['text', 'json', 'sarif']) {
            const child = spawn(NODE, [CLI_BIN, 'validate', 'many.playbook', '--format', format], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', d => { stderr += d; });
            child.stdout.once('data', () => child.stdout.destroy());
            const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve => child.on('exit', (c, s) => resolve([c, s])));
            assert.equal(signal, null);
            assert.ok(code === 0 || code === 1, `${format}: exit ${code}\n${stderr}`);
            assert.equal(stderr, '', `${format}: ${stderr}`);
        }
    });
});
