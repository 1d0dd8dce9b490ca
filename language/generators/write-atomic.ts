/**
 * Atomic file output: the data goes to a temporary file in the target's directory, which is
 * flushed and then renamed over the target. A failed or interrupted write never leaves a
 * half-written, emptied or deleted output; an existing file keeps its permissions.
 *
 * - A symbolic link is written through: the regular file it points to is replaced, the link stays.
 * - Anything but a regular file (directory, device node, FIFO, socket) is refused (`EISDIR`,
 *   `ENOTREG`) and left alone: as root, `-o /dev/null` would otherwise replace the device.
 * - The temporary name is short and fixed in length (`.playbook-<pid>-<random>.tmp`), so an
 *   output name near the file-name limit does not fail on a suffix.
 * - On SIGINT, SIGTERM or SIGHUP during a write the temporary file is removed before the process
 *   ends with that signal.
 *
 * Why not the `write-file-atomic` package: its temporary name is the target's name plus a
 * suffix (fails on long names), and it replaces a special file like any other.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let handlersInstalled = false;

function removePending(): void {
    for (const temp of pending) rmSync(temp, { force: true });
    pending.clear();
}

/** While a temporary file exists, a terminating signal removes it first, then ends the process as that signal would. */
function installHandlers(): void {
    if (handlersInstalled) return;
    handlersInstalled = true;
    process.on('exit', removePending);
    for (const signal of SIGNALS) {
        const handler = () => {
            if (pending.size === 0 && process.listenerCount(signal) > 1) return; // someone else handles it
            removePending();
            for (const s of SIGNALS) process.removeListener(s, handlers.get(s)!);
            process.kill(process.pid, signal);
        };
        handlers.set(signal, handler);
        process.on(signal, handler);
    }
}
const handlers = new Map<NodeJS.Signals, () => void>();

function error(code: string, message: string): NodeJS.ErrnoException {
    const e = new Error(message) as NodeJS.ErrnoException;
    e.code = code;
    return e;
}

/** The path a write to `path` lands on: symbolic links followed (dangling ones too), at most 40 deep. */
export async function writeTarget(path: string): Promise<string> {
    let current = resolve(path);
    for (let hops = 0; hops < 40; hops++) {
        let stat;
        try {
            stat = await fs.lstat(current);
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current;
            throw e;
        }
        if (!stat.isSymbolicLink()) return current;
        const link = await fs.readlink(current);
        current = isAbsolute(link) ? link : resolve(dirname(current), link);
    }
    throw error('ELOOP', `ELOOP: too many symbolic links, '${path}'`);
}

export interface AtomicWriteOptions {
    /** Called when the temporary file is complete, before the rename (tests interrupt the write here). */
    beforeRename?: () => Promise<void>;
}

export async function writeFileAtomic(path: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
    const target = await writeTarget(path);
    let mode: number | undefined;
    try {
        const stat = await fs.stat(target);
        if (stat.isDirectory()) throw error('EISDIR', `EISDIR: illegal operation on a directory, open '${path}'`);
        if (!stat.isFile()) throw error('ENOTREG', `ENOTREG: not a regular file, '${path}'`);
        mode = stat.mode & 0o7777;
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const temp = join(dirname(target), `.playbook-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    installHandlers();
    let handle: fs.FileHandle | undefined;
    try {
        pending.add(temp);
        handle = await fs.open(temp, 'wx', mode ?? 0o666);
        await handle.writeFile(data);
        await handle.sync();
        await handle.close();
        handle = undefined;
        if (mode !== undefined) await fs.chmod(temp, mode);
        await options.beforeRename?.();
        await fs.rename(temp, target);
        pending.delete(temp);
    } catch (e) {
        await handle?.close().catch(() => undefined);
        await fs.rm(temp, { force: true }).catch(() => undefined);
        pending.delete(temp);
        throw e;
    }
}
