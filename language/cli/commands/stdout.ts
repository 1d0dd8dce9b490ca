/** Writing a command's output to stdout, shared by the commands that generate something. */
import type { CliIO } from '../cli-context.js';

const quietPipes = new WeakSet<object>();

/**
 * Writes the output to stdout. A reader that goes away early (`… | head`) closes the pipe: that
 * EPIPE ends the output quietly instead of crashing with an unhandled 'error' event.
 */
export async function writeStdout(stdout: CliIO['stdout'], bytes: Uint8Array): Promise<void> {
    if (!quietPipes.has(stdout)) {
        quietPipes.add(stdout);
        stdout.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EPIPE') throw error;
        });
    }
    await new Promise<void>((resolve, reject) => {
        stdout.write(bytes, (error?: Error | null) => {
            if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
            else reject(error);
        });
    });
}
