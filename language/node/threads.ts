/**
 * What the CLI's two kinds of worker threads share (validate's workers, diff's version worker): the
 * bundled script beside the running bundle, and the `PLAYBOOK_WORKERS` setting.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A worker script (`validate-worker.cjs`, `version-worker.cjs`) beside the running bundle; absent when the sources run unbundled. */
export function bundledScript(name: string, from: string = import.meta.url): string | undefined {
    try {
        const script = join(dirname(fileURLToPath(from)), name);
        return existsSync(script) ? script : undefined;
    } catch {
        return undefined;
    }
}

/** `PLAYBOOK_WORKERS=n`: the threads asked for (0 or 1: the main thread alone); undefined when not set to a number. */
export function threadsAsked(env: NodeJS.ProcessEnv): number | undefined {
    const value = env.PLAYBOOK_WORKERS;
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
