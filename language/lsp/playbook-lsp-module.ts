/**
 * The language server's services: the core module (parser, scoping, model, validation) plus the
 * editor features. Only this folder knows LSP.
 */
import { type Module, inject } from 'langium';
import {
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    createDefaultModule, createDefaultSharedModule,
} from 'langium/lsp';
import { CampaignPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from '../generated/module.js';
import { type PlaybookAddedServices, PlaybookCoreModule } from '../playbook-module.js';
import { registerValidationChecks } from '../validation/playbook-validator.js';

export type PlaybookServices = LangiumServices & PlaybookAddedServices;

/** Editor features; each lives in its own file in this folder. */
export const PlaybookLspModule: Module<PlaybookServices, PartialLangiumServices> = {
    lsp: {},
};

export function createPlaybookServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Playbook: PlaybookServices;
} {
    const shared = inject(createDefaultSharedModule(context), PlaybookGeneratedSharedModule);
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
