/**
 * The editor's formatter: the canonical layout of language/syntax/layout.ts as LSP text edits.
 * Client formatting options (tab size, tabs) are ignored: there is one layout. Documents with
 * syntax errors are not formatted.
 */
import type { AstNode, LangiumCoreServices, LangiumDocument, Lexer } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { formatEdits } from '../syntax/layout.js';

/** Langium formatter service: the canonical layout above, as LSP text edits. */
export class PlaybookFormatter extends AbstractFormatter {
    protected readonly lexer: Lexer;

    constructor(services: LangiumCoreServices) {
        super();
        this.lexer = services.parser.Lexer;
    }

    /** Not used: the layout is computed from the token stream in {@link doDocumentFormat}. */
    protected format(_node: AstNode): void { /* token-based, see formatEdits */ }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const lexed = this.lexer.tokenize(text);
        if (lexed.errors.length) return [];
        const edits = formatEdits({ text, tokens: [...lexed.tokens, ...lexed.hidden], root: document.parseResult.value });
        const result: TextEdit[] = [];
        for (const e of edits) {
            const start = textDocument.positionAt(e.offset);
            const end = textDocument.positionAt(e.end);
            if (range && (end.line < range.start.line || end.line > range.end.line)) continue;
            result.push({ range: { start, end }, newText: e.newText });
        }
        return result;
    }
}
