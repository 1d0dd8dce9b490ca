import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { createPlaybookServices } from '../../language/lsp/playbook-lsp-module.js';
import { Prng } from '../helpers/prng.js';
import { applyTextEdits, buildOne, formatText, tokenStream } from '../helpers/lsp-edits.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const services = createPlaybookServices(EmptyFileSystem).Playbook;

function fixture(name: string): string {
    return readFileSync(join(HERE, 'fixtures', name), 'utf8');
}

function examples(): [string, string][] {
    const dir = join(ROOT, 'examples');
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter(f => f.endsWith('.playbook')).sort().map(f => [`examples/${f}`, readFileSync(join(dir, f), 'utf8')]);
}

const FIXTURES: [string, string][] = [
    ['format-comments.playbook', fixture('format-comments.playbook')],
    ['format-library.playbook', fixture('format-library.playbook')],
];

/** Formatting changes whitespace only, and formatting twice equals formatting once. */
async function assertSafe(name: string, text: string): Promise<string> {
    const once = (await formatText(text)).text;
    assert.deepEqual(tokenStream(services, once), tokenStream(services, text), `${name}: formatting changed a token or comment`);
    const twice = (await formatText(once)).text;
    assert.equal(twice, once, `${name}: formatting is not idempotent`);
    const { ws } = await formatText(once);
    assert.deepEqual(ws.main.parseResult.parserErrors, [], `${name}: formatted text does not parse`);
    return once;
}

describe('formatter: never changes anything but whitespace', () => {
    const cases = [...examples(), ...FIXTURES];

    it('has examples and fixtures to check', () => {
        assert.ok(cases.length >= 2);
    });

    for (const [name, text] of cases) {
        it(`${name}: same tokens and comments, idempotent`, async () => {
            await assertSafe(name, text);
        });

        it(`${name} with CRLF line breaks: keeps CRLF, same tokens, idempotent`, async () => {
            const crlf = text.replace(/\r?\n/g, '\r\n');
            const out = await assertSafe(`${name} (CRLF)`, crlf);
            assert.ok(!/[^\r]\n/.test(out), 'a bare LF appeared in a CRLF file');
            assert.ok(out.endsWith('\r\n'));
        });

        it(`${name} with a byte-order mark: keeps it`, async () => {
            const out = await assertSafe(`${name} (BOM)`, `\uFEFF${text}`);
            assert.ok(out.startsWith('\uFEFF'));
            assert.equal(out.indexOf('\uFEFF', 1), -1);
        });

        it(`${name}: whitespace scrambled inside lines formats back to the same text`, async () => {
            const canonical = (await formatText(text)).text;
            const rng = new Prng(0xF0F0 + name.length);
            for (let round = 0; round < 3; round++) {
                const scrambled = scrambleSpaces(canonical, rng);
                assert.notEqual(scrambled, canonical);
                assert.deepEqual(tokenStream(services, scrambled), tokenStream(services, canonical));
                const again = (await formatText(scrambled)).text;
                assert.equal(again, canonical, `round ${round}: scrambled text did not format back`);
            }
        });
    }
});

/**
 * Changes the indentation and the spaces between tokens on each line (not the number of line
 * breaks, not the space before a trailing comment, which the layout keeps), without touching tokens.
 */
function scrambleSpaces(text: string, rng: Prng): string {
    const lexed = services.parser.Lexer.tokenize(text);
    const toks = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
    const pieces: ((ws: string) => string)[] = [ws => ws, ...[' ', '  ', '\t', '   ', '\u3000', ' \t '].map(s => () => s)];
    let out = text.slice(0, toks[0]?.startOffset ?? text.length);
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        const end = t.startOffset + t.image.length;
        out += t.image;
        const nextStart = i + 1 < toks.length ? toks[i + 1].startOffset : text.length;
        const gap = text.slice(end, nextStart);
        const next = toks[i + 1];
        const nextIsComment = next && /COMMENT/.test(next.tokenType.name);
        // `D-3` is one word to a planner: the offset is lexed only right after `D`, with nothing between.
        const glued = next?.tokenType.name === 'OFFSET' && gap === '';
        if (i + 1 >= toks.length || glued || (nextIsComment && !/[\r\n]/.test(gap))) {
            out += gap;
            continue;
        }
        const lines = gap.split(/(\r\n|\r|\n)/);
        if (lines.length === 1) {
            // Same line: any non-empty run of blanks where there was one, none or one where there was none.
            out += gap === '' ? rng.pick(['', '', ' ']) : String(rng.pick(pieces)(gap) || ' ');
        } else {
            const last = lines.length - 1;
            lines[0] = rng.pick(['', ' ', '\t']);
            lines[last] = rng.pick(['', ' ', '    ', '\t', '          ']);
            out += lines.join('');
        }
    }
    return out;
}

