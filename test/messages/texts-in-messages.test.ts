/**
 * "Every user-facing text lives in language/messages/" (ARCHITECTURE.md), as far as a search can
 * tell: no string literal with Chinese in it, and no text picked by a `locale === 'zh-CN' ? …`
 * choice, in the sources outside messages/. Allowed elsewhere: the vocabulary's Chinese keyword
 * and value forms (vocabulary/, syntax/chinese-keywords.ts), the init templates (authoring/), the
 * English descriptions of the shipped JSON Schemas (shapes/, which name Chinese terms such as 调休),
 * and the English `--help` texts whose Chinese is in messages/cli.ts (keyed by them).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI_DESCRIPTIONS_ZH } from '../../language/messages/cli.js';
import { ROOT } from '../helpers/lsp-client.js';

const ALLOWED = ['language/messages/', 'language/vocabulary/', 'language/authoring/', 'language/syntax/chinese-keywords.ts', 'language/shapes/'];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Single-line string literals and template literals (a template's `${…}` stays inside). */
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
/** `locale === 'zh-CN' ? '、' …`: a text chosen in place (a choice of a code such as `'zh'` is no text). */
const LOCALE_CHOICE = /locale\s*[!=]==\s*'zh-CN'\s*\?\s*(?!'[A-Za-z-]+'\s*:\s*'[A-Za-z-]+')['"`]/;

function sources(dir: string, out: string[] = []): string[] {
    for (const name of readdirSync(dir)) {
        if (name === 'generated' || name === 'node_modules') continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) sources(path, out);
        else if (/\.(ts|mts)$/.test(name)) out.push(path);
    }
    return out;
}

/** The text without comments (line comments, block comments), keeping strings. */
function withoutComments(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\'"`])\/\/.*$/gm, (m, before: string | undefined) => (m.startsWith('/*') ? '' : before ?? ''));
}

/** What the scan finds in one text: literals with Chinese (less the allowed help texts) and locale choices of a literal. */
export function findings(text: string): string[] {
    const found: string[] = [];
    const code = withoutComments(text);
    for (const m of code.matchAll(LITERAL)) {
        const literal = m[0].slice(1, -1);
        if (CJK.test(literal) && !Object.hasOwn(CLI_DESCRIPTIONS_ZH, literal)) found.push(literal.slice(0, 60));
    }
    for (const line of code.split('\n')) if (LOCALE_CHOICE.test(line)) found.push(line.trim().slice(0, 80));
    return found;
}

describe('user-facing texts live in language/messages/', () => {
    it('the scan sees what it looks for (not blind)', () => {
        assert.deepEqual(findings("const a = '第 ' + n;"), ['第 ']);
        assert.deepEqual(findings('const s = locale === \'zh-CN\' ? \'、\' : \', \';').length, 2);
        assert.deepEqual(findings("const b = pick(X, locale); // 中文注释\n/* 说明 */"), []);
        assert.deepEqual(findings("const k = locale === 'zh-CN' ? 'zh' : 'en';"), [], 'a code, not a text');
        assert.deepEqual(findings("const c = 'https://example.org/a'; const d = 'x';"), []);
        assert.deepEqual(findings("cmd.description('generate the tracking spec (埋点方案): json, jsonschema, md, csv or xlsx')"), []);
    });

    it('finds no Chinese literal and no locale-picked text outside messages/, the vocabulary, the templates and the schema docs', () => {
        const files = ['language', 'extension/src', 'extension/webview'].flatMap(d => sources(join(ROOT, d)));
        assert.ok(files.length > 150, `${files.length} files`);
        const found: string[] = [];
        for (const file of files) {
            const path = relative(ROOT, file);
            if (ALLOWED.some(a => path.startsWith(a))) continue;
            for (const f of findings(readFileSync(file, 'utf8'))) found.push(`${path}: ${f}`);
        }
        assert.deepEqual(found, []);
    });
});
