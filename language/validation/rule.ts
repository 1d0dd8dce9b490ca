import type { AstNode, CstNode, LangiumDocument, Properties } from 'langium';
import type { Import, Model } from '../generated/ast.js';
import type { Locale } from '../messages/locale.js';
import type { SyntaxForms } from '../syntax/keyword-language.js';
import type { MessageKey } from '../messages/diagnostics.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import type { DiagnosticCode } from './diagnostic-codes.js';

export type MessageParams = Record<string, string | number | undefined>;

/** Where on a node a diagnostic sits: a property (and index), a keyword, or the node's name. */
export interface Target<N extends AstNode> {
    property?: Properties<N>;
    index?: number;
    keyword?: string;
    /** An exact piece of text (wins over the others). */
    cst?: CstNode;
}

export interface RuleContext {
    readonly document: LangiumDocument;
    readonly root: Model;
    /** The schedule-and-metrics model, for playbooks (undefined for libraries). */
    readonly model?: PlaybookModel;
    readonly locale: Locale;
    /** Syntax in the file's keyword language, for the pieces of syntax a message quotes (`day D-3` · `D-3`). */
    readonly forms: SyntaxForms;
    /** What an import line points at. */
    resolveImport(node: Import): ImportTarget;
    /** Reports a diagnostic; the code is the part of `key` before the dot, the severity comes from the catalogue. */
    report<N extends AstNode>(key: MessageKey, node: N, params: MessageParams, target?: Target<N>, data?: Record<string, unknown>): void;
}

/** A validation rule: one concern, one or a few codes. */
export interface Rule {
    readonly name: string;
    /**
     * Every code the rule can report. Errors-only validation (`playbook diff`: does a version have
     * errors?) skips the rules none of whose codes is an error; a test checks both modes agree.
     */
    readonly codes: readonly DiagnosticCode[];
    check(ctx: RuleContext): void;
}

export interface ImportTarget {
    /** The file path the import resolves to (for messages). */
    readonly path?: string;
    readonly kind: 'missing' | 'library' | 'playbook' | 'invalid';
}
