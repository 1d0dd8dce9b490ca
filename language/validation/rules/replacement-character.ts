import type { CstNode } from 'langium';
import type { Rule } from '../rule.js';

const REPLACEMENT = '\uFFFD';

/**
 * replacement-character: the file holds U+FFFD, the character a decoder puts where bytes are not
 * UTF-8. A library saved as GBK by an editor on a Chinese system, and imported, reads that way:
 * every Chinese title in it would reach the calendar and the sheets as `�`, with no other sign.
 * Reported once per file, at the first one, with the count.
 */
export const replacementCharacter: Rule = {
    name: 'replacement-character',
    codes: ['replacement-character'],
    check(ctx) {
        const text = ctx.document.textDocument.getText();
        const first = text.indexOf(REPLACEMENT);
        if (first < 0) return;
        let count = 0;
        for (let i = first; i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) count++;
        const start = ctx.document.textDocument.positionAt(first);
        const range = { start, end: { line: start.line, character: start.character + 1 } };
        const cst = { offset: first, end: first + 1, length: 1, range, text: REPLACEMENT } as unknown as CstNode;
        ctx.report('replacement-character', ctx.root, { count }, { cst });
    },
};
