/**
 * A playbook saved in GBK (an editor on a Chinese system) or UTF-16: the CLI refuses it (exit 2)
 * naming the encoding, in the user's language, and writes nothing. Before, it was decoded as UTF-8:
 * no diagnostic, and every Chinese title came out as U+FFFD in the outputs. Near misses: UTF-8 with
 * a byte-order mark and CRLF lines; a UTF-8 file beside a GBK one is not blamed.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const HEAD = 'playbook p "';
const TAIL = '" {\n  start 2026-03-02\n  owner ops\n  role ops "ops"\n  phase go "go" kind burst days 1 { milestone m "m" day 1 }\n}\n';
// 测试 in GBK: B2E2 CAD4.
const GBK_TITLE = Uint8Array.from([0xb2, 0xe2, 0xca, 0xd4]);

describe('CLI: a playbook that is not UTF-8', function () {
    this.timeout(120_000);
    let dir: string;
    const path = (name: string) => join(dir, name);
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-encoding-'));
        assert.equal(new TextDecoder('gbk').decode(GBK_TITLE), '测试', 'the fixture is GBK');
        writeFileSync(path('gbk.playbook'), Buffer.concat([Buffer.from(HEAD), GBK_TITLE, Buffer.from(TAIL)]));
        const text = `${HEAD}测试${TAIL}`;
        writeFileSync(path('utf16.playbook'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        writeFileSync(path('utf16-nobom.playbook'), Buffer.from(text, 'utf16le'));
        writeFileSync(path('bom.playbook'), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
        mkdirSync(path('mixed'));
        writeFileSync(path('mixed/a.playbook'), text);
        writeFileSync(path('mixed/b.playbook'), Buffer.concat([Buffer.from(HEAD), GBK_TITLE, Buffer.from(TAIL)]));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('validate: GBK is exit 2 naming the encoding (en, zh-CN), nothing on stdout', () => {
        const en = runCli(['validate', 'gbk.playbook'], { cwd: dir });
        assert.equal(en.status, 2);
        assert.equal(en.stdout, '');
        assert.equal(en.stderr, "playbook: 'gbk.playbook' is encoded in GBK (GB18030), not UTF-8: save it as UTF-8 (in most editors: Save with Encoding → UTF-8)\n");
        const zh = runCli(['validate', 'gbk.playbook', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 2);
        assert.match(zh.stderr, /^playbook: “gbk\.playbook”的编码是 GBK \(GB18030\)，不是 UTF-8：请另存为 UTF-8 编码/);
    });

    it('UTF-16 with and without a byte-order mark: exit 2, UTF-16 named (not hundreds of lexing errors)', () => {
        for (const file of ['utf16.playbook', 'utf16-nobom.playbook']) {
            const r = runCli(['validate', file], { cwd: dir });
            assert.equal(r.status, 2, r.stdout);
            assert.match(r.stderr, new RegExp(`^playbook: '${file.replace('.', '\\.')}' is encoded in UTF-16, not UTF-8`));
            assert.doesNotMatch(r.stdout + r.stderr, /lexing-error/);
        }
    });

    it('calendar -o: nothing written; a folder names the file in it', () => {
        const r = runCli(['calendar', 'gbk.playbook', '-o', 'out.ics'], { cwd: dir });
        assert.equal(r.status, 2);
        assert.ok(!existsSync(path('out.ics')));
        const folder = runCli(['validate', 'mixed'], { cwd: dir });
        assert.equal(folder.status, 2);
        assert.match(folder.stderr, /^playbook: 'mixed\/b\.playbook' is encoded in GBK/);
        assert.doesNotMatch(folder.stderr, /a\.playbook/);
    });

    it('near miss: UTF-8 with a byte-order mark and CRLF validates and generates with its Chinese title', () => {
        const v = runCli(['validate', '--format', 'json', 'bom.playbook'], { cwd: dir });
        assert.equal(v.status, 0, v.stderr);
        const cal = runCli(['calendar', 'bom.playbook', '--format', 'json'], { cwd: dir });
        assert.equal(cal.status, 0, cal.stderr);
        assert.equal(JSON.parse(cal.stdout).title, '测试');
    });

    it('a GBK library a playbook imports: replacement-character on it, nothing generated (before: 测试 became �� in every output)', () => {
        writeFileSync(path('lib-gbk.playbook'), Buffer.concat([Buffer.from('library shared {\n  role ops "'), GBK_TITLE, Buffer.from('"\n}\n')]));
        writeFileSync(path('uses-gbk.playbook'), 'import "./lib-gbk.playbook"\nplaybook p "用库" {\n  start 2026-03-02\n  owner ops\n  phase go "go" kind burst days 1 { milestone m "m" day 1 }\n}\n');
        // The library's first U+FFFD is line 2, column 13; four of them (two GBK characters, two bytes each).
        const cal = runCli(['calendar', 'uses-gbk.playbook', '-o', 'gbk.ics'], { cwd: dir });
        assert.equal(cal.status, 1);
        assert.ok(!existsSync(path('gbk.ics')));
        assert.match(cal.stdout + cal.stderr, /^lib-gbk\.playbook:2:13 error This file holds 4 × U\+FFFD .* \[replacement-character\]$/m);
        const zh = runCli(['calendar', 'uses-gbk.playbook', '--format', 'csv', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(zh.status, 1);
        assert.match(zh.stdout + zh.stderr, /此文件含 4 处 U\+FFFD/);
        // Near miss: the same library in UTF-8.
        writeFileSync(path('lib-gbk.playbook'), 'library shared {\n  role ops "测试"\n}\n');
        assert.equal(runCli(['calendar', 'uses-gbk.playbook', '--format', 'json'], { cwd: dir }).status, 0);
    });

    it('bytes in no encoding it knows (binary) are "not UTF-8 text", for a playbook and for review\'s actuals (en, zh-CN)', () => {
        const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
        writeFileSync(path('binary.playbook'), binary);
        writeFileSync(path('binary.csv'), binary);
        const v = runCli(['validate', 'binary.playbook', '--locale', 'zh-CN'], { cwd: dir });
        assert.equal(v.status, 2);
        assert.match(v.stderr, /^playbook: “binary\.playbook”不是 UTF-8 文本：请另存为 UTF-8 编码/);
        const r = runCli(['review', 'bom.playbook', '--actuals', 'binary.csv'], { cwd: dir });
        assert.equal(r.status, 2);
        assert.equal(r.stderr, "playbook: the actuals file 'binary.csv' is not UTF-8 text: export or save it as UTF-8 CSV\n");
        const gbk = runCli(['review', 'bom.playbook', '--actuals', 'gbk.playbook'], { cwd: dir });
        assert.match(gbk.stderr, /is encoded in GBK \(GB18030\), not UTF-8/, 'a known encoding is still named');
    });
});
