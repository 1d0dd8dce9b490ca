/**
 * Snippets in Chinese keywords for a Chinese editor: the English snippet text (with its `${…}`
 * placeholders) rewritten word by word as `fmt --keywords zh` would rewrite the expanded text —
 * keywords, the constructions (`第 ${3:1} 天`, `为期 30 天`, `于`), and kind values after `kind` /
 * `type` (in choices too). Strings, placeholders' defaults and declared names are left alone.
 */
import { CONSTRUCTION, KEYWORD_ZH, KIND_ZH, type KindTableName } from '../syntax/chinese-keywords.js';

const TOKEN = /"(?:[^"\\]|\\.)*"|\$\{\d+\|[^}]*\|\}|\$\{\d+(?::[^}]*)?\}|\$\d+|[A-Za-z_][A-Za-z0-9_]*|[0-9]+|\s+|./gs;

/** Declaration keywords: the word after one is a name; their kind table. */
const DECLARATIONS: Readonly<Record<string, KindTableName | undefined>> = {
    playbook: undefined, library: undefined, role: undefined, channel: 'Channel', segment: undefined, asset: 'Asset', goal: 'Goal',
    phase: 'Phase', step: undefined, milestone: undefined, track: undefined, kpi: undefined, risk: 'Risk', property: undefined, line: undefined,
};

export function chineseSnippet(snippet: string): string {
    const tokens = snippet.match(TOKEN) ?? [];
    const out: string[] = [];
    let declaration: string | undefined;
    let previousWord: string | undefined;
    let closeAfterNext = false;
    const isValue = (t: string) => /^\$\{\d+(?::[^}]*)?\}$/.test(t) || /^[0-9]+$/.test(t);
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (/^\s+$/.test(t)) {
            out.push(t);
            if (/\n/.test(t)) declaration = undefined;
            continue;
        }
        let text = t;
        const word = /^[A-Za-z_]\w*$/.test(t) ? t : undefined;
        const choice = /^\$\{(\d+)\|([^}]*)\|\}$/.exec(t);
        const table: KindTableName | undefined = previousWord === 'type' ? 'Playbook' : previousWord === 'kind' && declaration ? DECLARATIONS[declaration] : undefined;
        if (word && isNameSlot(tokens, i)) {
            // a declared name: unchanged
        } else if (word && table) {
            text = KIND_ZH[table][word] ?? word;
        } else if (choice && (table || previousWord === '=')) {
            const words = choice[2].split(',').map(w => (table ? KIND_ZH[table][w] : KEYWORD_ZH[w]) ?? w);
            text = `\${${choice[1]}|${words.join(',')}|}`;
        } else if (word === 'day' && isValue(tokens[i + 2] ?? '')) {
            text = CONSTRUCTION.dayOpen;
            closeAfterNext = true;
        } else if (word === 'days' && declaration === 'phase' && isValue(tokens[i + 2] ?? '')) {
            text = CONSTRUCTION.phaseDays;
            closeAfterNext = true;
        } else if (word && KEYWORD_ZH[word] && word !== 'for') {
            text = KEYWORD_ZH[word];
        }
        if (word && word in DECLARATIONS && !isNameSlot(tokens, i)) declaration = word;
        out.push(text);
        if (closeAfterNext && isValue(t)) {
            out.push(` ${CONSTRUCTION.dayClose}`);
            closeAfterNext = false;
        }
        if (word || choice || /^\$\{/.test(t) || t === '=') previousWord = word ?? (t === '=' ? '=' : t);
    }
    return out.join('');
}

/** Is token i the name right after a declaration keyword (`phase warmup`)? */
function isNameSlot(tokens: readonly string[], i: number): boolean {
    let j = i - 1;
    while (j >= 0 && /^\s+$/.test(tokens[j])) j--;
    return j >= 0 && tokens[j] in DECLARATIONS;
}
