/**
 * Loads imported files the workspace has not loaded (a playbook opened without its folder, or a
 * library outside the workspace folders), then rebuilds the files that import them. Used by the
 * language server; the CLI loads imports itself (language/cli/workspace-loader.ts).
 */
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { isModel } from '../generated/ast.js';
import { resolveImportUri } from '../references/imports.js';

export function registerImportLoader(shared: LangiumSharedCoreServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const fileSystem = shared.workspace.FileSystemProvider;
    const tried = new Set<string>();

    builder.onBuildPhase(DocumentState.Validated, async built => {
        const missing = new Map<string, { uri: URI; importers: Set<string> }>();
        for (const doc of built as LangiumDocument[]) {
            const root = doc.parseResult.value;
            if (!isModel(root)) continue;
            for (const imp of root.imports) {
                const uri = resolveImportUri(doc, imp.path ?? '');
                if (!uri || uri.scheme !== 'file' || documents.hasDocument(uri)) continue;
                const key = uri.toString();
                if (tried.has(key)) continue;
                const entry = missing.get(key) ?? { uri, importers: new Set<string>() };
                entry.importers.add(doc.uri.toString());
                missing.set(key, entry);
            }
        }
        if (missing.size === 0) return;
        const changed: URI[] = [];
        for (const [key, { uri, importers }] of missing) {
            tried.add(key);
            try {
                const stat = await fileSystem.stat(uri);
                if (!stat.isFile) continue;
                await documents.getOrCreateDocument(uri);
                changed.push(uri);
                for (const importer of importers) {
                    const doc = documents.all.find(d => d.uri.toString() === importer);
                    if (doc) changed.push(doc.uri);
                }
            } catch {
                // Not there: the import-not-found rule says so.
            }
        }
        if (changed.length > 0) {
            // Outside the current build: schedule an update that links and validates them again.
            setTimeout(() => { void builder.update(changed, []); }, 0);
        }
    });
}
