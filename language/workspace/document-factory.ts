/**
 * Langium's document factory, updating a changed document by reparsing only the declaration that
 * was edited when that gives exactly the full parse (see incremental-parser.ts), else in full.
 */
import {
    type AstNode, Cancellation, DefaultLangiumDocumentFactory, DocumentState, type LangiumDocument, type Mutable,
} from 'langium';
import { parseStats, reparseIncrementally } from './incremental-parser.js';

export class PlaybookDocumentFactory extends DefaultLangiumDocumentFactory {
    /** As Langium's `update`, with the incremental path first. */
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        // The CST full text property contains the original text that was used to create the AST.
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const textDocumentGetter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: textDocumentGetter });
        }
        if (oldText !== text) {
            const incremental = oldText === undefined ? undefined
                : reparseIncrementally(this.serviceRegistry.getServices(document.uri), document as LangiumDocument, text);
            if (incremental) {
                parseStats.incremental++;
                document.parseResult = incremental as LangiumDocument<T>['parseResult'];
            } else {
                parseStats.full++;
                document.parseResult = await this.parseAsync(document.uri, text, cancellationToken);
            }
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }
}
