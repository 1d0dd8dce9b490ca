/**
 * The linear-time matchers for `/* … *\/`, `""" … """` and `"…"` (language/syntax/token-builder.ts) must
 * lex exactly like the grammar's regexes they replace: same tokens, hidden tokens and errors, on
 * the seeds and on thousands of mutants full of unclosed openers.
 */
import { strict as assert } from 'node:assert';
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, EmptyFileSystem, type GrammarAST } from 'langium';
import { PlaybookTokenBuilder } from '../../language/syntax/token-builder.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { Prng } from '../helpers/prng.js';
import { loadSeeds, mutant } from './mutate.js';

function lexers() {
    const ours = createPlaybookCoreServices().Playbook.parser.Lexer;
    // The same tokens (Chinese keywords included) with the grammar's regexes for the delimited terminals.
    class RegexDelimited extends PlaybookTokenBuilder {
        protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
            // A day's offset (`D-3`) is a context rule, not a delimited token: both lexers share it.
            if (terminal.name === 'OFFSET') return super.buildTerminalToken(terminal);
            return DefaultTokenBuilder.prototype['buildTerminalToken'].call(this, terminal);
        }
    }
    const plain = createPlaybookCoreServices(EmptyFileSystem, { parser: { TokenBuilder: (() => new RegexDelimited()) as never } }).Playbook.parser.Lexer;
    return { ours, plain };
}

function lexed(lexer: ReturnType<typeof lexers>['ours'], text: string) {
    const r = lexer.tokenize(text);
    return {
        tokens: r.tokens.map(t => `${t.tokenType.name}@${t.startOffset}:${t.image}`),
        hidden: r.hidden.map(t => `${t.tokenType.name}@${t.startOffset}:${t.image}`),
        errors: r.errors.map(e => `${e.offset}+${e.length}`),
    };
}

describe('robustness: delimited-token matchers lex like the grammar regexes', () => {
    const { ours, plain } = lexers();

    it('on hand-written edge cases', () => {
        const cases = [
            '/* a */ b /* c', '/**/', '/***/', '/* /* */ */', 'a / b /* c */ / d', '// x /* y\n*/', '"""a""""', '""""""', '"""\n x \n"""',
            '""" unclosed', '"a""""b"""', '/* x */"""y"""/* z', 'kpi r = a / b /* ratio */ target 5%', '/', '/*', '"""', '""',
            '"\\"\\"\\"', '"\\"\\"\\""', '"a\\', '"a\\\nb"', '"a\\\u2028b"', '"a\u2028b"', '"a\\\\"b"', '"\\"x\n"y"', '"\r"', '"a\\\r\nb" "c"',
            `role r ${'"\\'.repeat(50)}\nrole q "ok"`, '"\\', '"\\"', '\\"a"',
        ];
        for (const text of cases) assert.deepEqual(lexed(ours, text), lexed(plain, text), JSON.stringify(text));
    });

    it('on 3,000 mutants of the seeds', () => {
        const seeds = loadSeeds();
        const rnd = new Prng(99);
        for (let i = 0; i < 3_000; i++) {
            const m = mutant(seeds, rnd);
            let text = m.text;
            // Sprinkle openers and closers, the characters these matchers care about.
            for (let k = rnd.int(0, 4); k > 0; k--) {
                const p = rnd.int(0, text.length);
                text = text.slice(0, p) + rnd.pick(['/*', '*/', '"""', '"', '/', '*', '//', '\\', '"\\', '\\"', '\n', '\u2028']) + text.slice(p);
            }
            assert.deepEqual(lexed(ours, text), lexed(plain, text), `mutant ${i}: ${m.ops.join('; ')}`);
        }
    });
});
