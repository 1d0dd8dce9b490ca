/** A usage error (bad arguments, unreadable input): exit status 2 with a one-line message. */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}

/**
 * Recognises a UsageError by name: the commands run from their own bundle (dist/cli-commands.cjs),
 * which has its own copy of the class, so `instanceof` does not hold across the two.
 */
export function isUsageError(error: unknown): error is UsageError {
    return error instanceof Error && error.name === 'UsageError';
}
