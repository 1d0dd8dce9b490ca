/**
 * A broken message stream (issue 11 §9): after a header it cannot read, the server went silent for
 * good and logged nothing. Decided: it logs why on stderr and exits with status 1, so the editor
 * restarts it (a stream at an unknown position cannot be resynchronised safely).
 */
import { strict as assert } from 'node:assert';
import { LspSession } from '../helpers/lsp-client.js';

describe('robustness: LSP framing errors', function () {
    this.timeout(60_000);

    for (const [what, bytes] of [
        ['a header without a colon', 'Garbage-Header yes\r\nContent-Length: 2\r\n\r\n{}'],
        ['a body that is not JSON', 'Content-Length: 5\r\n\r\n{oops'],
    ] as const) {
        it(`${what}: logged on stderr, then exit 1 (the client restarts the server)`, async () => {
            const session = await LspSession.start();
            try {
                const before = await session.request<unknown>('textDocument/documentSymbol', { textDocument: { uri: 'file:///nothing.playbook' } }).catch(() => 'answered');
                assert.ok(before !== undefined, 'answers before');
                session.process.stdin!.write(bytes);
                await session.waitFor(() => (session.exited !== undefined ? true : undefined), 20_000, 'exit').catch(error => {
                    if (!/server exited/.test(String(error))) throw error;
                });
                assert.equal(session.exited, 1, session.stderr);
                assert.match(session.stderr, /unreadable message stream .*exits and the editor restarts it/);
            } finally {
                await session.stop();
            }
        });
    }
});
