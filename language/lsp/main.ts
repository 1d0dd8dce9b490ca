/**
 * `playbook-language-server --stdio` (or --node-ipc): the language server for VS Code and any LSP
 * editor. Messages follow the `locale` the client sends in InitializeParams.
 */
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { type Connection, createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { framingErrorLog } from '../messages/editor.js';
import { printable } from '../messages/printable.js';
import { prepareZone } from '../model/dates.js';
import { DEFAULT_TIMEZONE } from '../model/playbook-model.js';
import { useInstalledDocs } from '../node/installation.js';
import { createPlaybookServices } from './playbook-lsp-module.js';

/**
 * Over stdio, a message whose header cannot be read (no or a malformed Content-Length) leaves the
 * stream at an unknown position: nothing after it can be trusted, and the server used to go
 * silent for good. It logs the error to stderr and exits (status 1), so the editor restarts it.
 * Other transports (`--node-ipc`) carry whole messages and cannot lose framing.
 */
function connect(onFramingError: (error: Error) => void): Connection {
    if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
    const reader = new StreamMessageReader(process.stdin);
    reader.onError(onFramingError);
    return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

export function start(): void {
    useInstalledDocs();
    let locale: string | undefined;
    const connection = connect(error => {
        process.stderr.write(`${framingErrorLog(printable(error.message), locale === 'zh-CN' ? 'zh-CN' : 'en')}\n`, () => process.exit(1));
    });
    const { shared, Playbook } = createPlaybookServices({ connection, ...NodeFileSystem });
    shared.lsp.LanguageServer.onInitialize(params => {
        Playbook.playbook.Locale.set(params.locale);
        locale = Playbook.playbook.Locale.locale;
    });
    // The platform's time-zone data loads on first use (≈ 25 ms): done while the workspace loads.
    shared.lsp.LanguageServer.onInitialized(() => setTimeout(() => prepareZone(DEFAULT_TIMEZONE), 0));
    // The outline shows the model's dates, so it waits for the references to be linked (Langium
    // serves it as soon as the file is parsed; the model is then not there yet).
    startLanguageServer(shared, { DocumentSymbolProvider: DocumentState.Linked });
}
