/**
 * What counts as a name: an identifier (`活动群`, `warmup_2`) or one of the keywords the grammar's
 * `Name` rule admits as a name (`review`, `start` …). Read from the grammar, not repeated here.
 */
import { AstUtils, type Grammar, GrammarAST, type Lexer } from 'langium';

export class NameRules {
    private readonly nameKeywords: ReadonlySet<string>;

    constructor(grammar: Grammar, private readonly lexer: Lexer) {
        const rule = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.name === 'Name');
        const keywords = new Set<string>();
        if (rule) {
            for (const node of AstUtils.streamAllContents(rule)) {
                if (GrammarAST.isKeyword(node)) keywords.add(node.value);
            }
        }
        this.nameKeywords = keywords;
    }

    /** Is `text` exactly one name token? */
    isValidName(text: string): boolean {
        if (!text || text.trim() !== text) return false;
        const lexed = this.lexer.tokenize(text);
        if (lexed.errors.length || lexed.hidden.length || lexed.tokens.length !== 1) return false;
        const token = lexed.tokens[0];
        if (token.image !== text) return false;
        return token.tokenType.name === 'ID' || this.nameKeywords.has(text);
    }
}
