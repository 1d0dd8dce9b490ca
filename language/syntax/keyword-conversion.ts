/**
 * `playbook fmt --keywords zh|en` and the editor's *Convert Keywords to Chinese / English*: the
 * edits that rewrite every keyword and kind value into one language (chinese-keywords.ts). Names,
 * strings, comments and numbers are never touched; the caller lays the result out afresh
 * (format-text.ts), so `--keywords zh` then `--keywords en` gives back a canonical file exactly.
 */
import { type AstNode, type CstNode, GrammarAST, isLeafCstNode, type LeafCstNode } from 'langium';
import { AT_EVERY_DAY, CONSTRUCTION, englishKeywordOf, KEYWORD_EN, KEYWORD_ZH, KIND_ZH, kindFromChinese } from './chinese-keywords.js';
import type { GapEdit } from './layout.js';
import { kindTable } from './value-converter.js';

export type KeywordLanguage = 'en' | 'zh';

/** The leaves of a CST in text order, comments excluded. */
function leaves(root: CstNode): LeafCstNode[] {
    const out: LeafCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length) {
        const node = stack.pop()!;
        if (isLeafCstNode(node)) {
            if (!node.hidden) out.push(node);
            continue;
        }
        const content = (node as unknown as { content: CstNode[] }).content;
        for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
    }
    return out;
}

const replace = (leaf: LeafCstNode, newText: string): GapEdit => ({ offset: leaf.offset, end: leaf.end, newText });

/** Edits that write every keyword and kind value of the parsed `root` in `to`. */
export function keywordEdits(root: AstNode, to: KeywordLanguage): GapEdit[] {
    const cst = root.$cstNode;
    if (!cst) return [];
    const text = cst.root.fullText;
    const list = leaves(cst);
    const edits: GapEdit[] = [];
    for (let i = 0; i < list.length; i++) {
        const leaf = list[i];
        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source)) {
            const keyword = source.value;
            if (to === 'zh') {
                const zh = chineseOf(keyword, leaf, list, i);
                if (!zh) continue;
                if (zh.text !== leaf.text) edits.push(replace(leaf, zh.text));
                if (zh.closeAfter) edits.push({ offset: zh.closeAfter.end, end: zh.closeAfter.end, newText: ` ${CONSTRUCTION.dayClose}` });
            } else {
                const en = englishOf(keyword, leaf, list, i);
                if (en === undefined) continue;
                if (en === '') {
                    // `天`: goes with the blanks before it (never a comment).
                    let start = leaf.offset;
                    while (start > 0 && /[ \t\u3000]/.test(text[start - 1])) start--;
                    edits.push({ offset: start, end: leaf.end, newText: '' });
                } else if (en !== leaf.text) {
                    edits.push(replace(leaf, en));
                }
            }
            continue;
        }
        // A kind value (or the playbook type): the leaf of a Name under a `kind` / `type` assignment.
        const table = leaf.container && kindTable(leaf.container);
        if (!table) continue;
        const value = to === 'zh' ? KIND_ZH[table][leaf.text] : kindFromChinese(table, leaf.text);
        if (value !== undefined && value !== leaf.text) edits.push(replace(leaf, value));
    }
    return edits;
}

/** The Chinese form of English keyword `keyword` at `list[i]`, and the leaf after which `天` goes. */
function chineseOf(keyword: string, leaf: LeafCstNode, list: readonly LeafCstNode[], i: number): { text: string; closeAfter?: LeafCstNode } | undefined {
    if (leaf.text !== keyword) return undefined; // already Chinese (or a construction)
    const node = leaf.astNode;
    const next = list[i + 1];
    // `第 … 天` holds plain numbers only: any other day (a future `day D-3`) keeps its English keyword.
    const isNumber = (l: LeafCstNode | undefined) => !!l && GrammarAST.isRuleCall(l.grammarSource) && l.grammarSource.rule.ref?.name === 'NUMBER';
    switch (keyword) {
        case 'day':
            return isNumber(next) ? { text: CONSTRUCTION.dayOpen, closeAfter: next } : undefined;
        case 'days': {
            if (node.$type === 'Phase') return isNumber(next) ? { text: CONSTRUCTION.phaseDays, closeAfter: next } : undefined;
            // `days A..B`: `天` after B.
            const last = list[i + 3];
            return isNumber(next) && list[i + 2]?.text === '..' && isNumber(last) ? { text: CONSTRUCTION.dayOpen, closeAfter: last } : undefined;
        }
        case 'for':
            if (!next) return undefined;
            return { text: GrammarAST.isRuleCall(next.grammarSource) && next.grammarSource.rule.ref?.name === 'DURATION' ? CONSTRUCTION.forDuration : CONSTRUCTION.forSegment };
        case 'at':
            return { text: (node as { range?: unknown }).range ? AT_EVERY_DAY : KEYWORD_ZH.at };
        default:
            return KEYWORD_ZH[keyword] ? { text: KEYWORD_ZH[keyword] } : undefined;
    }
}

const CONSTRUCTIONS: ReadonlySet<string> = new Set(Object.values(CONSTRUCTION));

/** The English form of keyword `keyword` (the grammar's) at `list[i]`; '' to delete it (`天`). */
function englishOf(keyword: string, leaf: LeafCstNode, list: readonly LeafCstNode[], i: number): string | undefined {
    if (keyword === CONSTRUCTION.dayOpen) return list[i + 2]?.text === '..' ? 'days' : 'day';
    if (keyword === CONSTRUCTION.dayClose) return '';
    if (CONSTRUCTIONS.has(keyword)) return englishKeywordOf(keyword);
    // A Chinese form is a token of its English keyword's category: the grammar names the English one.
    return leaf.text !== keyword && KEYWORD_EN[leaf.text] === keyword ? keyword : undefined;
}
