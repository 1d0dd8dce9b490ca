/** Runs the real CLI (bin/playbook.cjs on the pinned Node) as a child process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, NODE } from './lsp-client.js';

export const CLI_BIN = join(ROOT, 'bin', 'playbook.cjs');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
    const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env };
    const r = spawnSync(NODE, [CLI_BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', input: options.input, timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
