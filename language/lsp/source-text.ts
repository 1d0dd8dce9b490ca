/**
 * The text of a document as editor features that insert or remove text see it: tokens with their
 * comments, lines, indentation, the significant extent of a node. Quick fixes use it to put new
 * text where the canonical layout (formatter.ts) would put it.
 */
import { type AstNode, CstUtils, GrammarUtils, type LangiumDocument, type LeafCstNode, type Lexer } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';

export interface SourceToken {
    readonly offset: number;
    readonly end: number;
    readonly image: string;
    readonly comment: boolean;
}

export const INDENT_UNIT = '  ';

export class SourceText {
    readonly text: string;
    readonly eol: string;
    readonly tokens: readonly SourceToken[];
    private readonly lineStarts: number[];

    constructor(readonly document: LangiumDocument, lexer: Lexer) {
        this.text = document.textDocument.getText();
        const m = /\r\n|\r|\n/.exec(this.text);
        this.eol = m ? m[0] : '\n';
        const lexed = lexer.tokenize(this.text);
        this.tokens = [...lexed.tokens, ...lexed.hidden]
            .map(t => ({
                offset: t.startOffset, end: t.startOffset + t.image.length, image: t.image,
                comment: t.tokenType.name === 'SL_COMMENT' || t.tokenType.name === 'ML_COMMENT',
            }))
            .sort((a, b) => a.offset - b.offset);
        this.lineStarts = [0];
        for (let i = 0; i < this.text.length; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 13) {
                if (this.text.charCodeAt(i + 1) === 10) i++;
                this.lineStarts.push(i + 1);
            } else if (c === 10) this.lineStarts.push(i + 1);
        }
    }

    position(offset: number): Position {
        return this.document.textDocument.positionAt(offset);
    }

    insert(offset: number, newText: string): TextEdit {
        const p = this.position(offset);
        return { range: { start: p, end: p }, newText };
    }

    remove(offset: number, end: number): TextEdit {
        return { range: { start: this.position(offset), end: this.position(end) }, newText: '' };
    }

    lineOf(offset: number): number {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    lineStart(offset: number): number {
        return this.lineStarts[this.lineOf(offset)];
    }

    /** Offset of the line break ending the line of `offset` (or the end of the text). */
    lineEnd(offset: number): number {
        const line = this.lineOf(offset);
        if (line + 1 >= this.lineStarts.length) return this.text.length;
        let end = this.lineStarts[line + 1];
        if (this.text[end - 1] === '\n') end--;
        if (this.text[end - 1] === '\r') end--;
        return end;
    }

    /** Offset just after the line break ending the line of `offset` (or the end of the text). */
    nextLineStart(offset: number): number {
        const line = this.lineOf(offset);
        return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    }

    /** The blanks at the start of the line of `offset`. */
    indentOfLine(offset: number): string {
        const start = this.lineStart(offset);
        return /^[ \t]*/.exec(this.text.slice(start, this.lineEnd(offset)))![0];
    }

    /** Only blanks between the start of its line and `offset`. */
    startsLine(offset: number): boolean {
        return /^[\s\u3000\uFEFF]*$/.test(this.text.slice(this.lineStart(offset), offset));
    }

    /** Index of the first token at or after `offset`. */
    tokenIndexAt(offset: number): number {
        let lo = 0;
        let hi = this.tokens.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.tokens[mid].offset < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Where a node's own text begins and ends (its first and last token, comments excluded). */
    span(node: AstNode | undefined): { offset: number; end: number } | undefined {
        const cst = node?.$cstNode;
        if (!cst) return undefined;
        let first: LeafCstNode | undefined;
        let last: LeafCstNode | undefined;
        for (const leaf of CstUtils.flattenCst(cst)) {
            if (leaf.hidden) continue;
            first ??= leaf;
            last = leaf;
        }
        return first && last ? { offset: first.offset, end: last.end } : undefined;
    }

    /** The `{` and `}` a node owns (its block), if it has one. */
    braces(node: AstNode): { open: LeafCstNode; close: LeafCstNode } | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const open = GrammarUtils.findNodeForKeyword(cst, '{') as LeafCstNode | undefined;
        const close = GrammarUtils.findNodeForKeyword(cst, '}') as LeafCstNode | undefined;
        return open && close && open.offset < close.offset ? { open, close } : undefined;
    }

    /** The end of a node property's text (e.g. its title), if written. */
    propertyEnd(node: AstNode, property: string): number | undefined {
        return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.end;
    }

    /** The last significant token that ends at or before `offset`. */
    previousSignificantEnd(offset: number): number | undefined {
        for (let i = this.tokenIndexAt(offset) - 1; i >= 0; i--) {
            const t = this.tokens[i];
            if (!t.comment && t.end <= offset) return t.end;
        }
        return undefined;
    }

    /** Indentation of the items inside a node's block. */
    innerIndent(node: AstNode): string {
        const b = this.braces(node);
        if (b) {
            for (let i = this.tokenIndexAt(b.open.end); i < this.tokens.length && this.tokens[i].offset < b.close.offset; i++) {
                const t = this.tokens[i];
                if (this.startsLine(t.offset)) return this.indentOfLine(t.offset);
            }
        }
        const span = this.span(node);
        return (span ? this.indentOfLine(span.offset) : '') + INDENT_UNIT;
    }

    /**
     * Inserts new line items after the token ending at `anchorEnd`: on new lines with `indent`,
     * after any comments that trail the anchor on its line; or, when more code follows on that line
     * (a block written on one line), on the same line separated by spaces.
     */
    insertItemsAfter(anchorEnd: number, indent: string, items: readonly string[]): TextEdit {
        const line = this.lineOf(anchorEnd);
        let pos = anchorEnd;
        let i = this.tokenIndexAt(anchorEnd);
        while (i < this.tokens.length && this.tokens[i].comment && this.lineOf(this.tokens[i].offset) === line) {
            pos = this.tokens[i].end;
            i++;
        }
        const next = this.tokens[i];
        if (next && !next.comment && this.lineOf(next.offset) === line) {
            return this.insert(anchorEnd, items.map(item => ` ${item}`).join(''));
        }
        return this.insert(pos, items.map(item => `${this.eol}${indent}${item}`).join(''));
    }

    /**
     * Adds a clause inside a node's block: before its `}` (on its own line in a multi-line block),
     * or as a new one-line block `{ clause }` when the node has none.
     */
    insertClauseInBlock(node: AstNode, clause: string): TextEdit | undefined {
        const b = this.braces(node);
        if (!b) {
            const span = this.span(node);
            return span ? this.insert(span.end, ` { ${clause} }`) : undefined;
        }
        const lastInside = this.previousSignificantEnd(b.close.offset) ?? b.open.end;
        const anchorEnd = lastInside >= b.open.end ? lastInside : b.open.end;
        if (this.lineOf(b.open.offset) === this.lineOf(b.close.offset)) {
            return this.insert(anchorEnd, ` ${clause}`);
        }
        return this.insertItemsAfter(anchorEnd, this.innerIndent(node), [clause]);
    }
}
