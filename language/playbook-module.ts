/**
 * Dependency injection for the core language services (no LSP): parser, scoping, the schedule
 * model, validation. The CLI uses these directly; the language server adds lsp/ on top.
 */
import {
    type DeepPartial, type DefaultSharedCoreModuleContext, EmptyFileSystem, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, createDefaultCoreModule, createDefaultSharedCoreModule, inject,
} from 'langium';
import { CampaignPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from './generated/module.js';
import { PlaybookModelProvider } from './model/model-provider.js';
import { PlaybookAstNodeDescriptionProvider, PlaybookReferenceDescriptionProvider } from './references/descriptions.js';
import { PlaybookLinker } from './references/linker.js';
import { PlaybookScopeComputation } from './references/scope-computation.js';
import { PlaybookScopeProvider } from './references/scope-provider.js';
import { LocaleService } from './services/locale-service.js';
import { createPlaybookParser } from './syntax/cst-node-builder.js';
import { PlaybookLexerErrorMessageProvider, PlaybookParserErrorMessageProvider } from './syntax/error-messages.js';
import { PlaybookTokenBuilder } from './syntax/token-builder.js';
import { PlaybookValueConverter } from './syntax/value-converter.js';
import { PlaybookDocumentValidator } from './validation/document-validator.js';
import { PlaybookValidator, registerValidationChecks } from './validation/playbook-validator.js';
import { PlaybookDocumentFactory } from './workspace/document-factory.js';
import { PlaybookIndexManager } from './workspace/index-manager.js';

export interface PlaybookAddedServices {
    playbook: {
        Locale: LocaleService;
        Models: PlaybookModelProvider;
        Validator: PlaybookValidator;
    };
}

export type PlaybookCoreServices = LangiumCoreServices & PlaybookAddedServices;

export const PlaybookCoreModule: Module<PlaybookCoreServices, PartialLangiumCoreServices & PlaybookAddedServices> = {
    parser: {
        LangiumParser: services => createPlaybookParser(services),
        TokenBuilder: () => new PlaybookTokenBuilder(),
        ValueConverter: () => new PlaybookValueConverter(),
        ParserErrorMessageProvider: services => new PlaybookParserErrorMessageProvider(services.playbook.Locale),
        LexerErrorMessageProvider: services => new PlaybookLexerErrorMessageProvider(services.playbook.Locale),
    },
    references: {
        ScopeComputation: services => new PlaybookScopeComputation(services),
        ScopeProvider: services => new PlaybookScopeProvider(services),
        Linker: services => new PlaybookLinker(services),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new PlaybookAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new PlaybookReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new PlaybookDocumentValidator(services, services.playbook.Locale),
    },
    playbook: {
        Locale: () => new LocaleService(),
        Models: services => new PlaybookModelProvider(services),
        Validator: services => new PlaybookValidator({
            models: services.playbook.Models,
            locale: services.playbook.Locale,
            documents: services.shared.workspace.LangiumDocuments,
        }),
    },
};

/** Shared services of the core, for the CLI and the language server alike. */
export const PlaybookSharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        IndexManager: shared => new PlaybookIndexManager(shared),
        LangiumDocumentFactory: shared => new PlaybookDocumentFactory(shared),
    },
};

/** Core services for the CLI and tests: no language server. */
export function createPlaybookCoreServices(context: DefaultSharedCoreModuleContext = EmptyFileSystem, extra?: DeepPartial<PlaybookCoreServices>): {
    shared: LangiumSharedCoreServices;
    Playbook: PlaybookCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), PlaybookGeneratedSharedModule, PlaybookSharedCoreModule);
    const Playbook = inject(
        createDefaultCoreModule({ shared }),
        CampaignPlaybookGeneratedModule,
        PlaybookCoreModule,
        (extra ?? {}) as Module<PlaybookCoreServices, object>,
    );
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook.validation.ValidationRegistry, Playbook.playbook.Validator);
    return { shared, Playbook };
}
