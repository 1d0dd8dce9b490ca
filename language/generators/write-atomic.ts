/**
 * Atomic file output: the data goes to a temporary file in the target's directory, which is
 * flushed and then renamed over the target. A failed or interrupted write never leaves a
 * half-written, emptied or deleted output; an existing file keeps its permissions.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    const dir = dirname(path);
    const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    let mode: number | undefined;
    try {
        const stat = await fs.stat(path);
        if (stat.isDirectory()) {
            const error = new Error(`EISDIR: illegal operation on a directory, open '${path}'`) as NodeJS.ErrnoException;
            error.code = 'EISDIR';
            throw error;
        }
        mode = stat.mode & 0o7777;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let handle: fs.FileHandle | undefined;
    try {
        handle = await fs.open(temp, 'wx', mode ?? 0o666);
        await handle.writeFile(data);
        await handle.sync();
        await handle.close();
        handle = undefined;
        if (mode !== undefined) await fs.chmod(temp, mode);
        await fs.rename(temp, path);
    } catch (error) {
        await handle?.close().catch(() => undefined);
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw error;
    }
}
