/**
 * Texts of the quick fixes, code lenses, rename and server commands, in English and Simplified
 * Chinese: action titles, the placeholder texts quick fixes insert, and error messages.
 */
import type { Locale } from './locale.js';
import { type SyntaxForms, syntaxForms } from '../syntax/keyword-language.js';

type P = Record<string, string | number | undefined>;
type Fmt = (p: P) => string;
/** A title; `s` writes the syntax it quotes in the keyword language of the document (`days 7` · `为期 7 天`). */
type TitleFmt = (p: P, s: SyntaxForms) => string;

const q = (s: string | number | undefined) => `'${s ?? ''}'`;

export const QUICK_FIX_TITLES = {
    'swap-range': {
        en: (p, s) => `Write \`${s.days(p.first ?? '', p.last ?? '')}\``,
        'zh-CN': (p, s) => `改为 \`${s.days(p.first ?? '', p.last ?? '')}\``,
    },
    'day-range': {
        en: p => `Write the range with \`..\` instead of \`${p.from}\``,
        'zh-CN': p => `将 \`${p.from}\` 改为 \`..\``,
    },
    'half-width': {
        en: p => `Replace full-width \`${p.from}\` with half-width \`${p.to}\``,
        'zh-CN': p => `将全角 \`${p.from}\` 改为半角 \`${p.to}\``,
    },
    declare: {
        en: p => `Declare ${p.category} ${q(p.name)}`,
        'zh-CN': p => `声明${p.category} ${q(p.name)}`,
    },
    'declare-property': {
        en: p => `Add property ${q(p.name)} to track ${q(p.track)}`,
        'zh-CN': p => `为埋点 ${q(p.track)} 添加属性 ${q(p.name)}`,
    },
    'insert-start': {
        en: (p, s) => `Add \`${s.clause('start', p.date ?? '')}\` (next Monday)`,
        'zh-CN': (p, s) => `添加 \`${s.clause('start', p.date ?? '')}\`（下周一）`,
    },
    'insert-days': {
        en: (p, s) => `Give phase ${q(p.name)} a length: \`${s.phaseDays(p.days ?? '')}\``,
        'zh-CN': (p, s) => `为阶段 ${q(p.name)} 设置天数：\`${s.phaseDays(p.days ?? '')}\``,
    },
    'insert-day': {
        en: (p, s) => `Schedule ${p.category} ${q(p.name)} on \`${s.day(1)}\``,
        'zh-CN': (p, s) => `将${p.category} ${q(p.name)} 安排在 \`${s.day(1)}\``,
    },
    'insert-risks': {
        en: () => 'Add a risk plan for traffic, outage, complaint and PR crisis',
        'zh-CN': () => '添加应急预案：流量不足、技术故障、用户投诉、舆情危机',
    },
    'insert-risk': {
        en: (p, s) => `Add a risk plan for ${p.label} (\`${s.kind('risk', String(p.kind))}\`)`,
        'zh-CN': (p, s) => `添加应急预案：${p.label}（\`${s.kind('risk', String(p.kind))}\`）`,
    },
    'insert-then': {
        en: (p, s) => `Add a response (\`${s.kw('then')}\`) to risk ${q(p.name)}`,
        'zh-CN': (p, s) => `为风险 ${q(p.name)} 添加应对措施（\`${s.kw('then')}\`）`,
    },
    'insert-formula-new': {
        en: (p, s) => `Measure ${q(p.kpi)}: add track ${q(p.track)} and \`= ${s.clause('count', p.track ?? '')}\``,
        'zh-CN': (p, s) => `度量 ${q(p.kpi)}：新增埋点 ${q(p.track)} 并写 \`= ${s.clause('count', p.track ?? '')}\``,
    },
    'insert-formula-existing': {
        en: (p, s) => `Measure ${q(p.kpi)} with \`= ${s.clause('count', p.track ?? '')}\``,
        'zh-CN': (p, s) => `用 \`= ${s.clause('count', p.track ?? '')}\` 度量 ${q(p.kpi)}`,
    },
    'insert-owner': {
        en: p => `Set owner ${q(p.role)}${p.title ? ` (${p.title})` : ''} on ${p.category} ${q(p.name)}`,
        'zh-CN': p => `将${p.category} ${q(p.name)} 的负责人设为 ${q(p.role)}${p.title ? `（${p.title}）` : ''}`,
    },
    'insert-default-owner': {
        en: p => `Make ${q(p.role)} the playbook's default owner`,
        'zh-CN': p => `将 ${q(p.role)} 设为活动的默认负责人`,
    },
    'declare-owner': {
        en: p => `Declare role ${q(p.role)} and make it the owner of ${p.category} ${q(p.name)}`,
        'zh-CN': p => `声明角色 ${q(p.role)} 并设为${p.category} ${q(p.name)} 的负责人`,
    },
    remove: {
        en: p => `Remove unused ${p.category} ${q(p.name)}`,
        'zh-CN': p => `删除未使用的${p.category} ${q(p.name)}`,
    },
    'insert-review': {
        en: (p, s) => `Add a review phase ${q(p.name)} (\`${s.kind('phase', 'review')}\`)`,
        'zh-CN': (p, s) => `添加复盘阶段 ${q(p.name)}（\`${s.kind('phase', 'review')}\`）`,
    },
    'insert-consent': {
        en: (_p, s) => `Add a \`${s.kw('consent')}\` statement telling users what is collected and why`,
        'zh-CN': (_p, s) => `添加 \`${s.kw('consent')}\` 声明，告知用户收集哪些信息及用途`,
    },
} as const satisfies Record<string, Record<Locale, TitleFmt>>;

