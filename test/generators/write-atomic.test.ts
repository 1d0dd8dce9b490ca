import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../language/generators/write-atomic.js';

describe('writeFileAtomic', () => {
    let dir: string;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'playbook-atomic-')); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('creates a file, and replaces an existing one keeping its permissions', async () => {
        const path = join(dir, 'out.ics');
        await writeFileAtomic(path, new TextEncoder().encode('first'));
        assert.equal(readFileSync(path, 'utf8'), 'first');
        chmodSync(path, 0o640);
        await writeFileAtomic(path, new TextEncoder().encode('第二'));
        assert.equal(readFileSync(path, 'utf8'), '第二');
        assert.equal(statSync(path).mode & 0o777, 0o640);
        assert.deepEqual(readdirSync(dir), ['out.ics'], 'no temporary file left');
    });

    it('fails without touching anything when the target is a directory or its folder is missing', async () => {
        const sub = join(dir, 'sub');
        mkdirSync(sub);
        writeFileSync(join(sub, 'keep'), 'x');
        await assert.rejects(writeFileAtomic(sub, new Uint8Array([1])), /EISDIR/);
        assert.equal(readFileSync(join(sub, 'keep'), 'utf8'), 'x');
        await assert.rejects(writeFileAtomic(join(dir, 'missing', 'out.csv'), new Uint8Array([1])), /ENOENT/);
        assert.deepEqual(readdirSync(dir).sort(), ['sub']);
    });
});
