/**
 * The one import resolver: what each `import "…"` line of a file points at. Scoping, linking, the
 * model, validation (import-not-found), the import loader, rename and generation (whose errors
 * block it) all read a file's imports through here. Imports are not transitive.
 */
import { type LangiumDocument, type LangiumDocuments, type URI, UriUtils } from 'langium';
import { type Import, type Library, type Model, isModel } from '../generated/ast.js';

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

export function modelOf(document: LangiumDocument): Model | undefined {
    const root = document.parseResult?.value;
    return isModel(root) ? root : undefined;
}

/** What one import line resolves to in the workspace. */
export interface ResolvedImport {
    readonly node: Import;
    /** Undefined when the path cannot be a URI. */
    readonly uri?: URI;
    /** The loaded document, when there is one. */
    readonly document?: LangiumDocument;
    /** `invalid` path, `missing` file (not loaded), or what the file holds. */
    readonly kind: 'invalid' | 'missing' | 'library' | 'playbook';
    /** The file imports itself. */
    readonly self: boolean;
}

/** Resolves one import line of `document`. */
export function resolveImport(document: LangiumDocument, node: Import, documents: LangiumDocuments): ResolvedImport {
    const uri = resolveImportUri(document, node.path ?? '');
    if (!uri) return { node, kind: 'invalid', self: false };
    const self = uri.toString() === document.uri.toString();
    const target = documents.getDocument(uri);
    const root = target?.parseResult.value;
    if (!target || !isModel(root)) return { node, uri, kind: 'missing', self };
    const kind = root.library ? 'library' : root.playbook ? 'playbook' : 'missing';
    return { node, uri, document: target, kind, self };
}

/** Every import line of `document`, resolved, in order. */
export function resolveImports(document: LangiumDocument, documents: LangiumDocuments): ResolvedImport[] {
    const root = document.parseResult?.value;
    return isModel(root) ? root.imports.map(node => resolveImport(document, node, documents)) : [];
}

/** The libraries a document imports that are loaded (never itself), once each, by URI string. */
export function importedLibraries(document: LangiumDocument, documents: LangiumDocuments): Map<string, Library> {
    const result = new Map<string, Library>();
    for (const r of resolveImports(document, documents)) {
        if (r.kind !== 'library' || r.self) continue;
        const library = (r.document!.parseResult.value as Model).library!;
        result.set(r.uri!.toString(), library);
    }
    return result;
}

/** URIs of the library files a document imports that exist and hold a library (never itself). */
export function importedLibraryUris(document: LangiumDocument, documents: LangiumDocuments): Set<string> {
    return new Set(importedLibraries(document, documents).keys());
}

/** The loaded documents a document imports directly (playbook or library, never itself), once each. */
export function importedDocuments(document: LangiumDocument, documents: LangiumDocuments): LangiumDocument[] {
    const out: LangiumDocument[] = [];
    for (const r of resolveImports(document, documents)) if (r.document && !r.self && !out.includes(r.document)) out.push(r.document);
    return out;
}
