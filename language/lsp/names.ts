/**
 * What counts as a name: an identifier (`活动群`, `warmup_2`) or one of the keywords that may also
 * be names (`review`, `start` …: language/vocabulary/keywords.ts (`name: true`), the list the lexer uses).
 */
import type { Lexer } from 'langium';
import { NAME_KEYWORDS } from '../vocabulary/keywords.js';

export class NameRules {
    constructor(private readonly lexer: Lexer) {}

    /** Is `text` exactly one name token? */
    isValidName(text: string): boolean {
        if (!text || text.trim() !== text) return false;
        const lexed = this.lexer.tokenize(text);
        if (lexed.errors.length || lexed.hidden.length || lexed.tokens.length !== 1) return false;
        const token = lexed.tokens[0];
        if (token.image !== text) return false;
        return token.tokenType.name === 'ID' || NAME_KEYWORDS.has(text);
    }
}