describe('formatter: the canonical layout', () => {
    const { Playbook } = createPlaybookServices(EmptyFileSystem);
    const expectFormat = expectFormatting(Playbook);

    it('indents by two spaces per brace and puts single spaces between tokens', async () => {
        await expectFormat({
            before: 'playbook   p  "t"{\nstart    2026-01-05\n        role ops "Ops"\n    }\n',
            after: 'playbook p "t" {\n  start 2026-01-05\n  role ops "Ops"\n}\n',
        });
    });

    it('keeps one-line blocks on one line, with spaces inside the braces', async () => {
        await expectFormat({
            before: 'playbook p {\n  segment s "S" {tag "a"   tag "b"}\n  goal g "G" kind brand {}\n}\n',
            after: 'playbook p {\n  segment s "S" { tag "a" tag "b" }\n  goal g "G" kind brand { }\n}\n',
        });
    });

    it('opens a multi-line block on a new line and closes it on its own line', async () => {
        await expectFormat({
            before: 'playbook p { start 2026-01-05\n  role ops "Ops" }\n',
            after: 'playbook p {\n  start 2026-01-05\n  role ops "Ops"\n}\n',
        });
    });

    it('puts each declaration of a multi-line block on its own line, keeps clauses where written', async () => {
        await expectFormat({
            before: [
                'playbook p {',
                '  start 2026-01-05 owner ops',
                '  role ops "Ops" role dev "Dev"',
                '  phase w "W" days 3 {',
                '    step a "A" day 1 step b "B" day 2',
                '  }',
                '}',
                '',
            ].join('\n'),
            after: [
                'playbook p {',
                '  start 2026-01-05 owner ops',
                '  role ops "Ops"',
                '  role dev "Dev"',
                '  phase w "W" days 3 {',
                '    step a "A" day 1',
                '    step b "B" day 2',
                '  }',
                '}',
                '',
            ].join('\n'),
        });
    });

    it('indents continuation lines one more level', async () => {
        await expectFormat({
            before: [
                'playbook p {',
                'phase w "W" days 3 {',
                'step a "A" day 1',
                'at 10:00',
                '        on g,',
                ' h',
                '}',
                '}',
            ].join('\n'),
            after: [
                'playbook p {',
                '  phase w "W" days 3 {',
                '    step a "A" day 1',
                '      at 10:00',
                '      on g,',
                '      h',
                '  }',
                '}',
                '',
            ].join('\n'),
        });
    });

    it('writes ranges, properties, lists and enum values tightly', async () => {
        await expectFormat({
            before: [
                'playbook p {',
                '  blackout 2026-10-01 .. 2026-10-07 "holiday"',
                '  track t { property k enum ( "a" , "b" ) property n number }',
                '  kpi s = sum t . n target >= 5%',
                '  phase w days 9 { step a days 2 .. 5 on x , y }',
                '}',
            ].join('\n'),
            after: [
                'playbook p {',
                '  blackout 2026-10-01..2026-10-07 "holiday"',
                '  track t { property k enum("a", "b") property n number }',
                '  kpi s = sum t.n target >= 5%',
                '  phase w days 9 { step a days 2..5 on x, y }',
                '}',
                '',
            ].join('\n'),
        });
    });

    it('keeps at most one blank line, none after { or before }, none at the start of the file', async () => {
        await expectFormat({
            before: '\n\n\nplaybook p {\n\n\n  role a\n\n\n\n  role b\n\n}\n\n\n',
            after: 'playbook p {\n  role a\n\n  role b\n}\n',
        });
    });

    it('indents own-line comments like the code after them and keeps the space before trailing comments', async () => {
        await expectFormat({
            before: [
                '// top',
                'playbook p {      // brace',
                '      // roles',
                'role a "A"        // aligned',
                'role bb "B"       // aligned',
                '       // last',
                '}',
            ].join('\n'),
            after: [
                '// top',
                'playbook p {      // brace',
                '  // roles',
                '  role a "A"        // aligned',
                '  role bb "B"       // aligned',
                '  // last',
                '}',
                '',
            ].join('\n'),
        });
    });

    it('leaves block strings and block comments untouched inside', async () => {
        const before = [
            'playbook p {',
            '      /* keep',
            '           this */',
            '  asset a "A" {',
            '          text """',
            '      line one',
            '         line two',
            '      """',
            '  }',
            '}',
            '',
        ].join('\n');
        const after = [
            'playbook p {',
            '  /* keep',
            '           this */',
            '  asset a "A" {',
            '    text """',
            '      line one',
            '         line two',
            '      """',
            '  }',
            '}',
            '',
        ].join('\n');
        await expectFormat({ before, after });
    });

    it('does not format a text with syntax errors', async () => {
        const text = 'playbook   p {\n      role a "A"\n  step\n';
        const { text: out } = await formatText(text);
        assert.equal(out, text);
    });

    it('formats only the requested range', async () => {
        const text = 'playbook p {\nrole a   "A"\nrole b   "B"\nrole c   "C"\n}\n';
        const ws = await buildOne(text);
        const edits = await ws.services.lsp.Formatter!.formatDocumentRange(ws.main, {
            textDocument: { uri: ws.main.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } },
        });
        assert.equal(applyTextEdits(text, edits), 'playbook p {\nrole a   "A"\n  role b "B"\nrole c   "C"\n}\n');
    });

    it('handles an empty and a comment-only file', async () => {
        assert.equal((await formatText('')).text, '');
        assert.equal((await formatText('   \n  ')).text, '   \n  ');
        assert.equal((await formatText('  // only a comment   ')).text, '// only a comment\n');
        assert.equal((await formatText('playbook p { // c  \t\n}')).text, 'playbook p { // c\n}\n');
    });
});
