/**
 * Rename across files: Langium's rename (the declaration and every reference, in every document
 * of the workspace, so a library role renamed renames its uses in the playbooks that import it),
 * plus: the new name must be a valid name, must not clash with a declaration of the same category
 * that the affected files see, and edits replace exactly the old name's text (nothing else moves).
 */
import { type AstNode, AstUtils, CstUtils, type LangiumDocument, type LangiumDocuments, URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, type Range, type RenameParams, ResponseError, type TextDocumentPositionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isLibrary, isModel, isPlaybook, isProperty } from '../generated/ast.js';
import { categoryName } from '../messages/diagnostics.js';
import { declarationRow } from '../vocabulary/declarations.js';
import { renameMessage } from '../messages/quick-fixes.js';
import { importedLibraryUris } from '../references/scope-provider.js';
import type { LocaleService } from '../services/locale-service.js';
import { NameRules } from './names.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

/** The category a declaration's name is unique in (steps and milestones share one), from the vocabulary. */
function uniqueIn(type: string): string | undefined {
    return declarationRow(type)?.unique;
}

export class PlaybookRenameProvider extends DefaultRenameProvider {
    protected readonly names: NameRules;
    protected readonly locale: LocaleService;
    protected readonly documents: LangiumDocuments;

    constructor(services: PlaybookServices) {
        super(services);
        this.names = new NameRules(services.parser.Lexer);
        this.locale = services.playbook.Locale;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const range = this.renameNodeRange(document, params.position);
        if (!range) return undefined;
        // Only names: the text in the range must itself be a name (never a keyword or punctuation).
        const text = document.textDocument.getText(range);
        return this.names.isValidName(text) ? range : undefined;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const locale = this.locale.locale;
        const newName = params.newName;
        if (!this.names.isValidName(newName)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, renameMessage('invalidName', locale, { name: newName, example: 'step' }));
        }
        const target = this.targetAt(document, params);
        if (!target) return undefined;
        const oldName = (target as AstNode & { name?: string }).name;
        if (oldName === newName) return { changes: {} };
        const edit = await super.rename(document, params);
        if (!edit?.changes) return edit;
        const affected = new Set<string>(Object.keys(edit.changes));
        const clash = this.findClash(target, newName, affected);
        if (clash) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, renameMessage('clash', locale, {
                name: newName, category: categoryName(uniqueIn(target.$type) ?? target.$type.toLowerCase(), locale), file: clash,
            }));
        }
        // Each edit must replace exactly the old name (never a wider range), once.
        const changes: Record<string, TextEdit[]> = {};
        for (const [uri, edits] of Object.entries(edit.changes)) {
            const doc = this.documents.getDocument(URI.parse(uri));
            const seen = new Set<string>();
            changes[uri] = edits.filter(e => {
                const key = `${e.range.start.line}:${e.range.start.character}:${e.range.end.line}:${e.range.end.character}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return !doc || doc.textDocument.getText(e.range) === oldName;
            });
        }
        return { changes };
    }

    /** The declaration renamed (the one named, or the one a reference points to). */
    protected targetAt(document: LangiumDocument, params: TextDocumentPositionParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        return this.references.findDeclarations(leaf)[0];
    }

    /** A declaration named `newName` of the target's category visible in one of the affected files. */
    protected findClash(target: AstNode, newName: string, affectedUris: ReadonlySet<string>): string | undefined {
        const category = uniqueIn(target.$type);
        if (!category) return undefined; // playbook and library names stand alone
        if (isProperty(target)) {
            const clash = target.$container.properties.some(p => p !== target && p.name === newName);
            return clash ? AstUtils.getDocument(target).uri.path.split('/').pop() : undefined;
        }
        const targetDoc = AstUtils.getDocument(target);
        const scopeDocs = new Map<string, LangiumDocument>([[targetDoc.uri.toString(), targetDoc]]);
        // Files that import the target's file see the new name next to their own declarations.
        const targetUri = targetDoc.uri.toString();
        const affected = new Set(affectedUris);
        for (const doc of this.documents.all) {
            if (importedLibraryUris(doc, this.documents).has(targetUri)) affected.add(doc.uri.toString());
        }
        for (const uri of affected) {
            const doc = this.documents.getDocument(URI.parse(uri));
            if (!doc) continue;
            scopeDocs.set(uri, doc);
            for (const lib of importedLibraryUris(doc, this.documents)) {
                const libDoc = this.documents.getDocument(URI.parse(lib));
                if (libDoc) scopeDocs.set(lib, libDoc);
            }
        }
        for (const doc of scopeDocs.values()) {
            const root = doc.parseResult.value;
            if (!isModel(root)) continue;
            const container = root.playbook ?? root.library;
            if (!container) continue;
            for (const node of AstUtils.streamAst(container)) {
                if (node === target || isPlaybook(node) || isLibrary(node)) continue;
                if (uniqueIn(node.$type) !== category || isProperty(node)) continue;
                if ((node as AstNode & { name?: string }).name === newName) return doc.uri.path.split('/').pop();
            }
        }
        return undefined;
    }
}
