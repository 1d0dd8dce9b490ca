/**
 * `playbook-language-server --stdio` (or --node-ipc): the language server for VS Code and any LSP
 * editor. Messages follow the `locale` the client sends in InitializeParams.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPlaybookServices } from './playbook-lsp-module.js';
import { registerImportLoader } from '../workspace/import-loader.js';

export function start(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Playbook } = createPlaybookServices({ connection, ...NodeFileSystem });
    shared.lsp.LanguageServer.onInitialize(params => {
        Playbook.playbook.Locale.set(params.locale);
    });
    registerImportLoader(shared);
    startLanguageServer(shared);
}
