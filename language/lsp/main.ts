/**
 * `playbook-language-server --stdio` (or --node-ipc): the language server for VS Code and any LSP
 * editor. Messages follow the `locale` the client sends in InitializeParams.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPlaybookServices } from './playbook-lsp-module.js';

export function start(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Playbook } = createPlaybookServices({ connection, ...NodeFileSystem });
    shared.lsp.LanguageServer.onInitialize(params => {
        Playbook.playbook.Locale.set(params.locale);
    });
    startLanguageServer(shared);
}
