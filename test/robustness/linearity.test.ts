/**
 * Linear time on hostile shapes (issue 11 §3). Each shape is built at size N and 2N and run
 * through everything a keystroke costs: parse, link, validation, the model, the formatter's
 * edits. Work that is linear takes about twice as long at 2N; quadratic work takes four times
 * as long. The check compares the two in the same run (best of three each, retried on a noisy
 * machine) against a generous bound of 3 — no absolute time is asserted. Before the fixes the
 * ratios were: unclosed `"\` 3.9, a comment's 80,000 blanks before a word 4.8, repeated clauses 9.7.
 */
import { strict as assert } from 'node:assert';
import { URI } from 'langium';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { formatEdits } from '../../language/syntax/layout.js';

const { shared, Playbook } = createPlaybookCoreServices();
let count = 0;

async function work(text: string): Promise<void> {
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/linearity/${count++}.playbook`));
    shared.workspace.LangiumDocuments.addDocument(doc);
    try {
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        Playbook.playbook.Models.getModel(doc);
        const lexed = Playbook.parser.Lexer.tokenize(text);
        if (!doc.parseResult.parserErrors.length && !doc.parseResult.lexerErrors.length) {
            formatEdits({ text, tokens: [...lexed.tokens, ...lexed.hidden], root: doc.parseResult.value });
        }
    } finally {
        shared.workspace.LangiumDocuments.deleteDocument(doc.uri);
        shared.workspace.IndexManager.remove(doc.uri);
    }
}

async function best(text: string): Promise<number> {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await work(text);
        min = Math.min(min, performance.now() - t);
    }
    return min;
}

/** t(2N) / t(N), the smallest of up to five tries (other processes share the machine). */
export async function growth(make: (n: number) => string, n: number): Promise<number> {
    await work(make(n / 4)); // warm-up
    let ratio = Infinity;
    for (let attempt = 0; attempt < 5 && ratio >= BOUND; attempt++) {
        const a = await best(make(n));
        const b = await best(make(2 * n));
        ratio = Math.min(ratio, b / Math.max(a, 1));
    }
    return ratio;
}

const BOUND = 3;
const HEAD = 'playbook p "t" {\n  start 2026-03-02\n  owner ops\n  role ops "o"\n';

/** Hostile shapes and a size N at which the linear work takes long enough to measure. */
export const SHAPES: Record<string, [(n: number) => string, number]> = {
    'an unclosed string of repeated "\\': [n => `${HEAD}  phase a "A" days 3 {\n    step s "S" day 1 note ${'"\\'.repeat(n)}\n  }\n}\n`, 8_000],
    'a comment of blanks before a word': [n => `${HEAD}  phase a "A" days 3 { step s "S" day 1 }\n}\n// c${' '.repeat(n)}x`, 400_000],
    'a comment of trailing blanks': [n => `${HEAD}  // c${' '.repeat(n)}\n  phase a "A" days 3 { step s "S" day 1 }\n}\n`, 400_000],
    'one clause repeated in a step': [n => `${HEAD}  phase a "A" days 3 {\n    step s "S"${' day 1'.repeat(n)}\n  }\n}\n`, 4_000],
    'a comment before every step': [n => `${HEAD}  phase a "A" days 3 {\n${'    // c\n    step s "S" day 1\n'.repeat(n)}  }\n}\n`, 1_000],
    'a string of blanks before a word': [n => `${HEAD}  phase a "A${' '.repeat(n)}x" days 3 { step s "S" day 1 }\n}\n`, 400_000],
    'an unclosed block string of quote pairs': [n => `${HEAD}  phase a "A" days 3 {\n    step s "S" day 1 note """${' "" '.repeat(n)}`, 40_000],
    'unclosed comment openers': [n => `${HEAD}${'  /* x\n'.repeat(n)}}\n`, 8_000],
    'stray closing braces': [n => `${HEAD}${' }'.repeat(n)}`, 40_000],
};

describe('robustness: linear time at N and 2N', function () {
    this.timeout(120_000);
    const ratios: string[] = [];
    after(() => console.log(`      growth t(2N)/t(N): ${ratios.join(', ')}`));

    for (const [name, [make, n]] of Object.entries(SHAPES)) {
        it(name, async () => {
            const ratio = await growth(make, n);
            ratios.push(`${name} ${ratio.toFixed(2)}`);
            assert.ok(ratio < BOUND, `t(2N)/t(N) = ${ratio.toFixed(2)} at N = ${n}: quadratic?`);
        });
    }
});
