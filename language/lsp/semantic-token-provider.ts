/**
 * Semantic tokens. The TextMate grammar colours words by spelling, so in
 * `phase review "复盘" kind review` both `review`s look like keywords. These tokens say what each
 * name really is:
 *
 * | what | token type |
 * | --- | --- |
 * | playbook, library, phase | namespace |
 * | role | class |
 * | channel | interface |
 * | segment | type |
 * | asset | struct |
 * | step, milestone | function |
 * | track | event |
 * | property | property |
 * | KPI, goal, risk, budget line | variable |
 * | kind / type / currency values | enumMember |
 * | property types (`string`, `number` …) | type |
 * | dates, times, durations, numbers, percents | number |
 *
 * Declaration names carry the `declaration` modifier; references get the type of what they name.
 * The type per declaration is its vocabulary row's `token` (language/vocabulary/declarations.ts).
 */
import { type AstNode, AstUtils, Cancellation, type CstNode, CstUtils, GrammarAST, type LangiumDocument, interruptAndCheck } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { CHINESE_KEYWORDS } from '../syntax/chinese-keywords.js';
import { findAssignment } from '../syntax/cst.js';
import { declarationRow } from '../vocabulary/declarations.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

/** The token type of a declaration's name (declared or referenced): the vocabulary row's `token`. */
function tokenTypeOf(type: string): string | undefined {
    const token = declarationRow(type)?.token;
    return token && SemanticTokenTypes[token];
}

/** Literal tokens shown as numbers. */
const NUMERIC_TOKENS = new Set(['DATE', 'TIME', 'DURATION', 'PERCENT', 'NUMBER']);
/** Assigned values that are enumerated (not names). */
const ENUM_FEATURES = new Set(['kind', 'type', 'currency']);

/**
 * One pass over the tokens (leaves of the CST), not over AST properties: Langium's per-property
 * lookups walk the CST again for every node, which costs seconds on a 5,000-line playbook.
 */
export class PlaybookSemanticTokenProvider extends AbstractSemanticTokenProvider {
    /**
     * Keywords that are values (property types: `string`, `number` …); other keywords are skipped at
     * once. (A keyword used as a name is an ID token there: see language/vocabulary/keywords.ts (`name: true`).)
     */
    protected readonly valueKeywords: ReadonlySet<string>;

    constructor(services: PlaybookServices) {
        super(services);
        const words = new Set<string>();
        for (const rule of services.Grammar.rules) {
            if (rule.name !== 'PropertyType' && rule.name !== 'PrimitiveType') continue;
            for (const node of AstUtils.streamAllContents(rule)) {
                if (GrammarAST.isKeyword(node) && /^\w+$/.test(node.value)) words.add(node.value);
            }
        }
        this.valueKeywords = words;
    }

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return;
        const range = this.currentRange;
        const from = range ? document.textDocument.offsetAt(range.start) : 0;
        const to = range ? document.textDocument.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
        let count = 0;
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.hidden || leaf.end <= from) continue;
            if (leaf.offset >= to) break;
            if (++count % 2000 === 0) await interruptAndCheck(cancelToken);
            const source = leaf.grammarSource;
            if (GrammarAST.isKeyword(source) && !this.valueKeywords.has(source.value)) {
                // Chinese keywords are marked as keywords (a client without the TextMate grammar sees them too).
                if (CHINESE_KEYWORDS.has(leaf.text)) acceptor({ cst: leaf, type: SemanticTokenTypes.keyword });
                continue;
            }
            const token = classify(leaf);
            if (token) acceptor({ cst: leaf, type: token.type, modifier: token.modifier });
        }
    }

    protected override highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): 'prune' {
        return 'prune';
    }
}

/** The semantic token of one leaf, or undefined to leave it to the TextMate grammar. */
export function classify(leaf: CstNode & { tokenType?: { name: string } }): { type: string; modifier?: string } | undefined {
    const terminal = (leaf as { tokenType?: { name: string } }).tokenType?.name ?? '';
    if (NUMERIC_TOKENS.has(terminal)) return { type: SemanticTokenTypes.number };
    if (terminal === 'STRING' || terminal === 'BLOCK_STRING') return undefined;
    const assignment = findAssignment(leaf);
    if (!assignment) return undefined;
    if (GrammarAST.isCrossReference(assignment.terminal)) {
        const target = assignment.terminal.type.ref?.name;
        const type = target ? tokenTypeOf(target) : undefined;
        return type ? { type } : undefined;
    }
    if (assignment.feature === 'name') {
        const type = tokenTypeOf(leaf.astNode.$type);
        return type ? { type, modifier: SemanticTokenModifiers.declaration } : undefined;
    }
    if (ENUM_FEATURES.has(assignment.feature)) return { type: SemanticTokenTypes.enumMember };
    if (assignment.feature === 'primitive') return { type: SemanticTokenTypes.type };
    return undefined;
}
