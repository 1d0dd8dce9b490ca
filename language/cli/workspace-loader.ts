/**
 * Loads playbook files from disk for the CLI: the given files, every `*.playbook` under given
 * directories, and (transitively) the files they import. Builds them all in one workspace.
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type LangiumDocument, type LangiumSharedCoreServices, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPlaybookCoreServices, type PlaybookCoreServices } from '../playbook-module.js';
import { ImportLoader } from '../workspace/import-loader.js';

import { UsageError } from './usage-error.js';
import { MAX_INPUT_MB, errorCode, fileErrorReason } from '../messages/cli.js';
import { normalizeLocale } from '../messages/locale.js';
import { generatorMessage } from '../messages/outputs.js';
import { UNKNOWN_ENCODING, detectEncoding } from '../text-encoding.js';

export { UsageError };

export interface LoadedFile {
    /** The path as given on the command line, or joined under the given directory. */
    readonly display: string;
    readonly document: LangiumDocument;
}

export interface LoadedWorkspace {
    readonly services: PlaybookCoreServices;
    /** The files asked for, in a stable order. */
    readonly files: LoadedFile[];
    diagnosticsOf(document: LangiumDocument): Diagnostic[];
    /** Forgets every document this load added, so the services can load the next batch. */
    release(): void;
}

async function collect(arg: string, out: { path: string; display: string }[], locale: string | undefined): Promise<void> {
    let stat;
    try {
        stat = await fs.stat(arg);
    } catch (error) {
        throw new UsageError(cannotRead(arg, error, locale));
    }
    if (stat.isDirectory()) {
        let entries;
        try {
            entries = await fs.readdir(arg, { recursive: true, withFileTypes: true });
        } catch (error) {
            // An unreadable subfolder (EACCES) names itself in the error.
            throw new UsageError(cannotRead((error as NodeJS.ErrnoException).path ?? arg, error, locale));
        }
        const found = entries
            .filter(e => e.isFile() && e.name.endsWith('.playbook'))
            .map(e => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
            .sort();
        for (const path of found) out.push({ path: resolve(path), display: join(arg, relative(arg, path)) });
    } else if (!stat.isFile()) {
        // A FIFO would block the read forever, a device (`/dev/zero`, `/dev/urandom`) never ends.
        throw new UsageError(cannotRead(arg, codeError('ENOTREG'), locale));
    } else if (!arg.endsWith('.playbook')) {
        throw new UsageError(cannotRead(arg, codeError('ENOTPLAYBOOK'), locale));
    } else {
        out.push({ path: resolve(arg), display: arg });
    }
}

function codeError(code: string): NodeJS.ErrnoException {
    return Object.assign(new Error(code), { code });
}

function cannotRead(path: string, error: unknown, locale: string | undefined): string {
    const lang = normalizeLocale(locale);
    return generatorMessage('cannotReadBecause', lang, path, fileErrorReason(errorCode(error), 'read', lang));
}

/**
 * The file's text; a file over `MAX_INPUT_MB` is refused before it is read, and a file that is not
 * UTF-8 (GBK from an editor on a Chinese system, UTF-16) is refused naming its encoding: decoded
 * anyway, its Chinese titles would turn into U+FFFD in every output without a diagnostic.
 */
async function readText(path: string, locale: string | undefined, display = path): Promise<string> {
    let bytes: Buffer;
    try {
        const stat = await fs.stat(path);
        if (!stat.isFile()) throw codeError('ENOTREG');
        if (stat.size > MAX_INPUT_MB * 1024 * 1024) throw codeError('ETOOBIG');
        bytes = await fs.readFile(path);
    } catch (error) {
        throw new UsageError(cannotRead(display, error, locale));
    }
    const decoded = decodeUtf8(bytes);
    if ('encoding' in decoded) {
        const lang = normalizeLocale(locale);
        throw new UsageError(decoded.encoding === UNKNOWN_ENCODING ? generatorMessage('notUtf8Text', lang, display) : generatorMessage('notUtf8', lang, display, decoded.encoding));
    }
    return decoded.text;
}

/** UTF-8 text (a byte-order mark kept, as the lexer accepts it), or the encoding it is in instead. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { encoding: string } {
    const head = detectEncoding(bytes.subarray(0, 64 * 1024));
    if (head) return { encoding: head };
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
        return { encoding: detectEncoding(bytes) ?? 'GBK (GB18030)' };
    }
}

export interface LoadOptions {
    locale: string;
    onProgress?: (done: number, total: number) => void;
    /** Services to load into (building the parser takes a while); new ones when absent. */
    services?: { shared: LangiumSharedCoreServices; Playbook: PlaybookCoreServices };
}

/**
 * The files `args` name (every `*.playbook` below a directory), each once, in order, as
 * `loadWorkspace` would show them: passing these back to it gives the same files and names.
 */
export async function listFiles(args: readonly string[], locale?: string): Promise<string[]> {
    const wanted: { path: string; display: string }[] = [];
    for (const arg of args) await collect(arg, wanted, locale);
    const seen = new Set<string>();
    return wanted.filter(w => !seen.has(w.path) && seen.add(w.path)).map(w => w.display);
}

export async function loadWorkspace(args: readonly string[], options: LoadOptions): Promise<LoadedWorkspace> {
    const { shared, Playbook } = options.services ?? createPlaybookCoreServices(NodeFileSystem);
    Playbook.playbook.Locale.set(options.locale);
    const wanted: { path: string; display: string }[] = [];
    for (const arg of args) await collect(arg, wanted, options.locale);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;

    const seen = new Set<string>();
    const files: LoadedFile[] = [];
    const all: LangiumDocument[] = [];
    const add = (text: string, path: string): LangiumDocument => {
        const doc = factory.fromString(text, URI.file(path));
        documents.addDocument(doc);
        all.push(doc);
        return doc;
    };
    for (const w of wanted) {
        if (seen.has(w.path)) continue;
        seen.add(w.path);
        files.push({ display: w.display, document: add(await readText(w.path, options.locale, w.display), w.path) });
    }
    // Follow imports from disk, as the language server does (a missing one is reported by the
    // import-not-found rule).
    for (const doc of (await new ImportLoader(shared).loadMissing(all)).loaded) all.push(doc);
    let done = 0;
    const total = all.length;
    const unsubscribe = options.onProgress
        ? shared.workspace.DocumentBuilder.onDocumentPhase(3 /* Linked */, () => options.onProgress!(++done, total))
        : undefined;
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    unsubscribe?.dispose();
    return {
        services: Playbook,
        files,
        diagnosticsOf: doc => doc.diagnostics ?? [],
        release() {
            for (const doc of all) {
                documents.deleteDocument(doc.uri);
                shared.workspace.IndexManager.remove(doc.uri);
            }
        },
    };
}
