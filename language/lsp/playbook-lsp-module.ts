/**
 * The language server's services: the core module (parser, scoping, model, validation) plus the
 * editor features. Only this folder knows LSP.
 */
import { PlaybookDocumentUpdateHandler } from './document-update-handler.js';
import { type DeepPartial, type Module, inject } from 'langium';
import {
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    createDefaultModule, createDefaultSharedModule,
} from 'langium/lsp';
import { CampaignPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from '../generated/module.js';
import { PlaybookCompletionProvider } from './completion-provider.js';
import { PlaybookDocumentSymbolProvider } from './document-symbol-provider.js';
import { PlaybookFoldingRangeProvider } from './folding-range-provider.js';
import { PlaybookHoverProvider } from './hover-provider.js';
import { PlaybookInlayHintProvider } from './inlay-hint-provider.js';
import { PlaybookNodeKindProvider } from './node-kind-provider.js';
import { PlaybookSemanticTokenProvider } from './semantic-token-provider.js';
import { PlaybookDocumentBuilder } from '../workspace/import-loader.js';
import { type PlaybookAddedServices, PlaybookCoreModule, PlaybookSharedCoreModule } from '../playbook-module.js';
import { registerValidationChecks } from '../validation/playbook-validator.js';
import { PlaybookFormatter } from './formatter.js';
import { PlaybookCodeActionProvider } from './code-action-provider.js';
import { PlaybookCodeLensProvider } from './code-lens-provider.js';
import { PlaybookRenameProvider } from './rename-provider.js';
import { PlaybookCommandHandler } from './commands.js';

export type PlaybookServices = LangiumServices & PlaybookAddedServices;

/** Editor features; each lives in its own file in this folder. */
export const PlaybookLspModule: Module<PlaybookServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new PlaybookCompletionProvider(services),
        HoverProvider: services => new PlaybookHoverProvider(services),
        InlayHintProvider: services => new PlaybookInlayHintProvider(services),
        DocumentSymbolProvider: services => new PlaybookDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new PlaybookFoldingRangeProvider(services),
        SemanticTokenProvider: services => new PlaybookSemanticTokenProvider(services),
        Formatter: services => new PlaybookFormatter(services),
        CodeActionProvider: services => new PlaybookCodeActionProvider(services),
        CodeLensProvider: services => new PlaybookCodeLensProvider(services),
        RenameProvider: services => new PlaybookRenameProvider(services),
    },
};

/**
 * Shared editor services: symbol and completion kinds per declaration category; a document builder
 * that loads imported files no workspace folder holds; closed documents released.
 */
export const PlaybookSharedLspModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        DocumentBuilder: shared => new PlaybookDocumentBuilder(shared),
    },
    lsp: {
        NodeKindProvider: () => new PlaybookNodeKindProvider(),
        ExecuteCommandHandler: shared => new PlaybookCommandHandler(shared),
        DocumentUpdateHandler: shared => new PlaybookDocumentUpdateHandler(shared),
    },
};

export function createPlaybookServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Playbook: PlaybookServices;
} {
    const shared = inject(createDefaultSharedModule(context), PlaybookGeneratedSharedModule, PlaybookSharedCoreModule as Module<LangiumSharedServices, object>, PlaybookSharedLspModule);
    const Playbook = inject(
        createDefaultModule({ shared }),
        CampaignPlaybookGeneratedModule,
        PlaybookCoreModule as unknown as Module<PlaybookServices, PlaybookAddedServices>,
        PlaybookLspModule,
    );
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook.validation.ValidationRegistry, Playbook.playbook.Validator);
    return { shared, Playbook };
}
