/**
 * The command line's own texts in Simplified Chinese: `--help` (descriptions of commands, options
 * and arguments, section titles, choices and defaults), commander's usage errors, and the reasons
 * a file cannot be read or written. The commands are declared in English (language/cli/…); this
 * table gives the Chinese of each description, keyed by the English text, and a test checks that
 * every description of every command has one.
 */
import type { Locale } from './locale.js';

export const CLI_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
    'Campaign playbooks (私域运营活动) as code: validate, and generate the SOP calendar and the tracking spec.':
        '用代码编写私域运营活动方案：检查 playbook，生成 SOP 日历和埋点方案。',
    'output the version number': '显示版本号',
    'display help for command': '显示命令帮助',
    'check playbooks and libraries; directories mean every *.playbook below them': '检查 playbook 和 library；目录表示其下所有 *.playbook 文件',
    'output format': '输出格式',
    'treat warnings as errors (exit 1)': '把警告当作错误（退出码 1）',
    'message language': '提示信息的语言',
    'files or directories': '文件或目录',
    'generate the SOP calendar: ics, csv, md, json or xlsx': '生成 SOP 日历：ics、csv、md、json 或 xlsx',
    'output format (default: from the -o extension, else ics)': '输出格式（默认按 -o 的扩展名，否则为 ics）',
    'output format (default: from the -o extension, else json)': '输出格式（默认按 -o 的扩展名，否则为 json）',
    'output format (default: from the -o extension, else md)': '输出格式（默认按 -o 的扩展名，否则为 md）',
    'write to this file atomically; "-" or none: stdout': '原子写入该文件；“-”或不指定：写到标准输出',
    'language of column titles, labels and messages': '列标题、标签和提示信息的语言',
    'a .playbook file holding a playbook (libraries are read through its imports)': '含有 playbook 的 .playbook 文件（library 通过其 import 读取）',
    'generate the tracking spec (埋点方案): json, jsonschema, md, csv or xlsx': '生成埋点方案：json、jsonschema、md、csv 或 xlsx',
    'write every requested output of every playbook in one run (for pipelines)': '一次运行生成每个 playbook 的全部指定输出（用于流水线）',
    'output folder (created if missing); files are written atomically': '输出目录（不存在时自动创建）；文件原子写入',
    'calendar formats, comma-separated: ics, csv, md, json, xlsx': '日历格式，逗号分隔：ics、csv、md、json、xlsx',
    'tracking formats, comma-separated: json, jsonschema, md, csv, xlsx': '埋点方案格式，逗号分隔：json、jsonschema、md、csv、xlsx',
    'playbook files or directories (every *.playbook below them; libraries are read through imports)':
        'playbook 文件或目录（目录下所有 *.playbook；library 通过 import 读取）',
    "format playbooks in the one canonical layout (the editor's formatter); directories mean every *.playbook below them":
        '按统一格式排版 playbook（与编辑器的格式化相同）；目录表示其下所有 *.playbook 文件',
    'write nothing; exit 1 listing the files that would change (for CI)': '不写入；列出需要改动的文件并以退出码 1 结束（用于 CI）',
    'rewrite the files in place (atomically)': '原地改写文件（原子写入）',
    'also rewrite every keyword and kind value in English or Chinese': '同时把所有关键字和类型值改写为英文或中文',
    'write the keywords in English or Chinese': '关键字使用英文或中文',
    'write a new playbook from a template (stdout, or a new file: never overwrites)': '用模板新建 playbook（写到标准输出或新文件，从不覆盖已有文件）',
    'which campaign': '活动类型',
    'first day, YYYY-MM-DD (default: next Monday)': '第一天，格式 YYYY-MM-DD（默认：下周一）',
    'language of the comments and messages': '注释和提示信息的语言',
    'the new .playbook file; none or "-": stdout': '新的 .playbook 文件；不指定或“-”：写到标准输出',
    'what changed between two versions of a playbook: schedule, metrics, tracking (breaking changes), budget':
        '比较 playbook 的两个版本：日程、指标、埋点（含不兼容变更）、预算',
    'language of the Markdown and the messages': 'Markdown 和提示信息的语言',
    'exit 1 when the tracking change is breaking (for CI)': '埋点有不兼容变更时以退出码 1 结束（用于 CI）',
    'a .playbook file, or REV:PATH for the file at a git revision (imports read at the same revision)':
        '.playbook 文件，或 REV:PATH 表示某个 git 版本中的文件（import 按同一版本读取）',
    'a .playbook file, or REV:PATH': '.playbook 文件，或 REV:PATH',
    'the campaign review (复盘): KPIs, checkpoints, goals and tracking quality against tracked actuals':
        '活动复盘：按埋点实际数据核对指标、风险检查点、目标和埋点质量',
    'the event-level export: CSV with event, time, user and property columns': '事件明细导出：含事件、时间、用户和属性列的 CSV',
    'count up to the end of this day (YYYY-MM-DD); later checkpoints are pending': '统计截至这一天结束（YYYY-MM-DD）；之后的风险检查点记为待检查',
    'language of the report and the messages': '报告和提示信息的语言',
    'a .playbook file holding a playbook': '含有 playbook 的 .playbook 文件',
};

