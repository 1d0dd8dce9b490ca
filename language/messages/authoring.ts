/**
 * Messages of the authoring commands (`playbook fmt`, `playbook init`) and of the editor commands
 * around them (convert keywords, new playbook from a template), in English and zh-CN.
 */
import { fillPrintable } from './printable.js';
import { type Locale, type Localized, pick } from './locale.js';

export const AUTHORING_MESSAGES = {
    cannotRead: { en: "cannot read '{0}': {1}", 'zh-CN': '无法读取“{0}”：{1}' },
    notUtf8: { en: "'{0}' is not UTF-8 text; left untouched", 'zh-CN': '“{0}”不是 UTF-8 文本，未作改动' },
    severalToStdout: {
        en: 'several files given: add --write to format them in place, or --check to list those that would change',
        'zh-CN': '给出了多个文件：加 --write 原地格式化，或加 --check 列出需要格式化的文件',
    },
    checkAndWrite: {
        en: '--check writes nothing; it cannot be combined with --write',
        'zh-CN': '--check 不写入任何文件，不能与 --write 同时使用',
    },
    noFiles: { en: 'no .playbook files in {0}', 'zh-CN': '{0} 中没有 .playbook 文件' },
    syntaxErrors: {
        en: '{0} has syntax errors; left untouched',
        'zh-CN': '{0} 有语法错误，未作改动',
    },
    wouldChange: {
        en: '{0} of {1} {1|file|files} would be reformatted',
        'zh-CN': '{1} 个文件中有 {0} 个需要格式化',
    },
    allFormatted: { en: '{0} {0|file is|files are} formatted', 'zh-CN': '全部 {0} 个文件格式均已规范' },
    rewrote: { en: 'formatted {0} of {1} {1|file|files}', 'zh-CN': '已格式化 {1} 个文件中的 {0} 个' },
    cannotWrite: { en: "cannot write '{0}': {1}", 'zh-CN': '无法写入“{0}”：{1}' },
    convertSyntaxErrors: {
        en: 'The playbook has syntax errors (line {0}: {1}); fix them first: keywords are converted only in a playbook that parses.',
        'zh-CN': '活动剧本有语法错误（第 {0} 行：{1}），请先修正：只有能解析的活动剧本才能转换关键字。',
    },
    // init
    exists: {
        en: "'{0}' exists already; init never overwrites a file (choose another name or remove it)",
        'zh-CN': '“{0}”已存在；init 从不覆盖文件（请换一个文件名或先删除它）',
    },
    badDate: {
        en: "--start must be a real date written YYYY-MM-DD, got '{0}'",
        'zh-CN': '--start 必须是 YYYY-MM-DD 格式的真实日期，实际为“{0}”',
    },
    created: { en: 'created {0} from the {1} template (starts {2})', 'zh-CN': '已用 {1} 模板创建 {0}（{2} 开始）' },
    // A template whose schedule reaches a year the holiday data does not cover (language/authoring/template-holidays.ts):
    // two comment lines above the `holidays none` that init writes, and the notice init prints; the
    // syntax they quote ({0} of holidayNote2, {1} of holidayNotice) is in the keywords of the file written.
    holidayNote1: {
        en: 'The holiday data of this version ({0}, {1}) has no schedule for {2} yet (the State Council publishes next year\'s in November; the data follows within days): until then only weekends count as days off here.',
        'zh-CN': '本版本的节假日数据（{0}，{1} 年）还没有 {2} 年的安排（国务院办公厅一般在 11 月发布次年安排，数据随后几天更新）：在此之前这里只把周末算作休息日。',
    },
    holidayNote2: {
        en: 'Once it is published, update the tool (or add that year\'s {0} lines to a library you import) and delete the next line: the holidays are then checked.',
        'zh-CN': '安排发布后，更新本工具（或在导入的共享库里写上该年的 {0} 行），再删除下一行，即按法定节假日和调休检查。',
    },
    holidayNotice: {
        en: 'the holiday data does not cover {0} yet: the new playbook checks weekends only ({1}) until it does; its comment says what to do',
        'zh-CN': '节假日数据尚未包含 {0} 年：新活动剧本暂时只按周末检查（{1}），文件中的注释说明了之后怎么做',
    },
} as const satisfies Record<string, Localized>;

export type AuthoringMessage = keyof typeof AUTHORING_MESSAGES;

export function authoringMessage(key: AuthoringMessage, locale: Locale, ...args: (string | number)[]): string {
    return fillPrintable(pick(AUTHORING_MESSAGES[key], locale), args);
}
