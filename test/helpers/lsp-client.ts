/**
 * A real LSP client for tests: spawns the bundled `playbook-language-server --stdio` with the
 * pinned Node and talks JSON-RPC to it over stdio.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Writable } from 'node:stream';
import {
    AbstractMessageWriter, createProtocolConnection, type DataCallback, type Diagnostic, type Disposable, type Message, type MessageWriter, type ProtocolConnection, PublishDiagnosticsNotification,
    StreamMessageReader, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NODE = join(ROOT, 'node_modules', '.bin', 'node');
export const SERVER_BIN = join(ROOT, 'bin', 'playbook-language-server.cjs');

export interface StartOptions {
    locale?: string;
    /** Workspace folder (a directory path); none by default. */
    workspace?: string;
    initializationOptions?: unknown;
    /** Options for Node before the server script (e.g. `--stack-size=150`, `--max-old-space-size=96`). */
    nodeArgs?: string[];
    /** Environment of the server process (default: this process's). */
    env?: NodeJS.ProcessEnv;
}

/** One message framed as on the wire (Content-Length header and UTF-8 JSON). */
function frame(message: object): Buffer {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/**
 * Writes each message in one write (vscode-jsonrpc's stream writer writes the header and the body
 * separately, waiting in between), so bytes written with `sendTogether` can never fall inside one.
 */
class WholeMessageWriter extends AbstractMessageWriter implements MessageWriter {
    constructor(private readonly stream: Writable) {
        super();
        stream.on('error', error => this.fireError(error));
        stream.on('close', () => this.fireClose());
    }

    write(message: Message): Promise<void> {
        return new Promise(resolve => { this.stream.write(frame(message), () => resolve()); });
    }

    end(): void { /* the session ends the process */ }
}

/** The stream reader, handing answers to the requests `sendTogether` sent to their waiters first. */
class TappedReader extends StreamMessageReader {
    readonly answers = new Map<string, (message: Message) => void>();

    override listen(callback: DataCallback): Disposable {
        return super.listen(message => {
            const id = (message as { id?: unknown }).id;
            const waiter = typeof id === 'string' && !('method' in message) ? this.answers.get(id) : undefined;
            if (waiter) {
                this.answers.delete(id as string);
                waiter(message);
            } else {
                callback(message);
            }
        });
    }
}

export class LspSession {
    readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
    /** How many times diagnostics were published per URI. */
    readonly publications = new Map<string, number>();
    /** Every publication, in the order received (for invariants over all of them). */
    readonly published: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
    private readonly waiters: (() => void)[] = [];
    stderr = '';
    exited: number | null | undefined;

    private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, private readonly reader: TappedReader) {}

    static async start(options: StartOptions = {}): Promise<LspSession> {
        const child = spawn(NODE, [...(options.nodeArgs ?? []), SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT, env: options.env ?? process.env });
        const reader = new TappedReader(child.stdout!);
        const connection = createProtocolConnection(reader, new WholeMessageWriter(child.stdin!));
        const session = new LspSession(child, connection, reader);
        child.stderr!.on('data', d => { session.stderr += d.toString(); });
        child.on('exit', code => { session.exited = code; session.notify(); });
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            session.diagnostics.set(params.uri, { version: params.version, diagnostics: params.diagnostics });
            session.publications.set(params.uri, (session.publications.get(params.uri) ?? 0) + 1);
            session.published.push({ uri: params.uri, version: params.version, diagnostics: params.diagnostics });
            session.notify();
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onUnhandledNotification(() => { /* log messages and the like */ });
        connection.listen();
        const workspaceFolders = options.workspace
            ? [{ uri: pathToFileURL(options.workspace).href, name: 'ws' }]
            : null;
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: workspaceFolders?.[0].uri ?? null,
            workspaceFolders,
            locale: options.locale,
            initializationOptions: options.initializationOptions,
            capabilities: {
                textDocument: {
                    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    inlayHint: {},
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
                    rename: { prepareSupport: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                },
                workspace: { workspaceFolders: true, configuration: true, applyEdit: true },
            },
        });
        connection.sendNotification('initialized', {});
        return session;
    }

    private notify(): void {
        for (const w of this.waiters.splice(0)) w();
    }

    /** Resolves when `predicate` holds (checked on every notification), or rejects after `timeoutMs`. */
    async waitFor<T>(predicate: () => T | undefined, timeoutMs = 30_000, what = 'condition'): Promise<T> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const value = predicate();
            if (value !== undefined) return value;
            if (this.exited !== undefined) throw new Error(`server exited (${this.exited}) while waiting for ${what}\n${this.stderr}`);
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`timed out waiting for ${what}`);
            await new Promise<void>(resolve => {
                const t = setTimeout(resolve, Math.min(left, 250));
                this.waiters.push(() => { clearTimeout(t); resolve(); });
            });
        }
    }

    /** The diagnostics published for `uri` (for `version`, when given). */
    waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
        return this.waitFor(() => {
            const d = this.diagnostics.get(uri);
            if (!d) return undefined;
            if (version !== undefined && d.version !== undefined && d.version < version) return undefined;
            return d.diagnostics;
        }, timeoutMs, `diagnostics of ${uri}`);
    }

    /** The next diagnostics published for `uri` after `count` publications (see `publications`). */
    waitForPublication(uri: string, count: number, timeoutMs?: number): Promise<Diagnostic[]> {
        return this.waitFor(() => ((this.publications.get(uri) ?? 0) > count ? this.diagnostics.get(uri)!.diagnostics : undefined), timeoutMs, `new diagnostics of ${uri}`);
    }

    open(uri: string, text: string, version = 1): void {
        this.diagnostics.delete(uri);
        this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'playbook', version, text } });
    }

    change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
        this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    }

    /**
     * Writes several messages to the server's stdin in one write, so that it reads them together
     * (a request and a notification sent this way reach the server's message queue at once). The
     * result is the answers (`result`, or `error`) to the requests among them (those with an id).
     */
    sendTogether(messages: ({ method: string; params: unknown; id?: string })[]): Promise<{ result?: unknown; error?: unknown }[]> {
        const answers = messages.filter(m => m.id !== undefined).map(m => new Promise<{ result?: unknown; error?: unknown }>(resolve => {
            this.reader.answers.set(m.id!, message => resolve(message as { result?: unknown; error?: unknown }));
        }));
        this.process.stdin!.write(Buffer.concat(messages.map(m => frame({ jsonrpc: '2.0', ...m }))));
        return Promise.all(answers);
    }

    /** Sends any notification (didSave, workspace/didChangeWatchedFiles …). */
    send(method: string, params: unknown): void {
        this.connection.sendNotification(method, params);
    }

    close(uri: string): void {
        this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    async stop(): Promise<void> {
        if (this.exited === undefined) {
            try {
                await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 3000))]);
                this.connection.sendNotification('exit');
            } catch { /* already gone */ }
            await Promise.race([new Promise(r => this.process.once('exit', r)), new Promise(r => setTimeout(r, 3000))]);
        }
        if (this.exited === undefined) this.process.kill('SIGKILL');
        this.connection.dispose();
    }
}
