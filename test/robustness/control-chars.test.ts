/**
 * Terminal and log injection (issue 11 §6): file names, import paths, zone strings and option
 * values carrying ESC/BEL sequences, line breaks, C1 controls and bidi overrides are printed
 * with those characters escaped (`\u001b`), in every text the CLI writes to a terminal.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printable } from '../../language/messages/printable.js';
import { NODE } from '../helpers/lsp-client.js';
import { CLI_BIN, hasStackTrace } from './harness.js';

/** Every control character but the line feed that ends a line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const PAYLOADS = ['\u001b]0;pwned\u0007', '\u001b[2J', '\r', '\u009b31m', '\u202e', '\u2066', '\u0000'];

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'playbook-ctl-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], locale = 'C') {
    const r = spawnSync(NODE, [CLI_BIN, ...args], {
        cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, LANG: locale, LC_ALL: '', PLAYBOOK_DEBUG: '' },
    });
    assert.equal(r.signal, null);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
    for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
        const m = RAW_CONTROL.exec(text);
        assert.equal(m, null, `raw U+${m?.[0].charCodeAt(0).toString(16)} in ${name}: ${JSON.stringify(text.slice(0, 600))}`);
    }
    return r;
}

describe('robustness: control characters in text output', function () {
    this.timeout(120_000);

    it('printable() escapes each payload and leaves other text alone', () => {
        for (const p of PAYLOADS) assert.doesNotMatch(printable(`a${p}b`), RAW_CONTROL);
        assert.equal(printable('正常 text ✓'), '正常 text ✓');
        assert.equal(printable('a\nb'), 'a\\u000ab');
    });

    it('validate: file names, import paths and zone strings (text output, en and zh-CN)', () => {
        const folder = join(dir, 'ws');
        mkdirSync(folder);
        PAYLOADS.filter(p => p !== '\u0000').forEach((p, i) => {
            const text = `import "./lib${p}.playbook"\nplaybook p${i} "t" {\n  start 2026-01-05\n  timezone "Asia/${p}X"\n}\n`;
            writeFileSync(join(folder, `f${i}\n${p}.playbook`), text);
        });
        const files = readdirSync(folder).length;
        for (const locale of ['C', 'zh_CN.UTF-8']) {
            const r = cli(['validate', 'ws'], locale);
            assert.equal(r.status, 1);
            const lines = r.stdout.trimEnd().split('\n');
            // Every line but the summary is one diagnostic of one of the files: no forged lines.
            for (const line of lines.slice(0, -1)) assert.match(line, /^ws\/f\d\\u000a.*\.playbook:\d+:\d+ (error|warning|info|hint) /);
            assert.match(lines[lines.length - 1], new RegExp(`^${files} `));
            assert.match(r.stdout, /\\u001b\]0;pwned\\u0007/);
        }
    });

    it('calendar: the -o name, unreadable and unknown names, option values', () => {
        writeFileSync(join(dir, 'ok.playbook'), 'playbook ok "OK" {\n  start 2026-01-05\n  phase a "A" days 2 { step s "S" day 1 }\n}\n');
        const out = `out\u001b[2J\n\u202e.ics`;
        const wrote = cli(['calendar', 'ok.playbook', '-o', out]);
        assert.equal(wrote.status, 0, wrote.stderr);
        assert.match(wrote.stderr, /wrote out\\u001b\[2J\\u000a\\u202e\.ics/);
        assert.equal(cli(['calendar', `missing\u0007.playbook`]).status, 2);
        assert.equal(cli(['validate', `notes\u001b[2J.txt`]).status, 2);
        const option = cli(['validate', 'ok.playbook', '--format', '\u001b]0;x\u0007']);
        assert.equal(option.status, 2);
        assert.match(option.stderr, /\\u001b\]0;x\\u0007/);
    });
});
