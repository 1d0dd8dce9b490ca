/**
 * `playbook fmt --keywords zh|en` and the editor's *Convert Keywords to Chinese / English*: the
 * edits that rewrite every keyword and kind value into one language (chinese-keywords.ts). Names,
 * strings, comments and numbers are never touched; the caller lays the result out afresh
 * (format-text.ts), so `--keywords zh` then `--keywords en` gives back a canonical file exactly.
 */
import { type AstNode, type CstNode, GrammarAST, isLeafCstNode, type LeafCstNode } from 'langium';
import { AT_EVERY_DAY, CAP_PERIOD_EN, CAP_PERIOD_ZH, CONSTRUCTION, englishKeywordOf, KEYWORD_EN, KEYWORD_ZH, KIND_ZH, kindFromChinese, WEEKDAY_ZH, weekdayFromChinese } from './chinese-keywords.js';
import type { GapEdit } from './layout.js';
import { isWeekday, kindTable } from './value-converter.js';
import { clauseValue } from './clauses.js';

import type { KeywordLanguage } from './keyword-language.js';

export type { KeywordLanguage };

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
            const cap = capEdits(keyword, leaf, list, i, to);
            if (cap) {
                for (const edit of cap) edits.push(edit);
                continue;
            }
            if (to === 'zh') {
                const zh = chineseOf(keyword, leaf, list, i);
                if (!zh) continue;
                if (zh.text !== leaf.text) edits.push(replace(leaf, zh.text));
                if (zh.closeAfter) edits.push({ offset: zh.closeAfter.end, end: zh.closeAfter.end, newText: ` ${zh.close ?? CONSTRUCTION.dayClose}` });
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
        // The weekday of `repeat weekly on thu` / `每周 周四`.
        if (leaf.container && isWeekday(leaf.container)) {
            const value = to === 'zh' ? WEEKDAY_ZH[leaf.text] : weekdayFromChinese(leaf.text);
            if (value !== undefined && value !== leaf.text) edits.push(replace(leaf, value));
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

const isNumber = (l: LeafCstNode | undefined) => !!l && GrammarAST.isRuleCall(l.grammarSource) && l.grammarSource.rule.ref?.name === 'NUMBER';

/**
 * A channel's cap changes its word order: `cap 1 per day` ↔ `上限 每日 1 次`. At `per` (English) or
 * the Chinese period, the three leaves are rewritten in place (the number moves; nothing else does).
 */
function capEdits(keyword: string, leaf: LeafCstNode, list: readonly LeafCstNode[], i: number, to: KeywordLanguage): GapEdit[] | undefined {
    if (leaf.astNode.$type !== 'Cap') return undefined;
    // The period (English) or `次` (Chinese): rewritten at `per` / at the Chinese period.
    if (to === 'zh' ? CAP_PERIOD_ZH[keyword] : keyword === CONSTRUCTION.times) return [];
    if (to === 'zh' && keyword === 'per') {
        const [count, period] = [list[i - 1], list[i + 1]];
        if (!isNumber(count) || !period || !CAP_PERIOD_ZH[period.text]) return undefined;
        return [replace(count, CAP_PERIOD_ZH[period.text]), replace(leaf, count.text), replace(period, CONSTRUCTION.times)];
    }
    if (to === 'en' && CAP_PERIOD_EN[keyword]) {
        const [count, times] = [list[i + 1], list[i + 2]];
        if (!isNumber(count) || times?.text !== CONSTRUCTION.times) return undefined;
        return [replace(leaf, count.text), replace(count, 'per'), replace(times, CAP_PERIOD_EN[keyword])];
    }
    return undefined;
}

/** The Chinese form of English keyword `keyword` at `list[i]`, and the leaf after which `天` (or `close`) goes. */
function chineseOf(keyword: string, leaf: LeafCstNode, list: readonly LeafCstNode[], i: number): { text: string; closeAfter?: LeafCstNode; close?: string } | undefined {
    if (leaf.text !== keyword) return undefined; // already Chinese (or a construction)
    const node = leaf.astNode;
    const next = list[i + 1];
    if (node.$type === 'Repeat') {
        switch (keyword) {
            case 'monthly': return { text: CONSTRUCTION.monthly };
            case 'weekly': return { text: CONSTRUCTION.weekly };
            case 'every': return { text: CONSTRUCTION.every };
            case 'days': return { text: CONSTRUCTION.dayClose };
            // `monthly on 18` → `每月 18 日`, `weekly on thu` → `每周 周四`: no word for `on`.
            case 'on': return isNumber(next) ? { text: '', closeAfter: next, close: CONSTRUCTION.monthDay } : { text: '' };
        }
    }
    // `第 … 天` holds plain numbers; a day counted from D has no word: `day D-3` → `D-3`, `days D-7..D-1` → `D-7..D-1`.
    const isD = next?.text === 'D' && GrammarAST.isKeyword(next.grammarSource);
    switch (keyword) {
        case 'day':
            return isNumber(next) ? { text: CONSTRUCTION.dayOpen, closeAfter: next } : isD ? { text: '' } : undefined;
        case 'days': {
            if (node.$type === 'Phase') return isNumber(next) ? { text: CONSTRUCTION.phaseDays, closeAfter: next } : undefined;
            if (isD) return { text: '' };
            // `days A..B`: `天` after B.
            const last = list[i + 3];
            return isNumber(next) && list[i + 2]?.text === '..' && isNumber(last) ? { text: CONSTRUCTION.dayOpen, closeAfter: last } : undefined;
        }
        case 'for':
            if (!next) return undefined;
            return { text: GrammarAST.isRuleCall(next.grammarSource) && next.grammarSource.rule.ref?.name === 'DURATION' ? CONSTRUCTION.forDuration : CONSTRUCTION.forSegment };
        case 'at':
            return { text: clauseValue(node, 'range') !== undefined ? AT_EVERY_DAY : KEYWORD_ZH.at };
        default:
            return KEYWORD_ZH[keyword] ? { text: KEYWORD_ZH[keyword] } : undefined;
    }
}

const CONSTRUCTIONS: ReadonlySet<string> = new Set(Object.values(CONSTRUCTION));

/** The English form of keyword `keyword` (the grammar's) at `list[i]`; '' to delete it (`天`). */
function englishOf(keyword: string, leaf: LeafCstNode, list: readonly LeafCstNode[], i: number): string | undefined {
    if (keyword === CONSTRUCTION.dayOpen) return list[i + 2]?.text === '..' ? 'days' : 'day';
    if (leaf.astNode.$type === 'Repeat') {
        switch (keyword) {
            case CONSTRUCTION.monthly: return 'monthly on';
            case CONSTRUCTION.weekly: return 'weekly on';
            case CONSTRUCTION.every: return 'every';
            case CONSTRUCTION.dayClose: return 'days';
            case CONSTRUCTION.monthDay: return '';
        }
    }
    if (keyword === CONSTRUCTION.dayClose) return '';
    if (CONSTRUCTIONS.has(keyword)) return englishKeywordOf(keyword);
    if (keyword === 'D') return bareDayRef(leaf, list[i - 1]);
    // A Chinese form is a token of its English keyword's category: the grammar names the English one.
    return leaf.text !== keyword && KEYWORD_EN[leaf.text] === keyword ? keyword : undefined;
}

/** A step's or milestone's `D-3` / `D-7..D-1` written without `day` / `days` (the Chinese form) gets the keyword back. */
function bareDayRef(leaf: LeafCstNode, previous: LeafCstNode | undefined): string | undefined {
    const ref = leaf.astNode;
    const owner = ref.$container;
    if (!owner) return undefined;
    const clause = owner.$type === 'Step' || owner.$type === 'Milestone';
    if (clause && ref.$containerProperty === 'relDay' && previous?.text !== 'day') return 'day D';
    if (owner.$type === 'DayRange' && ref.$containerProperty === 'relFrom' && owner.$container?.$type === 'Step' && previous?.text !== 'days') return 'days D';
    return undefined;
}
