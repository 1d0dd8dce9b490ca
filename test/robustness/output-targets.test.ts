/**
 * `-o` targets (issue 11 §4, §5, §9): never onto the playbook or a library it imports, through a
 * symbolic link to the regular file it names, never onto a device, FIFO or directory, long names
 * work, and a write interrupted by SIGINT/SIGTERM leaves no temporary file.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import {
    copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../generators/helpers.js';
import { NODE, ROOT } from '../helpers/lsp-client.js';
import { hasStackTrace, runCli } from './harness.js';

let dir: string;
let launch: string;
let shared: string;
let original: { launch: string; shared: string };

before(() => {
    dir = mkdtempSync(join(tmpdir(), 'playbook-targets-'));
    launch = join(dir, 'launch.playbook');
    shared = join(dir, 'shared.playbook');
    copyFileSync(join(FIXTURES, 'launch.playbook'), launch);
    copyFileSync(join(FIXTURES, 'shared.playbook'), shared);
    original = { launch: readFileSync(launch, 'utf8'), shared: readFileSync(shared, 'utf8') };
});
after(() => rmSync(dir, { recursive: true, force: true }));

function calendar(output: string, extra: string[] = []) {
    const r = runCli(['calendar', launch, '-o', output, ...extra], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.signal, null, `killed: a hang on ${output}?`);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
    return r;
}

function sourcesIntact(): void {
    assert.equal(readFileSync(launch, 'utf8'), original.launch);
    assert.equal(readFileSync(shared, 'utf8'), original.shared);
}

function noTemporaryFiles(folder = dir): void {
    assert.deepEqual(readdirSync(folder).filter(n => n.includes('.tmp')), []);
}

describe('robustness: -o targets', function () {
    this.timeout(120_000);

    it('refuses the playbook itself and an imported library, however spelled (exit 2)', () => {
        const link = join(dir, 'lib-link.ics');
        symlinkSync(shared, link);
        const hard = join(dir, 'hard.ics');
        linkSync(launch, hard);
        for (const target of ['launch.playbook', './launch.playbook', launch, 'shared.playbook', `${dir}/../${dir.split('/').pop()}/shared.playbook`, link, hard]) {
            const r = calendar(target, ['--format', 'ics']);
            assert.equal(r.status, 2, `${target}: ${r.stderr}`);
            // A .playbook name is refused as such (output-name.ts); another name for a source, as the source.
            assert.match(r.stderr, target.endsWith('.playbook') ? /refusing to write .*outputs never go to a \.playbook file/ : /refusing to write .*source file/);
            sourcesIntact();
        }
        const zh = runCli(['calendar', launch, '-o', launch, '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 2);
        assert.match(zh.stderr, /拒绝写入/);
        sourcesIntact();
        noTemporaryFiles();
    });

    it('writes through a symbolic link (also a dangling one) to the regular file; the link stays', () => {
        const target = join(dir, 'real.ics');
        const link = join(dir, 'link.ics');
        symlinkSync('real.ics', link);
        const r = calendar(link);
        assert.equal(r.status, 0, r.stderr);
        assert.ok(lstatSync(link).isSymbolicLink(), 'the link is kept');
        assert.match(readFileSync(target, 'utf8'), /^BEGIN:VCALENDAR/);
        const again = calendar(link, ['--format', 'csv']);
        assert.equal(again.status, 0);
        assert.ok(lstatSync(link).isSymbolicLink());
        assert.match(readFileSync(target, 'utf8'), /^\uFEFFdate,/);
        noTemporaryFiles();
    });

    it('refuses a device node, a FIFO (without hanging) and a directory (exit 2)', () => {
        const fifo = join(dir, 'pipe.ics');
        const made = spawnSync('mkfifo', [fifo]);
        const folder = join(dir, 'folder.ics');
        mkdirSync(folder);
        const targets = ['/dev/null', folder, ...(made.status === 0 ? [fifo] : [])];
        for (const target of targets) {
            const r = calendar(target, ['--format', 'ics']);
            assert.equal(r.status, 2, `${target}: ${r.stderr}`);
            assert.match(r.stderr, /cannot write/);
        }
        assert.ok(lstatSync('/dev/null').isCharacterDevice());
        if (made.status === 0) assert.ok(lstatSync(fifo).isFIFO());
        assert.deepEqual(readdirSync(folder), []);
        noTemporaryFiles();
    });

    it('a name of 250 bytes (the temporary name does not lengthen it)', () => {
        const name = `${'长'.repeat(80)}.ics`; // 240 + 4 bytes
        assert.ok(Buffer.byteLength(name) > 240 && Buffer.byteLength(name) <= 255);
        const r = calendar(name);
        assert.equal(r.status, 0, r.stderr);
        assert.ok(existsSync(join(dir, name)));
        noTemporaryFiles();
    });

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        it(`${signal} during a write leaves no temporary file and no output`, async () => {
            const folder = join(dir, `signal-${signal}`);
            mkdirSync(folder);
            const out = join(folder, 'out.ics');
            const script = `
                import { writeFileAtomic } from './language/generators/write-atomic.ts';
                await writeFileAtomic(${JSON.stringify(out)}, new Uint8Array(1 << 20), {
                    beforeRename: () => { process.stdout.write('ready\\n'); return new Promise(() => setInterval(() => {}, 1000)); },
                });`;
            const child = spawn(NODE, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', d => { stderr += d; });
            await new Promise<void>((resolve, reject) => {
                child.stdout.on('data', d => { if (String(d).includes('ready')) resolve(); });
                child.on('exit', () => reject(new Error(`exited before the write: ${stderr}`)));
            });
            assert.equal(readdirSync(folder).filter(n => n.endsWith('.tmp')).length, 1, 'the temporary file exists mid-write');
            const exit = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, s) => resolve(s)));
            child.kill(signal);
            assert.equal(await exit, signal, 'ends as the signal would');
            assert.deepEqual(readdirSync(folder), [], stderr);
        });
    }
});
