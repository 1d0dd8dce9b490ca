/** Markdown and Mermaid escaping for the generated documents (GitHub-flavoured Markdown). */
import { maxOf } from '../util/arrays.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Inline text: HTML-significant characters as entities, Markdown punctuation backslash-escaped,
 * line breaks as spaces (use `cell` inside tables).
 */
export function mdText(text: string | undefined | null): string {
    return (text ?? '')
        .replace(/[&<>]/g, c => HTML[c])
        .replace(/[\\`*_[\]#|~]/g, c => `\\${c}`)
        .replace(/\r\n|\r|\n/g, ' ');
}

/** A table cell: like `mdText`, but line breaks become `<br>`, so a pipe or newline never breaks the row. */
export function cell(text: string | undefined | null): string {
    if (!text) return '';
    return text
        .replace(/[&<>]/g, c => HTML[c])
        .replace(/[\\`*_[\]#|~]/g, c => `\\${c}`)
        .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A code span that is also safe in a table cell: line breaks become spaces and `|` is escaped
 * (GFM needs `\\|` even inside code spans in tables); backticks in the text lengthen the fence.
 */
export function code(text: string | undefined | null): string {
    if (!text) return '';
    const body = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
    const longest = maxOf((body.match(/`+/g) ?? []).map(m => m.length), 0);
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

const GANTT_KEYWORDS = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|displaymode|acctitle|accdescr|click|%%)/i;

/**
 * Text inside a Mermaid gantt line (title, section or task name): `:`, `#` and `;` would end the
 * name or start a comment, so they become Mermaid entity codes (`#58;`, `#35;`, `#59;`); line
 * breaks become spaces; a leading gantt keyword is defused by encoding its first character.
 */
export function mermaidText(text: string | undefined | null): string {
    let out = (text ?? '').replace(/\r\n|\r|\n/g, ' ').replace(/[:#;]/g, c => `#${c.charCodeAt(0)};`).trim();
    if (GANTT_KEYWORDS.test(out)) out = `#${out.charCodeAt(0)};${out.slice(1)}`;
    return out || '-';
}
