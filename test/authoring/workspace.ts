/** Builds several texts (file name → text) in one in-memory workspace, validated: imports resolve by file name. */
import { type LangiumDocument, URI } from 'langium';
import { createPlaybookCoreServices, type PlaybookCoreServices } from '../../language/playbook-module.js';

let counter = 0;

export async function buildWorkspaceFiles(files: Record<string, string>, locale = 'en', folder?: string): Promise<{ services: PlaybookCoreServices; docs: Map<string, LangiumDocument> }> {
    const { shared, Playbook } = createPlaybookCoreServices();
    Playbook.playbook.Locale.set(locale);
    const dir = folder ?? `/zh-ws${++counter}`;
    const docs = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${dir}/${name}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.set(name, doc);
    }
    await shared.workspace.DocumentBuilder.build([...docs.values()], { validation: true });
    return { services: Playbook, docs };
}
