/**
 * Reading files as they were at a git revision, with the `git` program (child_process, no shell):
 * `playbook diff HEAD~1:plan.playbook plan.playbook`. Never parses `.git` by hand.
 *
 * Paths are relative to the current directory, like every other path on the command line
 * (`git show REV:./PATH` semantics), so `HEAD:plan.playbook` in a sub-folder means that folder's file.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { type FileSystemNode, type FileSystemProvider, URI } from 'langium';

export type GitFailure = 'no-git' | 'not-a-repository' | 'unknown-revision' | 'no-such-path' | 'not-a-file';

export class GitError extends Error {
    override readonly name = 'GitError';
    constructor(readonly reason: GitFailure, readonly detail: string) {
        super(`${reason}: ${detail}`);
    }
}

/** `REV:PATH` as a command-line argument: not an existing file, a colon, not a drive letter (`C:\…`). */
export function parseRevisionArg(arg: string, exists: (path: string) => boolean): { revision: string; path: string } | undefined {
    if (exists(arg)) return undefined;
    const colon = arg.indexOf(':');
    if (colon <= 0 || colon === arg.length - 1) return undefined;
    if (colon === 1 && /^[A-Za-z]:[\\/]/.test(arg)) return undefined;
    return { revision: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

function run(cwd: string, args: string[], maxBuffer = 256 * 1024 * 1024): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((done, fail) => {
        execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
            const err = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
            if (err && typeof err.code === 'string') {
                if (err.code === 'ENOENT') fail(new GitError('no-git', 'git'));
                else fail(err);
                return;
            }
            done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr: stderr.toString('utf8').trim() });
        });
    });
}

/** A repository at one revision: reads files by absolute path (inside the repository's work tree). */
export class GitRevision {
    private readonly cache = new Map<string, Promise<{ kind: 'blob' | 'tree'; text?: string } | undefined>>();

    private constructor(readonly root: string, readonly revision: string, readonly commit: string) {}

    /** A revision already resolved (by `open`, in another thread): `plain()` of it. */
    static resolved(at: { root: string; revision: string; commit: string }): GitRevision {
        return new GitRevision(at.root, at.revision, at.commit);
    }

    /** What `resolved` needs, as plain data (for a worker thread). */
    plain(): { root: string; revision: string; commit: string } {
        return { root: this.root, revision: this.revision, commit: this.commit };
    }

    /** Opens `revision` of the repository holding `cwd`; throws GitError when there is none. */
    static async open(cwd: string, revision: string): Promise<GitRevision> {
        const top = await run(cwd, ['rev-parse', '--show-toplevel']);
        if (top.code !== 0) throw new GitError('not-a-repository', cwd);
        const root = top.stdout.toString('utf8').trim();
        if (revision.startsWith('-')) throw new GitError('unknown-revision', revision);
        const commit = await run(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
        if (commit.code !== 0) throw new GitError('unknown-revision', revision);
        return new GitRevision(resolve(root), revision, commit.stdout.toString('utf8').trim());
    }

    /** The path of an absolute file inside the repository, as git names it (`/`-separated), or undefined outside it. */
    repoPath(absolute: string): string | undefined {
        const rel = relative(this.root, absolute);
        if (rel.startsWith('..') || resolve(this.root, rel) !== resolve(absolute)) return undefined;
        return rel.split(sep).join('/');
    }

    private lookup(absolute: string): Promise<{ kind: 'blob' | 'tree'; text?: string } | undefined> {
        let found = this.cache.get(absolute);
        if (!found) {
            found = (async () => {
                const path = this.repoPath(absolute);
                if (path === undefined) return undefined;
                const spec = `${this.commit}:${path}`;
                const type = await run(this.root, ['cat-file', '-t', spec]);
                if (type.code !== 0) return undefined;
                const kind = type.stdout.toString('utf8').trim();
                if (kind === 'tree') return { kind: 'tree' as const };
                if (kind !== 'blob') return undefined;
                const blob = await run(this.root, ['cat-file', 'blob', spec]);
                if (blob.code !== 0) return undefined;
                return { kind: 'blob' as const, text: blob.stdout.toString('utf8') };
            })();
            this.cache.set(absolute, found);
        }
        return found;
    }

    /** The text of a file at this revision; GitError `no-such-path` / `not-a-file` otherwise. */
    async read(absolute: string): Promise<string> {
        const found = await this.lookup(absolute);
        if (!found) throw new GitError('no-such-path', absolute);
        if (found.kind !== 'blob') throw new GitError('not-a-file', absolute);
        return found.text!;
    }

    async isFile(absolute: string): Promise<boolean> {
        return (await this.lookup(absolute))?.kind === 'blob';
    }
}

/**
 * What the language's import loader reads: the disk, or (`use(revision)`) a git revision. One
 * set of language services loads both versions of a diff one after the other.
 */
export class VersionFileSystem implements FileSystemProvider {
    private revision: GitRevision | undefined;

    constructor(private readonly disk: FileSystemProvider) {}

    use(revision: GitRevision | undefined): void {
        this.revision = revision;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        if (!this.revision) return this.disk.stat(uri);
        const isFile = await this.revision.isFile(uri.fsPath);
        if (!isFile) throw new GitError('no-such-path', uri.fsPath);
        return { isFile: true, isDirectory: false, uri };
    }

    async exists(uri: URI): Promise<boolean> {
        return this.revision ? this.revision.isFile(uri.fsPath) : this.disk.exists(uri);
    }

    async readFile(uri: URI): Promise<string> {
        return this.revision ? this.revision.read(uri.fsPath) : this.disk.readFile(uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.revision ? new TextEncoder().encode(await this.revision.read(uri.fsPath)) : this.disk.readBinary(uri);
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.revision ? [] : this.disk.readDirectory(uri);
    }

    // The synchronous variants are never used by the loaders; at a revision they would need a blocking git call.
    statSync(uri: URI): FileSystemNode {
        if (this.revision) throw new GitError('no-such-path', uri.fsPath);
        return this.disk.statSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.revision ? false : this.disk.existsSync(uri);
    }

    readFileSync(uri: URI): string {
        if (this.revision) throw new GitError('no-such-path', uri.fsPath);
        return this.disk.readFileSync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        if (this.revision) throw new GitError('no-such-path', uri.fsPath);
        return this.disk.readBinarySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return this.revision ? [] : this.disk.readDirectorySync(uri);
    }
}

export { URI };