export type QuickFixKey = keyof typeof QUICK_FIX_TITLES;

/** A quick fix's title; the syntax it quotes in `forms` (the document's keyword language; English by default). */
export function quickFixTitle(key: QuickFixKey, locale: Locale, params: P = {}, forms: SyntaxForms = syntaxForms('en')): string {
    const entry: Record<Locale, TitleFmt> = QUICK_FIX_TITLES[key];
    return (entry[locale] ?? entry.en)(params, forms);
}

/** Placeholder texts that quick fixes insert into the playbook (inside strings). */
export const PLACEHOLDERS = {
    response: { en: 'TODO: what the team does when this happens', 'zh-CN': '待补充：发生时团队的应对措施' },
    consent: {
        en: 'TODO: tell users what is collected, why, and how long it is kept',
        'zh-CN': '待补充：告知用户收集哪些个人信息、用途及保存期限',
    },
    reviewPhase: { en: 'Review', 'zh-CN': '复盘' },
    role: { en: 'Owner', 'zh-CN': '负责人' },
} as const satisfies Record<string, Record<Locale, string>>;

export function placeholder(key: keyof typeof PLACEHOLDERS, locale: Locale): string {
    return PLACEHOLDERS[key][locale] ?? PLACEHOLDERS[key].en;
}

/** Code lens titles above `playbook NAME`. */
export const CODE_LENS_TITLES = {
    calendar: { en: 'Generate SOP calendar', 'zh-CN': '生成 SOP 日历' },
    tracking: { en: 'Generate tracking spec', 'zh-CN': '生成埋点方案' },
    timeline: { en: 'Preview timeline', 'zh-CN': '预览时间线' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Rename refusals. */
export const RENAME_MESSAGES = {
    invalidName: {
        en: (p: P) => `${q(p.name)} is not a valid name: use a letter or _ followed by letters, digits or _ (and not a keyword such as ${q(p.example)}).`,
        'zh-CN': (p: P) => `${q(p.name)} 不是合法的名称：应以字母或 _ 开头，后接字母、数字或 _（且不能是 ${q(p.example)} 之类的关键字）。`,
    },
    clash: {
        en: (p: P) => `Cannot rename to ${q(p.name)}: ${p.category} ${q(p.name)} already exists${p.file ? ` (${p.file})` : ''}.`,
        'zh-CN': (p: P) => `无法重命名为 ${q(p.name)}：${p.category} ${q(p.name)} 已存在${p.file ? `（${p.file}）` : ''}。`,
    },
    notRenamable: {
        en: () => 'Only names of declarations and references to them can be renamed.',
        'zh-CN': () => '只能重命名声明的名称及对它的引用。',
    },
} as const;

export function renameMessage(key: keyof typeof RENAME_MESSAGES, locale: Locale, params: P = {}): string {
    const entry = RENAME_MESSAGES[key] as Record<Locale, Fmt>;
    return (entry[locale] ?? entry.en)(params);
}

/** Server command results. */
export const COMMAND_MESSAGES = {
    noDocument: {
        en: (p: P) => `The file ${p.uri} is not open or not a playbook file.`,
        'zh-CN': (p: P) => `文件 ${p.uri} 未打开或不是活动文件。`,
    },
    noPlaybook: {
        en: () => 'This file holds no playbook (a library cannot be turned into a calendar or tracking spec).',
        'zh-CN': () => '该文件中没有活动（共享库无法生成日历或埋点方案）。',
    },
    hasErrors: {
        en: (p: P) => `Not generated: the playbook has ${p.count} ${Number(p.count) === 1 ? 'error' : 'errors'}. Fix them first:\n${p.list}`,
        'zh-CN': (p: P) => `未生成：活动有 ${p.count} 个错误，请先修正：\n${p.list}`,
    },
    badArguments: {
        en: (p: P) => `Invalid arguments for ${p.command}: ${p.reason}`,
        'zh-CN': (p: P) => `命令 ${p.command} 的参数无效：${p.reason}`,
    },
    unsupportedFormat: {
        en: (p: P) => `Unknown ${p.kind} format ${q(p.format)}.`,
        'zh-CN': (p: P) => `未知的${p.kind}格式 ${q(p.format)}。`,
    },
    writeFailed: {
        en: (p: P) => `Could not write ${p.path}: ${p.reason}`,
        'zh-CN': (p: P) => `无法写入 ${p.path}：${p.reason}`,
    },
} as const;

export function commandMessage(key: keyof typeof COMMAND_MESSAGES, locale: Locale, params: P = {}): string {
    const entry = COMMAND_MESSAGES[key] as Record<Locale, Fmt>;
    return (entry[locale] ?? entry.en)(params);
}
