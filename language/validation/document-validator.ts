import {
    type AstNode, type AstReflection, DefaultDocumentValidator, DocumentValidator, type ValidationAcceptor, interruptAndCheck, isOperationCancelled,
    type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationOptions, Cancellation,
} from 'langium';
import type { Diagnostic } from './diagnostic.js';
import { unresolvedMessage } from '../messages/syntax.js';
import { relocateSyntaxErrors } from './syntax-errors.js';
import type { LocaleService } from '../services/locale-service.js';
import { pushAll } from '../util/arrays.js';
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

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = relocateSyntaxErrors(document, await this.validateDocumentUnspread(document, options, cancelToken), this.localeService.locale);
        for (const d of diagnostics) {
            const data = d.data as { code?: string } | undefined;
            if (d.code === undefined && data?.code) d.code = data.code;
            if (typeof d.code === 'string' && !d.codeDescription) d.codeDescription = { href: docsUrl(d.code) };
        }
        return diagnostics;
    }

    /**
     * Langium's `validateDocument`, except that the rules' findings are appended one by one:
     * Langium's `diagnostics.push(...findings)` overflowed the stack at ~130,000 findings (a phase
     * of 130,000 steps without an owner).
     */
    private async validateDocumentUnspread(document: LangiumDocument, options: ValidationOptions, cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            const stopsAt = (code: string) => diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === code);
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && stopsAt(DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && stopsAt(DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && stopsAt(DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            pushAll(diagnostics, await this.validateAst(parseResult.value, options, cancelToken));
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            console.error('An error occurred during validation:', error);
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /**
     * Langium walks every node of the tree looking for checks by node type (with an `await` per
     * node); this language registers its rules on the root (`Model`) only, so when that is still
     * the case the walk is skipped: a 20,000-line playbook has over 100,000 nodes.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const rootOnly = ['AstNode', ...this.reflection.getAllTypes()]
            .every(type => type === rootNode.$type || this.validationRegistry.getChecks(type).head() === undefined);
        if (!rootOnly) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const check of this.validationRegistry.getChecks(rootNode.$type, options.categories)) {
            await check(rootNode, acceptor, cancelToken);
        }
    }

    /** Syntax errors shown per file: random bytes give one per character, which helps nobody. */
    static readonly MAX_SYNTAX_ERRORS = 100;

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const max = PlaybookDocumentValidator.MAX_SYNTAX_ERRORS;
        const report = parseResult.lexerReport;
        super.processLexingErrors({
            ...parseResult,
            lexerErrors: parseResult.lexerErrors.slice(0, max),
            lexerReport: report ? { ...report, diagnostics: report.diagnostics.slice(0, Math.max(0, max - parseResult.lexerErrors.length)) } : undefined,
        }, diagnostics, options);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        super.processParsingErrors({ ...parseResult, parserErrors: parseResult.parserErrors.slice(0, PlaybookDocumentValidator.MAX_SYNTAX_ERRORS) }, diagnostics, options);
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