/** Help section titles. */
const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Arguments:': '参数：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
};

/**
 * The Chinese of the placeholders in help and usage errors: argument names (`<file>`, `[file]`,
 * `<paths...>`) and option values (`--format <format>`), as git's Chinese help writes `<文件>`.
 */
const HELP_PLACEHOLDERS_ZH: Readonly<Record<string, string>> = {
    options: '选项', command: '命令', file: '文件', paths: '路径', old: '旧版本', new: '新版本',
    format: '格式', formats: '格式', path: '路径', dir: '目录', locale: '语言', language: '语言',
    name: '模板', date: '日期', 'events.csv': '事件明细.csv',
};

/** Placeholders in `<…>` / `[…]` (and a bare argument name) in the user's language: `[file]` → `[文件]`. */
export function helpPlaceholders(text: string, locale: Locale): string {
    if (locale !== 'zh-CN') return text;
    if (Object.hasOwn(HELP_PLACEHOLDERS_ZH, text)) return HELP_PLACEHOLDERS_ZH[text];
    return text.replace(/([<[])([A-Za-z][\w.]*?)(\.\.\.)?([>\]])/g, (m, open: string, word: string, dots: string | undefined, close: string) =>
        Object.hasOwn(HELP_PLACEHOLDERS_ZH, word) ? `${open}${HELP_PLACEHOLDERS_ZH[word]}${dots ?? ''}${close}` : m);
}

/** Columns a terminal gives the text: East Asian wide and full-width characters take two. */
export function terminalWidth(text: string): number {
    let width = 0;
    for (const ch of text) width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    return width;
}

export function cliDescription(text: string, locale: Locale): string {
    return locale === 'zh-CN' ? CLI_DESCRIPTIONS_ZH[text] ?? text : text;
}

export function helpTitle(title: string, locale: Locale): string {
    return locale === 'zh-CN' ? HELP_TITLES_ZH[title] ?? title : title;
}

/** `(choices: "text", "json", default: "text")` of an option or argument in help. */
export function helpExtras(choices: readonly string[] | undefined, defaultValue: string | undefined, locale: Locale): string {
    const zh = locale === 'zh-CN';
    const parts: string[] = [];
    if (choices) parts.push(`${zh ? '可选值：' : 'choices: '}${choices.join(zh ? '、' : ', ')}`);
    if (defaultValue !== undefined) parts.push(`${zh ? '默认：' : 'default: '}${defaultValue}`);
    if (!parts.length) return '';
    return zh ? `（${parts.join('；')}）` : `(${parts.join(', ')})`;
}

export function helpHint(locale: Locale): string {
    return locale === 'zh-CN' ? '（加 --help 查看用法）' : '(add --help for usage)';
}

const zhPlaceholder = (text: string) => helpPlaceholders(text, 'zh-CN');

/** Commander's error messages (what commander 15 writes), in Chinese. */
const COMMANDER_ERRORS_ZH: readonly [RegExp, (...groups: string[]) => string][] = [
    [/^error: unknown command '(.*)'$/, c => `错误：未知命令“${c}”`],
    [/^error: unknown option '(.*)'$/, o => `错误：未知选项“${o}”`],
    [/^error: missing required argument '(.*)'$/, a => `错误：缺少必需的参数“${zhPlaceholder(a)}”`],
    [/^error: option '(.*)' argument missing$/, o => `错误：选项“${zhPlaceholder(o)}”缺少参数值`],
    [/^error: required option '(.*)' not specified$/, o => `错误：必须指定选项“${zhPlaceholder(o)}”`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (o, v, c) => `错误：选项“${zhPlaceholder(o)}”的值“${v}”无效，可选值：${c.split(', ').join('、')}`],
    [/^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/, (o, v) => `错误：选项“${zhPlaceholder(o)}”的值“${v}”无效`],
    [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/, (v, a) => `错误：参数“${zhPlaceholder(a)}”的值“${v}”无效`],
    [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+): (.*)\.$/, (c, e, g, d) => `错误：命令“${c}”的参数过多：应为 ${e} 个，实际 ${g} 个（${d}）`],
    [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+): (.*)\.$/, (e, g, d) => `错误：参数过多：应为 ${e} 个，实际 ${g} 个（${d}）`],
    [/^error: (.*) cannot be used with (.*)$/, (a, b) => `错误：${a} 不能与 ${b} 同时使用`],
    [/^\(Did you mean one of (.*)\?\)$/, l => `（您是不是要输入以下之一：${l}？）`],
    [/^\(Did you mean (.*)\?\)$/, s => `（您是不是要输入 ${s}？）`],
];

