import { AstUtils, type LangiumDocument, type URI, UriUtils } from 'langium';
import { type Import, type Model, isModel } from '../generated/ast.js';

/** The URI an `import "…"` line points at, relative to the importing document. */
export function resolveImportUri(document: LangiumDocument | URI, path: string): URI | undefined {
    const uri = 'uri' in document && 'parseResult' in document ? document.uri : document as URI;
    if (!path || path.includes('\0')) return undefined;
    try {
        const resolved = UriUtils.resolvePath(UriUtils.dirname(uri), path);
        // A path with a lone surrogate cannot be written as a URI: toString() would throw later.
        resolved.toString();
        return resolved;
    } catch {
        return undefined;
    }
}

export function importUriOf(node: Import): URI | undefined {
    const document = AstUtils.getDocument(node);
    return resolveImportUri(document, node.path);
}

export function modelOf(document: LangiumDocument): Model | undefined {
    const root = document.parseResult?.value;
    return isModel(root) ? root : undefined;
}
