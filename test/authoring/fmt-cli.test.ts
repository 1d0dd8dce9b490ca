import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { layoutText } from '../../language/syntax/format-text.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lsp-client.js';
import { formatText, tokenStream } from '../helpers/lsp-edits.js';
import { createPlaybookServices } from '../../language/lsp/playbook-lsp-module.js';
import { EmptyFileSystem } from 'langium';

const lsp = createPlaybookServices(EmptyFileSystem).Playbook;

/** Untidy on purpose: comments everywhere, a block string, odd spacing, blank lines, a trailing blank comment. */
const MESSY = `

// lead comment   
playbook  messy "乱排 // 不是注释" {
start 2026-03-02   /* after start */
    owner ops
role ops "运营"    // aligned
channel   group "社群" kind wechat_group



  phase warmup "预热" kind warmup days 7 { step a "发海报" day 1 at 10:00 on group
      uses poster   // why
  step b "文案" days 2..3 at 09:00 on group {
  note """
     保留  这些   空格
       和缩进
     """
  }
  }
asset poster "海报" kind poster {owner ops ready warmup day 1 text "a  b"}
}
`;

describe('playbook fmt (CLI)', function () {
    this.timeout(120_000);
    let tmp: string;
    before(() => { tmp = mkdtempSync(join(tmpdir(), 'playbook-fmt-')); });
    after(() => rmSync(tmp, { recursive: true, force: true }));
    const write = (name: string, text: string | Buffer) => {
        const path = join(tmp, name);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, text);
        return path;
    };

    it('prints the editor formatter\'s layout of one file on stdout, losing no comment or text', async () => {
        const file = write('messy.playbook', MESSY);
        const r = runCli(['fmt', file]);
        assert.equal(r.status, 0, r.stderr);
        const editor = (await formatText(MESSY)).text;
        assert.equal(r.stdout, editor);
        assert.notEqual(r.stdout, MESSY);
        assert.deepEqual(tokenStream(lsp, r.stdout), tokenStream(lsp, MESSY));
        assert.ok(r.stdout.includes('保留  这些   空格\n       和缩进'));
        assert.equal(readFileSync(file, 'utf8'), MESSY, 'stdout mode changed the file');
    });

    it('keeps CRLF and a byte-order mark', () => {
        const text = `\uFEFF${MESSY.replace(/\n/g, '\r\n')}`;
        const file = write('crlf.playbook', text);
        const r = runCli(['fmt', file]);
        assert.equal(r.status, 0, r.stderr);
        assert.ok(r.stdout.startsWith('\uFEFF// lead comment\r\n'));
        assert.ok(!/[^\r]\n/.test(r.stdout));
    });

    it('--check lists the files that would change, exits 1 and writes nothing', () => {
        const dir = join(tmp, 'check');
        const messy = write('check/a.playbook', MESSY);
        const tidy = write('check/sub/b.playbook', runCli(['fmt', messy]).stdout);
        const before = statSync(messy).mtimeMs;
        const r = runCli(['fmt', '--check', dir]);
        assert.equal(r.status, 1, r.stderr);
        assert.deepEqual(r.stdout.trim().split('\n'), [messy]);
        assert.match(r.stderr, /1 of 2 files would be reformatted/);
        assert.equal(readFileSync(messy, 'utf8'), MESSY);
        assert.equal(statSync(messy).mtimeMs, before);
        const ok = runCli(['fmt', '--check', tidy]);
        assert.equal(ok.status, 0, ok.stderr);
        assert.equal(ok.stdout, '');
        assert.match(ok.stderr, /: 1 file is formatted\n$/);
    });

    it('--write rewrites changed files in place, leaves files with syntax errors untouched and reports them', () => {
        const messy = write('w/a.playbook', MESSY);
        const broken = `playbook b {\n  start 2026-01-01\n    role a "x" {\n}\n`;
        const bad = write('w/b.playbook', broken);
        const r = runCli(['fmt', '--write', messy, bad]);
        assert.equal(r.status, 1);
        assert.equal(readFileSync(messy, 'utf8'), runCli(['fmt', messy]).stdout);
        assert.notEqual(readFileSync(messy, 'utf8'), MESSY);
        assert.equal(readFileSync(bad, 'utf8'), broken);
        assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:\\d+ error .*\\[parsing-error\\]`));
        assert.match(r.stderr, /has syntax errors; left untouched/);
        assert.match(r.stderr, /formatted 1 of 2 file/);
        const again = runCli(['fmt', '--check', messy]);
        assert.equal(again.status, 0, 'formatting is not idempotent');
    });

    it('one file with syntax errors: nothing on stdout, exit 1, messages in Chinese under a zh locale', () => {
        const bad = write('bad.playbook', 'playbook b {\n  start 2026-01-01\n  role "x"\n}\n');
        const r = runCli(['fmt', bad], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /有语法错误，未作改动/);
    });

    it('leaves a file that is not UTF-8 untouched', () => {
        const bytes = Buffer.concat([Buffer.from('playbook x { role a "'), Buffer.from([0xff, 0xfe]), Buffer.from('"   }\n')]);
        const file = write('latin.playbook', bytes);
        const r = runCli(['fmt', '--write', file]);
        assert.equal(r.status, 1);
        assert.match(r.stderr, /not UTF-8/);
        assert.deepEqual(readFileSync(file), bytes);
    });

    it('usage errors exit 2: several files to stdout, --check with --write, a missing path', () => {
        const a = write('u/a.playbook', MESSY);
        const b = write('u/b.playbook', MESSY);
        const several = runCli(['fmt', a, b]);
        assert.equal(several.status, 2);
        assert.match(several.stderr, /add --write/);
        assert.equal(runCli(['fmt', '--check', '--write', a]).status, 2);
        const missing = runCli(['fmt', join(tmp, 'nope.playbook')], { env: { LANG: 'zh_CN.UTF-8' } });
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /无法读取/);
        assert.equal(readFileSync(a, 'utf8'), MESSY);
    });

    it('--keywords zh then --keywords en gives the file back; names, strings and comments untouched', () => {
        const tidy = write('k/tidy.playbook', runCli(['fmt', write('k/messy.playbook', MESSY)]).stdout);
        const zh = runCli(['fmt', '--keywords', 'zh', tidy]);
        assert.equal(zh.status, 0, zh.stderr);
        assert.match(zh.stdout, /^活动 {1,2}messy "乱排 \/\/ 不是注释" \{/m);
        assert.match(zh.stdout, /动作 a "发海报" 第 1 天 于 10:00 在 group/);
        assert.match(zh.stdout, /\/\/ lead comment/);
        const zhFile = write('k/zh.playbook', zh.stdout);
        const check = runCli(['fmt', '--check', '--keywords', 'en', zhFile]);
        assert.equal(check.status, 1);
        const en = runCli(['fmt', '--keywords', 'en', zhFile]);
        assert.equal(en.stdout, readFileSync(tidy, 'utf8'));
        assert.equal(runCli(['fmt', '--keywords', 'fr', tidy]).status, 2);
    });

    it('the examples are in the canonical layout', () => {
        const r = runCli(['fmt', '--check', join(ROOT, 'examples')]);
        assert.equal(r.status, 0, r.stdout + r.stderr);
    });
});

describe('layoutText (the formatter without an editor)', () => {
    const core = createPlaybookCoreServices().Playbook;

    it('equals the editor formatter and never changes a token', async () => {
        const out = layoutText(core, MESSY);
        assert.equal(out.text, (await formatText(MESSY)).text);
    });

    it('returns the syntax errors, with 1-based positions, instead of a text', () => {
        const out = layoutText(core, 'playbook x {\n  role\n}\n');
        assert.equal(out.text, undefined);
        assert.ok(out.errors && out.errors.length > 0);
        assert.deepEqual([out.errors[0].line, out.errors[0].column], [3, 1]);
        const lexing = layoutText(core, 'playbook x { § }\n');
        assert.ok(lexing.errors?.some(e => e.line === 1 && e.column === 14));
    });
});