/** Translates commander's error output line by line; unknown lines stay as they are. */
export function commanderError(text: string, locale: Locale): string {
    if (locale !== 'zh-CN') return text;
    return text.split('\n').map(line => {
        for (const [pattern, zh] of COMMANDER_ERRORS_ZH) {
            const m = pattern.exec(line);
            if (m) return zh(...m.slice(1));
        }
        return line;
    }).join('\n');
}

/** The largest playbook file the CLI reads (a bigger one, or `/dev/urandom`, is refused, not read to the end). */
export const MAX_INPUT_MB = 64;

/**
 * Why a file could not be read or written, from the system error code (or one of this project's:
 * `ENOTREG` not a regular file, `ENOTPLAYBOOK` not named `*.playbook`, `ETOOBIG` over `MAX_INPUT_MB`).
 */
export function fileErrorReason(code: string | undefined, action: 'read' | 'write', locale: Locale): string {
    const zh = locale === 'zh-CN';
    switch (code) {
        case 'ENOENT':
            if (action === 'write') return zh ? '目录不存在' : 'the folder does not exist';
            return zh ? '文件或目录不存在' : 'no such file or directory';
        case 'EACCES': case 'EPERM': return zh ? '没有权限' : 'permission denied';
        case 'EISDIR': return zh ? '这是一个目录' : 'it is a directory';
        case 'ENOTDIR': return zh ? '路径中有一段不是目录' : 'a part of the path is not a folder';
        case 'EROFS': return zh ? '只读文件系统' : 'read-only file system';
        case 'ENOSPC': return zh ? '磁盘空间不足' : 'no space left on the device';
        case 'EEXIST': return zh ? '文件已存在' : 'the file already exists';
        case 'ENOTREG':
            if (action === 'write') return zh ? '不是普通文件（设备、FIFO 或套接字），不会被替换' : 'not a regular file (a device, FIFO or socket), which is never replaced';
            return zh ? '不是普通文件（设备、FIFO 或套接字）；请给出 .playbook 文件或目录' : 'not a regular file (a device, FIFO or socket); give a .playbook file or a folder';
        case 'ENOTPLAYBOOK': return zh ? '文件名不以 .playbook 结尾' : 'the name does not end in .playbook';
        case 'ETOOBIG': return zh ? `文件超过 ${MAX_INPUT_MB} MB` : `larger than ${MAX_INPUT_MB} MB`;
        case 'ELOOP': return zh ? '符号链接过多（可能成环）' : 'too many symbolic links (a loop?)';
        case 'ENAMETOOLONG': return zh ? '文件名过长' : 'the file name is too long';
        case 'EFBIG': return zh ? '文件过大' : 'the file is too large';
        default: return code ?? (zh ? '无法访问' : 'not accessible');
    }
}

/** The system error code of a caught error (`ENOENT` …), if any. */
export function errorCode(error: unknown): string | undefined {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
}

/** The last line of `validate --format text` when nothing was found: it reads as the success it is. */
export function validateSummaryClean(files: number, locale: Locale): string {
    if (locale === 'zh-CN') return `已检查 ${files} 个文件，未发现问题。`;
    return `Checked ${files} ${files === 1 ? 'file' : 'files'}: no problems found.`;
}

/** The last line of `validate --format text` with findings. */
export function validateSummary(files: number, errors: number, warnings: number, infos: number, hints: number, locale: Locale): string {
    if (locale === 'zh-CN') return `${files} 个文件：${errors} 个错误，${warnings} 个警告，${infos} 个提示，${hints} 个建议。`;
    const n = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
    return `${n(files, 'file', 'files')}: ${n(errors, 'error', 'errors')}, ${n(warnings, 'warning', 'warnings')}, ${infos} info, ${n(hints, 'hint', 'hints')}.`;
}
