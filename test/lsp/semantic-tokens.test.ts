import { strict as assert } from 'node:assert';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { lspServices } from './lsp-services.js';

const en = lspServices('en');
const highlight = highlightHelper(en);

describe('semantic tokens', () => {
    it('mark a phase named `review` as a name and `kind review` as an enumerated value', async () => {
        const tokens = await highlight('playbook p "t" {\n  phase <|review|> "复盘" kind <|review|> days <|3|>\n}');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.number });
        // Keywords are left to the TextMate grammar.
        assert.ok(!tokens.tokens.some(t => t.text === 'phase' || t.text === 'kind'));
    });

    it('give every category its token type, for declarations and references alike', async () => {
        const tokens = await highlight([
            'playbook <|p|> "t" {',
            '  start <|2026-10-12|>',
            '  type <|promotion|>',
            '  role <|ops|> "o"',
            '  channel <|群|> "g" kind <|wechat_group|>',
            '  segment <|lapsed|>',
            '  asset <|poster|> "a" { ready <|w|> day <|1|> }',
            '  phase <|w|> "x" days 3 {',
            '    step <|start_post|> "s" days <|1|>..<|2|> at <|10:00|> for <|2h|> on <|群|> uses <|poster|> owner <|ops|> remind <|1h|>',
            '    milestone <|done|> "d" day 3',
            '  }',
            '  track <|join|> "j" { on 群 property <|source|> string }',
            '  kpi <|members|> "m" = count <|join|> where <|source|> = "x" target <|40%|>',
            '  goal <|grow|> "g" { kpi <|members|> }',
            '  risk <|low|> "l" kind traffic { when <|members|> < 40% by w day 2 then "x" }',
            '  blackout <|2026-10-14|>',
            '}',
        ].join('\n'));
        const expected: string[] = [
            'namespace', 'number', 'enumMember', 'class', 'interface', 'enumMember', 'type', 'struct', 'namespace', 'number', 'namespace',
            'function', 'number', 'number', 'number', 'number', 'interface', 'struct', 'class', 'number', 'function',
            'event', 'property', 'variable', 'event', 'property', 'number', 'variable', 'variable', 'variable', 'variable', 'number',
        ];
        assert.equal(tokens.ranges.length, expected.length);
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType: tokenType as SemanticTokenTypes }));
    });

    it('mark declarations with the declaration modifier', async () => {
        const services = en;
        const provider = services.lsp.SemanticTokenProvider!;
        const tokens = await highlight('playbook p "t" {\n  role ops "o"\n  owner ops\n}');
        const declaration = provider.tokenModifiers.declaration;
        const ops = tokens.tokens.filter(t => t.text === 'ops');
        assert.equal(ops.length, 2);
        assert.ok(ops[0].tokenModifiers & declaration);
        assert.ok(!(ops[1].tokenModifiers & declaration));
    });
});
