/**
 * Memory per distinct document URI (issue 11 §7): diff views and previews open many distinct
 * URIs; each closed one must be released. A server with a capped heap (`--max-old-space-size`)
 * opens and closes 150 distinct URIs of a 400-line playbook: before the fix it died of heap
 * exhaustion after about 475 documents at 128 MB, and after 20 of these at 64 MB; here it must stay
 * alive and answering (the resident memory after 50 and after 150 documents goes to the log).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { generatePlaybook } from '../bench/generate.js';
import { LspSession } from '../helpers/lsp-client.js';

const HEAP_MB = 64;
const DOCUMENTS = 150;

/** The server's resident memory (Linux), for the figure in the log. */
function rssMb(session: LspSession): number {
    try {
        const status = readFileSync(`/proc/${session.process.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
        return 0;
    }
}

describe('robustness: the server releases closed documents', function () {
    this.timeout(300_000);

    it(`${DOCUMENTS} distinct URIs opened and closed under a ${HEAP_MB} MB heap`, async () => {
        const text = generatePlaybook(400).text;
        const session = await LspSession.start({ nodeArgs: [`--max-old-space-size=${HEAP_MB}`] });
        try {
            const uriOf = (i: number) => `untitled:diff-view-${i}.playbook`;
            let early = 0;
            for (let i = 0; i < DOCUMENTS; i++) {
                const uri = uriOf(i);
                session.open(uri, text);
                await session.waitForDiagnostics(uri, 1, 60_000);
                session.close(uri);
                if (i === 49) early = rssMb(session);
            }
            // Still alive and answering on a new document.
            const last = uriOf(DOCUMENTS);
            session.open(last, text);
            const diagnostics = await session.waitForDiagnostics(last, 1, 60_000);
            assert.ok(Array.isArray(diagnostics));
            const symbols = await session.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: last } });
            assert.ok(symbols.length > 0);
            assert.equal(session.exited, undefined, session.stderr.slice(-2000));
            console.log(`      server RSS after 50 documents ${early.toFixed(0)} MB, after ${DOCUMENTS} ${rssMb(session).toFixed(0)} MB`);
        } finally {
            await session.stop();
        }
    });
});
