import { type AstNode, AstUtils, type LangiumCoreServices, type LangiumDocuments, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { PlaybookAstType, Model, Import } from '../generated/ast.js';
import { diagnosticMessage } from '../messages/diagnostics.js';
import type { PlaybookModelProvider } from '../model/model-provider.js';
import { resolveImport } from '../references/imports.js';
import type { LocaleService } from '../services/locale-service.js';
import { type DiagnosticCode, severityOf } from './diagnostic-codes.js';
import type { ImportTarget, Rule, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { hiddenBySyntaxError } from './syntax-shadow.js';
import { declarationRow } from '../vocabulary/declarations.js';
import { keywordLanguageOf, syntaxForms } from '../syntax/keyword-language.js';

export interface PlaybookValidationServices {
    readonly models: PlaybookModelProvider;
    readonly locale: LocaleService;
    readonly documents: LangiumDocuments;
}

/** Runs every rule of the registry over a file, once per validation, against the file's one model. */
export class PlaybookValidator {
    /** Rules that threw since `takeFailures` was last called: at most the last 100 (the server never asks). */
    private readonly failures: { rule: string; error: unknown }[] = [];

    /** The rules that threw since the last call (for the robustness tests: a rule must never throw), and forgets them. */
    takeFailures(): { rule: string; error: unknown }[] {
        return this.failures.splice(0);
    }

    /**
     * Errors-only: run only the rules that can report an error, and report only errors (`playbook
     * diff` asks "does this version have errors?", nothing more). Off for the editor and `validate`.
     */
    errorsOnly = false;

    constructor(private readonly services: PlaybookValidationServices) {}

    checkModel(root: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(root);
        const locale = this.services.locale.locale;
        // The syntax messages quote is written as the file writes it (one reading per validation).
        const forms = syntaxForms(keywordLanguageOf(root, locale));
        const documents = this.services.documents;
        const errorsOnly = this.errorsOnly;
        let rule: Rule = RULES[0];
        const failures = this.failures;
        const ctx: RuleContext = {
            document,
            root,
            model: this.services.models.getModel(document),
            locale,
            forms,
            resolveImport(node: Import): ImportTarget {
                const { kind, uri } = resolveImport(document, node, documents);
                return { kind, path: uri?.fsPath };
            },
            report(key, node, params, target = {}, data) {
                const code = key.split('.')[0] as DiagnosticCode;
                if (!rule.codes.includes(code)) {
                    // A rule reporting a code it does not declare would be skipped wrongly by errors-only validation.
                    if (failures.length >= 100) failures.shift();
                    failures.push({ rule: rule.name, error: new Error(`rule ${rule.name} reported ${code}, which its codes do not list`) });
                }
                if (errorsOnly && severityOf(code) !== 'error') return;
                if (hiddenBySyntaxError(key, node, document)) return;
                const message = diagnosticMessage(key, locale, params, forms);
                const info: Record<string, unknown> = { node, code, data: { code, ...data } };
                if (target.cst) info.range = target.cst.range;
                else if (target.keyword) info.keyword = target.keyword;
                else if (target.property) {
                    info.property = target.property;
                    const index = target.index ?? countingIndex(node, target.property);
                    if (index !== undefined) info.index = index;
                } else if ((node as AstNode & { name?: unknown }).name !== undefined) {
                    info.property = 'name';
                }
                if (code === 'unused-declaration') info.tags = [1 /* DiagnosticTag.Unnecessary */];
                accept(severityOf(code), message, info as never);
            },
        };
        for (rule of RULES) {
            if (errorsOnly && !rule.codes.some(c => severityOf(c) === 'error')) continue;
            try {
                rule.check(ctx);
            } catch (error) {
                if (this.failures.length >= 100) this.failures.shift();
                this.failures.push({ rule: rule.name, error });
                if (process.env.PLAYBOOK_STRICT_RULES) throw error;
            }
        }
    }
}

/**
 * Where a diagnostic about a clause written more than once sits (`day 1 … day 9`): on the one whose
 * value counts, the last (syntax/clauses.ts), which is the one the rule checked. Langium puts a
 * property without an index on its first value. Only the single-valued clauses of the vocabulary:
 * a list clause (`remind 1h remind 10m`) names its index itself.
 */
function countingIndex(node: AstNode, property: string): number | undefined {
    const values = (node as unknown as Record<string, unknown>)[property];
    if (!Array.isArray(values) || values.length < 2) return undefined;
    const clause = declarationRow(node.$type)?.clauses.find(c => c.property === property);
    return clause && !clause.many ? values.length - 1 : undefined;
}

export function registerValidationChecks(registry: LangiumCoreServices['validation']['ValidationRegistry'], validator: PlaybookValidator): void {
    const checks: ValidationChecks<PlaybookAstType> = {
        Model: (node, accept) => validator.checkModel(node, accept),
    };
    registry.register(checks, validator);
}
