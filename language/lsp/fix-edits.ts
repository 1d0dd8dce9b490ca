/**
 * Pieces of text and edits the quick fixes share (code-action-provider.ts): removing a declaration
 * with its lines, string literals, fresh names, the declarations of imported libraries.
 */
import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { PlaybookModel } from '../model/playbook-model.js';
import type { NameRules } from './names.js';
import type { SourceText } from './source-text.js';

/** The edit that removes a declaration's text: whole lines when it has them to itself. */
export function removalEdit(st: SourceText, span: { offset: number; end: number }): TextEdit {
    const text = st.text;
    const inner = st.tokens.filter(t => t.comment && t.offset > span.offset && t.end < span.end);
    const lineStart = st.lineStart(span.offset);
    const ownsStart = st.startsLine(span.offset);
    const afterIndex = st.tokenIndexAt(span.end);
    const after = st.tokens[afterIndex];
    const afterOnLine = after && st.lineOf(after.offset) === st.lineOf(span.end);
    const indent = st.indentOfLine(span.offset);
    const keep = (lineItems: boolean) => inner.map(c => (lineItems ? `${indent}${c.image}${st.eol}` : `${c.image}${c.image.startsWith('//') ? st.eol + indent : ' '}`)).join('');
    if (ownsStart && !afterOnLine) {
        // The declaration has its lines to itself: remove them (keeping comments that were inside it).
        const edit = st.remove(lineStart, st.nextLineStart(span.end));
        edit.newText = keep(true);
        return edit;
    }
    if (ownsStart && after?.comment) {
        // A comment trails it on its line: the comment stays, at the declaration's place.
        const edit = st.remove(span.offset, after.offset);
        edit.newText = keep(false);
        return edit;
    }
    if (afterOnLine) {
        const edit = st.remove(span.offset, after.offset);
        edit.newText = keep(false);
        return edit;
    }
    // Last thing on a line that has other code before it: remove it with the blanks before it.
    let start = span.offset;
    while (start > lineStart && /[ \t\u3000]/.test(text[start - 1])) start--;
    const edit = st.remove(start, span.end);
    edit.newText = inner.length ? ` ${keep(false).trimEnd()}` : '';
    return edit;
}

export function importedOf<T extends AstNode>(model: PlaybookModel, guard: (n: unknown) => n is T): T[] {
    return model.imported.flatMap(lib => (lib.declarations as AstNode[]).filter(guard));
}

/** A string literal: quotes and backslashes escaped, line breaks as `\n`. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;
}

/** `base`, else `base_2`, `base_3` … (a valid name not in `taken`). */
export function uniqueName(base: string, taken: ReadonlySet<string>, names: NameRules): string {
    const start = names.isValidName(base) ? base : 'item';
    if (!taken.has(start)) return start;
    for (let i = 2; ; i++) if (!taken.has(`${start}_${i}`)) return `${start}_${i}`;
}
