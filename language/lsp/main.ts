/**
 * `playbook-language-server --stdio` (or --node-ipc): the language server for VS Code and any LSP
 * editor. Messages follow the `locale` the client sends in InitializeParams.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { prepareZone } from '../model/dates.js';
import { DEFAULT_TIMEZONE } from '../model/playbook-model.js';
import { useInstalledDocs } from '../node/installation.js';
import { createPlaybookServices } from './playbook-lsp-module.js';

export function start(): void {
    useInstalledDocs();
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Playbook } = createPlaybookServices({ connection, ...NodeFileSystem });
    shared.lsp.LanguageServer.onInitialize(params => {
        Playbook.playbook.Locale.set(params.locale);
    });
    // The platform's time-zone data loads on first use (≈ 25 ms): done while the workspace loads.
    shared.lsp.LanguageServer.onInitialized(() => setTimeout(() => prepareZone(DEFAULT_TIMEZONE), 0));
    startLanguageServer(shared);
}
