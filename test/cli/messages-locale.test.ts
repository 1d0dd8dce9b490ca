/**
 * Every message of the command line in the user's language (OUTPUTS.md "Locale"): `--help`,
 * commander's usage errors, unreadable and unwritable files — not only diagnostics.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createProgram } from '../../language/cli/main.js';
import { CLI_DESCRIPTIONS_ZH, commanderError, terminalWidth } from '../../language/messages/cli.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../generators/helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
const LAUNCH = join(ROOT, 'test', 'fixtures', 'generators', 'launch.playbook');

function descriptions(program: Command): string[] {
    const out: string[] = [];
    const visit = (cmd: Command) => {
        out.push(cmd.description());
        for (const o of cmd.options) out.push(o.description);
        for (const a of cmd.registeredArguments) out.push(a.description);
        cmd.commands.forEach(visit);
    };
    visit(program);
    return out.filter(Boolean);
}

describe('CLI messages in the user\'s language', function () {
    this.timeout(60_000);
    const io = { stdout: process.stdout, stderr: process.stderr, env: {} };

    it('every description of every command, option and argument has its Chinese', () => {
        const en = descriptions(createProgram(io, () => undefined, 'en'));
        assert.ok(en.length > 30);
        const missing = en.filter(d => !(d in CLI_DESCRIPTIONS_ZH));
        assert.deepEqual(missing, [], 'add these to CLI_DESCRIPTIONS_ZH in language/messages/cli.ts');
        const zh = descriptions(createProgram(io, () => undefined, 'zh-CN'));
        assert.deepEqual(zh, en.map(d => CLI_DESCRIPTIONS_ZH[d]));
    });

    it('translates each commander error it knows, and leaves other lines as they are', () => {
        assert.equal(commanderError("error: unknown command 'calender'\n(Did you mean calendar?)\n", 'zh-CN'), '错误：未知命令“calender”\n（您是不是要输入 calendar？）\n');
        assert.equal(commanderError("error: too many arguments for 'calendar'. Expected 1 argument but got 2: a, b.", 'zh-CN'), '错误：命令“calendar”的参数过多：应为 1 个，实际 2 个（a, b）');
        assert.equal(commanderError("error: unknown command 'x'", 'en'), "error: unknown command 'x'");
        assert.equal(commanderError('something else', 'zh-CN'), 'something else');
    });

    it('--help in Chinese with LANG=zh_CN or --locale zh-CN, English otherwise', () => {
        const zh = runCli(['--help'], { env: ZH });
        assert.equal(zh.status, 0);
        assert.match(zh.stdout, /^用法： playbook \[选项\] \[命令\]/);
        for (const t of ['选项：', '命令：', '显示版本号', '显示命令帮助', '生成 SOP 日历：ics、csv、md、json 或 xlsx', '一次运行生成每个 playbook 的全部指定输出']) assert.ok(zh.stdout.includes(t), t);
        const sub = runCli(['calendar', '--help', '--locale', 'zh-CN']);
        assert.match(sub.stdout, /参数：\n {2}文件 +含有 playbook 的 \.playbook 文件/);
        assert.match(sub.stdout, /--format <格式> +输出格式（默认按 -o 的扩展名，否则为 ics）（可选值：ics、\n +csv、md、json、xlsx）/);
        const en = runCli(['--help']);
        assert.match(en.stdout, /^Usage: playbook \[options\] \[command\]/);
        assert.match(en.stdout, /calendar \[options\] <file> +generate the SOP calendar/);
        assert.match(runCli(['validate', '--help']).stdout, /--format <format> +output format \(choices: text, json, sarif, default: text\)/);
    });

    it('--help of every command in Chinese has no English placeholder, and its columns line up on a terminal', () => {
        const program = createProgram(io, () => undefined, 'en');
        const commands = ['', ...program.commands.map(c => c.name())];
        assert.ok(commands.length >= 9, commands.join(' '));
        for (const name of commands) {
            const out = runCli([...(name ? [name] : []), '--help', '--locale', 'zh-CN']);
            assert.equal(out.status, 0, name);
            const leftover = out.stdout.match(/[<[][a-z][\w.]*(\.\.\.)?[>\]]/g);
            assert.equal(leftover, null, `${name || 'playbook'} --help: ${leftover?.join(' ')}`);
            assert.ok(!/^ {2}(file|paths|old|new) /m.test(out.stdout), `${name}: an argument listed in English`);
            // Every description starts at one terminal column (Chinese characters take two).
            const columns = new Set(out.stdout.split('\n').filter(l => /^ {2}\S.*? {2,}\S/.test(l)).map(l => terminalWidth(/^ {2}\S.*? {2,}(?=\S)/.exec(l)![0])));
            assert.equal(columns.size, 1, `${name}: ${[...columns]}`);
        }
        assert.match(runCli(['init', '--help', '--locale', 'zh-CN']).stdout, /^用法： playbook init \[选项\] \[文件\]\n[\s\S]*--template <模板> +活动类型/);
        assert.match(runCli(['--help', '--locale', 'zh-CN']).stdout, /\n {2}diff \[选项\] <旧版本> <新版本> {2}比较/);
        // Lines wrap between Chinese characters, within 80 columns, never before a closing mark.
        for (const line of runCli(['review', '--help', '--locale', 'zh-CN']).stdout.split('\n')) {
            assert.ok(terminalWidth(line) <= 80, line);
            assert.ok(!/^ +[，。）；：、]/.test(line), line);
        }
        assert.match(runCli(['init', '--help']).stdout, /^Usage: playbook init \[options\] \[file\]/);
    });

    it('usage errors: unknown command, bad choice, missing argument — exit 2, in Chinese', () => {
        const unknown = runCli(['calender', 'x'], { env: ZH });
        assert.equal(unknown.status, 2);
        assert.equal(unknown.stderr, '错误：未知命令“calender”\n（您是不是要输入 calendar？）\n（加 --help 查看用法）\n');
        const choice = runCli(['validate', LAUNCH, '--format', 'xml'], { env: ZH });
        assert.equal(choice.status, 2);
        assert.match(choice.stderr, /^错误：选项“--format <格式>”的值“xml”无效，可选值：text、json、sarif\n/);
        const missing = runCli(['calendar'], { env: ZH });
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /^错误：缺少必需的参数“文件”/);
        assert.equal(runCli(['calender']).stderr, "error: unknown command 'calender'\n(Did you mean calendar?)\n(add --help for usage)\n");
    });

    it('unreadable inputs and unwritable outputs: the reason in words (ENOENT → 目录不存在 when writing)', () => {
        const dir = mkdtempSync(join(tmpdir(), 'playbook-msg-'));
        try {
            const read = runCli(['validate', join(dir, 'nothere.playbook')], { env: ZH });
            assert.equal(read.status, 2);
            assert.match(read.stderr, /无法读取“.*nothere\.playbook”：文件或目录不存在/);
            const calendar = runCli(['calendar', join(dir, 'nothere.playbook')], { env: ZH });
            assert.match(calendar.stderr, /无法读取“.*nothere\.playbook”：文件或目录不存在/);
            const out = join(dir, 'missing', 'plan.ics');
            const write = runCli(['calendar', LAUNCH, '-o', out], { env: ZH });
            assert.equal(write.status, 2);
            assert.match(write.stderr, /无法写入“.*plan\.ics”：目录不存在/);
            assert.ok(!/ENOENT/.test(write.stderr));
            assert.match(runCli(['calendar', LAUNCH, '-o', out]).stderr, /cannot write '.*plan\.ics': the folder does not exist/);
            assert.ok(!existsSync(out));
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
