/**
 * Reading the actuals file of `playbook review` (REVIEW.md): an event-level CSV export, streamed
 * through csv-parse so memory does not grow with the file. Before parsing, the first bytes say
 * whether the file is something else (UTF-16, GBK, semicolons or tabs) and the header row must
 * hold `event`, `time` and `user` (or `distinct_id` / `user_id`): each is a clear `ActualsError`.
 * Every row after the header reaches the caller, as a record or as an unreadable line.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { parse } from 'csv-parse';
import type { Locale } from '../messages/locale.js';
import { fileErrorReason } from '../messages/cli.js';
import { reviewMessage } from '../messages/review.js';
import { UNKNOWN_ENCODING, detectEncoding } from '../text-encoding.js';

export type ActualsProblem =
    | { kind: 'missing' }
    | { kind: 'unreadable'; reason: string }
    | { kind: 'empty' }
    | { kind: 'encoding'; encoding: string }
    | { kind: 'delimiter'; delimiter: 'tab' | 'semicolon' }
    | { kind: 'columns'; missing: string; found: string[] };

export class ActualsError extends Error {
    override readonly name = 'ActualsError';
    constructor(readonly problem: ActualsProblem) {
        super(problem.kind);
    }
}

export const USER_COLUMNS = ['user', 'distinct_id', 'user_id'];

export interface ActualsHeader {
    columns: string[];
    event: number;
    time: number;
    user: number;
}

/** Why a row could not be read. */
/** Why a row could not be read (shapes/review.ts). */
export type { UnreadableReason } from '../shapes/review.js';
import type { UnreadableReason } from '../shapes/review.js';

export interface RowSink {
    /** A record with as many cells as the header; `line` is its first line in the file (1-based). */
    row(record: string[], line: number): void;
    unreadable(reason: UnreadableReason, line: number): void;
}

const SAMPLE_BYTES = 64 * 1024;

function headerLine(sample: Uint8Array): string {
    const text = new TextDecoder('utf-8').decode(sample).replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
}

/** Checks the file and its header; throws ActualsError for what would make every row wrong. */
export async function readHeader(path: string): Promise<ActualsHeader> {
    let handle;
    try {
        handle = await fs.open(path, 'r');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ActualsError(code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', reason: code ?? String(error) });
    }
    let sample: Uint8Array;
    try {
        const stat = await handle.stat();
        if (stat.isDirectory()) throw new ActualsError({ kind: 'unreadable', reason: 'EISDIR' });
        const buffer = Buffer.alloc(SAMPLE_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
        sample = buffer.subarray(0, bytesRead);
    } catch (error) {
        if (error instanceof ActualsError) throw error;
        throw new ActualsError({ kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    } finally {
        await handle.close();
    }
    if (sample.length === 0) throw new ActualsError({ kind: 'empty' });
    const encoding = detectEncoding(sample);
    if (encoding) throw new ActualsError({ kind: 'encoding', encoding });
    const line = headerLine(sample);
    if (line.trim() === '') throw new ActualsError({ kind: 'empty' });
    const columns = splitHeader(line, ',');
    const find = (names: readonly string[]) => columns.findIndex(c => names.includes(c.toLowerCase()));
    const event = find(['event']);
    const time = find(['time']);
    const user = find(USER_COLUMNS);
    if (event < 0 || time < 0 || user < 0) {
        for (const [delimiter, char] of [['tab', '\t'], ['semicolon', ';']] as const) {
            const other = splitHeader(line, char).map(c => c.toLowerCase());
            if (other.includes('event') && other.includes('time')) throw new ActualsError({ kind: 'delimiter', delimiter });
        }
        const missing = event < 0 ? 'event' : time < 0 ? 'time' : 'user';
        throw new ActualsError({ kind: 'columns', missing, found: columns.filter(Boolean) });
    }
    return { columns, event, time, user };
}

/** Header cells (no line breaks in a header), quotes removed. */
function splitHeader(line: string, delimiter: string): string[] {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
            else if (c === '"') quoted = false;
            else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === delimiter) { cells.push(cell.trim()); cell = ''; }
        else cell += c;
    }
    cells.push(cell.trim());
    return cells;
}

/**
 * Streams the rows after the header to `sink`. A row with another number of cells, or a quote
 * that never closes, is unreadable (its first line); an empty line is no row.
 */
export function streamRows(path: string, header: ActualsHeader, sink: RowSink): Promise<{ rows: number }> {
    const width = header.columns.length;
    let previousEnd = 0;
    let rows = 0;
    return new Promise((resolve, reject) => {
        const parser = parse({
            bom: true,
            relax_column_count: true,
            skip_records_with_error: true,
            on_record: (record: string[], context) => {
                const line = previousEnd + 1;
                previousEnd = context.lines;
                if (line === 1) return null; // the header
                if (record.length === 1 && record[0] === '') return null;
                rows++;
                if (record.length !== width) sink.unreadable('columns', line);
                else sink.row(record, line);
                return null;
            },
        });
        parser.on('skip', (error: { lines?: number }) => {
            rows++;
            sink.unreadable('quote', previousEnd + 1);
            previousEnd = error.lines ?? previousEnd;
        });
        parser.on('error', reject);
        parser.on('end', () => resolve({ rows }));
        parser.resume();
        const input = createReadStream(path, { highWaterMark: 1 << 20 });
        input.on('error', reject);
        input.pipe(parser);
    });
}

/** The ActualsError of a file as a message in the user's language. */
export function actualsMessage(error: ActualsError, file: string, locale: Locale): string {
    const p = error.problem;
    switch (p.kind) {
        case 'missing': return reviewMessage('actualsMissing', locale, file);
        case 'unreadable': return reviewMessage('actualsUnreadable', locale, file, fileErrorReason(p.reason, 'read', locale));
        case 'empty': return reviewMessage('actualsEmpty', locale, file);
        case 'encoding': return p.encoding === UNKNOWN_ENCODING ? reviewMessage('notUtf8', locale, file) : reviewMessage('wrongEncoding', locale, file, p.encoding);
        case 'delimiter': return reviewMessage('wrongDelimiter', locale, file, reviewMessage(p.delimiter === 'tab' ? 'tab' : 'semicolon', locale));
        case 'columns': return reviewMessage('missingColumns', locale, file, p.missing, p.found.length ? p.found.join(', ') : '—');
    }
}
