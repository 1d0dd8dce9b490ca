/**
 * Langium's CST builder attaches the comments before a token with `content.push(...nodes)` and
 * `content.splice(i, 0, ...nodes)`: every comment becomes a call argument, so a file of
 * `playbook p {` and 125,000 `//` lines threw "Maximum call stack size exceeded" (the CLI exited
 * 70, the server crashed on open). This builder does the same without spreading.
 *
 * The builder is a private field of Langium's parser, created in its constructor; this is the one
 * place that replaces it (test/robustness/stack.test.ts checks the parser holds ours).
 */
import { type CompositeCstNode, type CstNode, CstNodeBuilder, GrammarAST, type LangiumCoreServices, type LangiumParser, createLangiumParser } from 'langium';
import { CAP_PERIOD_EN } from './chinese-keywords.js';

/** The builder's view of CST nodes (their fields are read-only to everyone else). */
type Mutable = { container?: CompositeCstNode; content: CstNode[] };

export class PlaybookCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        for (const child of children) (child as unknown as Mutable).container = parent;
        const p = parent as unknown as Mutable;
        if (p.content.length === 0) p.content = children.slice();
        else for (const child of children) p.content.push(child);
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) (child as unknown as Mutable).container = parent;
        const content = (parent as unknown as Mutable).content;
        const tail = content.splice(index);
        for (const child of children) content.push(child);
        for (const node of tail) content.push(node);
    }
}

type Assign = (operator: string, feature: string, value: unknown, cstNode: CstNode, crossRef: unknown) => void;
type WithBuilder = { nodeBuilder?: CstNodeBuilder; assign?: Assign };

/**
 * Langium's parser, with its CST builder replaced by `PlaybookCstNodeBuilder`, and keywords assigned
 * as values stored as the grammar's English keyword: Langium stores the token's text, which for a
 * Chinese form (`节假日 中国大陆`, a token of `cn`'s category) would be the Chinese one, and a
 * cap's Chinese period (`每日`) as its English value (`day`). Both forms then give the same model.
 */
export function createPlaybookParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const inner = parser as unknown as WithBuilder;
    if (!(inner.nodeBuilder instanceof CstNodeBuilder)) throw new Error('Langium parser without nodeBuilder: update language/syntax/cst-node-builder.ts');
    if (typeof inner.assign !== 'function') throw new Error('Langium parser without assign: update language/syntax/cst-node-builder.ts');
    inner.nodeBuilder = new PlaybookCstNodeBuilder();
    const assign = inner.assign.bind(parser);
    inner.assign = (operator, feature, value, cstNode, crossRef) => {
        const source = cstNode?.grammarSource;
        if (typeof value === 'string' && GrammarAST.isKeyword(source)) value = CAP_PERIOD_EN[source.value] ?? source.value;
        assign(operator, feature, value, cstNode, crossRef);
    };
    return parser;
}

/** Whether `parser` builds its CST with `PlaybookCstNodeBuilder` (for the test). */
export function usesPlaybookCstNodeBuilder(parser: LangiumParser): boolean {
    return (parser as unknown as WithBuilder).nodeBuilder instanceof PlaybookCstNodeBuilder;
}
