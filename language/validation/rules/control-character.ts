import { type CstNode, CstUtils } from 'langium';
import type { Rule } from '../rule.js';

/** Bidi embeddings, overrides, isolates and marks, and control characters but tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TOKENS = new Set(['STRING', 'BLOCK_STRING', 'SL_COMMENT', 'ML_COMMENT']);
/** Findings per file: a file full of them needs one look, not thousands of lines. */
const MAX_FINDINGS = 100;

/**
 * control-character: a string or comment holds a bidirectional override or a control character
 * ("Trojan source"): the text shown in the editor, on a review page or in the generated calendar
 * is not the text that is there (a reordered `owner`, a hidden note), and NUL/BEL/ESC end up in
 * outputs. Each such character is reported where it is, with its code point.
 */
export const controlCharacter: Rule = {
    name: 'control-character',
    codes: ['control-character'],
    check(ctx) {
        const root = ctx.root.$cstNode;
        if (!root) return;
        let found = 0;
        for (const leaf of CstUtils.streamCst(root)) {
            const type = (leaf as CstNode & { tokenType?: { name: string } }).tokenType?.name;
            if (!type || !TOKENS.has(type)) continue;
            const text = leaf.text;
            CONTROL.lastIndex = 0;
            for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
                if (++found > MAX_FINDINGS) return;
                const node = leaf.astNode;
                const at = positionIn(leaf, m.index);
                const cst = { ...leaf, offset: leaf.offset + m.index, end: leaf.offset + m.index + 1, length: 1, range: { start: at, end: { line: at.line, character: at.character + 1 } } } as unknown as CstNode;
                ctx.report('control-character', node, { code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }, { cst });
            }
        }
    },
};

/** The position of the character at `index` of a token (which may span lines). */
function positionIn(leaf: CstNode, index: number): { line: number; character: number } {
    const text = leaf.text;
    let line = leaf.range.start.line;
    let lineStart = -1;
    for (let i = 0; i < index; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i;
        }
    }
    return lineStart < 0 ? { line, character: leaf.range.start.character + index } : { line, character: index - lineStart - 1 };
}
