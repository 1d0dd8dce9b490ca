import { type AstReflection, DefaultDocumentValidator, type LangiumCoreServices, type LangiumDocument, type ValidationOptions, Cancellation } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { unresolvedMessage } from '../messages/syntax.js';
import type { LocaleService } from '../services/locale-service.js';
import { docsUrl } from './docs-url.js';

/**
 * Langium's document validator, plus: every diagnostic carries its code (syntax and linking errors
 * included) and a link to the rule catalogue; unresolved references get a message in the user's language.
 */
export class PlaybookDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;

    constructor(services: LangiumCoreServices, private readonly localeService: LocaleService) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const d of diagnostics) {
            const data = d.data as { code?: string } | undefined;
            if (d.code === undefined && data?.code) d.code = data.code;
            if (typeof d.code === 'string' && !d.codeDescription) d.codeDescription = { href: docsUrl(d.code) };
        }
        return diagnostics;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (let i = start; i < diagnostics.length; i++) {
            const d = diagnostics[i];
            const data = d.data as { containerType?: string; property?: string; refText?: string } | undefined;
            if (!data?.containerType || !data.property) continue;
            const refType = this.reflection.getReferenceType({ container: { $type: data.containerType } as never, property: data.property, reference: undefined as never });
            d.message = unresolvedMessage(refType, data.refText ?? '', this.localeService.locale);
            (d.data as Record<string, unknown>).refType = refType;
        }
    }
}
