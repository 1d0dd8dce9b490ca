/**
 * Every diagnostic message, in English and Simplified Chinese. A key is `code` or `code.variant`;
 * the part before the dot is the diagnostic code. Messages name the thing at fault, give the
 * computed facts and say what to do.
 */
import type { Locale } from './locale.js';
import type { Category } from '../vocabulary/declarations.js';
import { CALENDAR_DIAGNOSTICS } from './calendar-diagnostics.js';
import { type SyntaxForms, syntaxForms } from '../syntax/keyword-language.js';
import type { Keyword } from '../vocabulary/keywords.js';

type P = Record<string, string | number | undefined>;
/**
 * A message. `s` writes the syntax it quotes in the keyword language of the file it is about
 * (syntax/keyword-language.ts): `add \`days N\`` in an English file, `add \`为期 N 天\`` in one written with
 * Chinese keywords, whatever the language of the message. test/messages/quoted-syntax.test.ts renders every
 * message for a Chinese file and finds no English keyword between backquotes.
 */
type Fmt = (p: P, s: SyntaxForms) => string;

/** Category names as planners say them (one per category of language/vocabulary/). */
export const CATEGORY = {
    role: { en: 'role', 'zh-CN': '角色' },
    channel: { en: 'channel', 'zh-CN': '渠道' },
    segment: { en: 'segment', 'zh-CN': '目标人群' },
    asset: { en: 'asset', 'zh-CN': '物料' },
    goal: { en: 'goal', 'zh-CN': '目标' },
    phase: { en: 'phase', 'zh-CN': '阶段' },
    step: { en: 'step', 'zh-CN': 'SOP 动作' },
    milestone: { en: 'milestone', 'zh-CN': '里程碑' },
    track: { en: 'track', 'zh-CN': '埋点' },
    kpi: { en: 'KPI', 'zh-CN': '指标' },
    risk: { en: 'risk', 'zh-CN': '风险' },
    line: { en: 'budget line', 'zh-CN': '预算项' },
    property: { en: 'property', 'zh-CN': '属性' },
    playbook: { en: 'playbook', 'zh-CN': '活动' },
    library: { en: 'library', 'zh-CN': '共享库' },
    blackout: { en: 'blackout', 'zh-CN': '避让日' },
    budget: { en: 'budget', 'zh-CN': '预算' },
    holiday: { en: 'holiday', 'zh-CN': '节假日' },
    workday: { en: '调休 working day', 'zh-CN': '调休上班日' },
} as const satisfies Record<Category, Record<Locale, string>>;

const CATEGORY_NAMES: Readonly<Record<string, Record<Locale, string>>> = CATEGORY;

/** What a `where` filter compares a property of each type with (`true` / `false` as the file writes them). */
export function valueKindText(type: string, locale: Locale, forms: SyntaxForms = syntaxForms('en')): string {
    if (type === 'boolean') {
        const [yes, no] = [forms.kw('true'), forms.kw('false')];
        return locale === 'zh-CN' ? ` \`${yes}\` 或 \`${no}\` ` : `\`${yes}\` or \`${no}\``;
    }
    return VALUE_KINDS[type]?.[locale] ?? type;
}

const VALUE_KINDS: Record<string, Record<Locale, string>> = {
    number: { en: 'a number', 'zh-CN': '数字' },
    integer: { en: 'a whole number', 'zh-CN': '整数' },
    string: { en: 'a string in double quotes', 'zh-CN': '双引号字符串' },
    datetime: { en: 'a date-time string in double quotes', 'zh-CN': '双引号括起的日期时间字符串' },
};

const cap = (s: string | number | undefined) => { const t = String(s ?? ''); return t.charAt(0).toUpperCase() + t.slice(1); };
const q = (s: string | number | undefined) => `'${s ?? ''}'`;
/** `1 day`, `3 days` (English plurals). */
const n = (count: string | number | undefined, one: string, many: string) => `${count ?? 0} ${Number(count) === 1 ? one : many}`;
/** A keyword given as a parameter (`count`, `unique`, `sum`), in the file's form. */
const kw = (s: SyntaxForms, keyword: string | number | undefined) => s.kw(String(keyword ?? '') as Keyword);

export const DIAGNOSTIC_MESSAGES = {
    'duplicate-name': {
        en: p => `${cap(p.category)} ${q(p.name)} is declared more than once (also ${p.where}). Rename one of them so references are unambiguous.`,
        'zh-CN': p => `${p.category} ${q(p.name)} 重复声明（另见${p.where}）。请重命名其中一个，以免引用不明确。`,
    },
    'missing-timeline.start': {
        en: (p, s) => `Playbook ${q(p.name)} has no start date: add \`${s.clause('start', 'YYYY-MM-DD')}\` so its phases and steps can be dated.`,
        'zh-CN': (p, s) => `活动 ${q(p.name)} 没有开始日期：请添加 \`${s.clause('start', 'YYYY-MM-DD')}\`，否则阶段和 SOP 动作无法排期。`,
    },
    'missing-timeline.days': {
        en: (p, s) => `Phase ${q(p.name)} has no length: add \`${s.phaseDays('N')}\` so its steps can be dated.`,
        'zh-CN': (p, s) => `阶段 ${q(p.name)} 没有天数：请添加 \`${s.phaseDays('N')}\`，否则其中的 SOP 动作无法排期。`,
    },
    'missing-timeline.day': {
        en: (p, s) => `${cap(p.category)} ${q(p.name)} has no day: add \`${s.day('N')}\` or \`${s.days('A', 'B')}\` to say when it happens in phase ${q(p.phase)}.`,
        'zh-CN': (p, s) => `${p.category} ${q(p.name)} 没有安排日期：请添加 \`${s.day('N')}\` 或 \`${s.days('A', 'B')}\`，说明它在阶段 ${q(p.phase)} 的哪一天进行。`,
    },
    'day-out-of-range': {
        en: p => `${cap(p.category)} ${q(p.name)} is on day ${p.day}, but phase ${q(p.phase)} has ${n(p.days, 'day', 'days')}${p.range ? ` (${p.range})` : ''}. Use a day from 1 to ${p.days}.`,
        'zh-CN': p => `${p.category} ${q(p.name)} 安排在第 ${p.day} 天，但阶段 ${q(p.phase)} 只有 ${p.days} 天${p.range ? `（${p.range}）` : ''}。请使用 1 到 ${p.days} 之间的天数。`,
    },
    'day-out-of-range.reversed': {
        en: (p, s) => `${cap(p.category)} ${q(p.name)} runs days ${p.from}..${p.to}: the first day comes after the last. Write \`${s.days(p.to ?? '', p.from ?? '')}\`.`,
        'zh-CN': (p, s) => `${p.category} ${q(p.name)} 的天数范围 ${p.from}..${p.to} 起始晚于结束，应写作 \`${s.days(p.to ?? '', p.from ?? '')}\`。`,
    },
    'day-out-of-range.zero': {
        en: p => `Day ${p.day} is not a day of a phase: days are whole numbers counted from 1 (the phase's first day).`,
        'zh-CN': p => `第 ${p.day} 天不是有效的阶段天数：天数是从 1（阶段第一天）开始计的整数。`,
    },
    'day-out-of-range.phase': {
        en: (p, s) => `Phase ${q(p.name)} is given ${n(p.days, 'day', 'days')}: a phase lasts a whole number of days, at least 1 (\`${s.phaseDays(7)}\`). Until it does, it and the phases after it have no dates.`,
        'zh-CN': (p, s) => `阶段 ${q(p.name)} 的天数为 ${p.days}：阶段天数必须是不小于 1 的整数（如 \`${s.phaseDays(7)}\`），否则该阶段及其后的阶段都无法排期。`,
    },
    'day-out-of-range.calendar-end': {
        en: p => `Phase ${q(p.name)} starts ${p.start} and its ${n(p.days, 'day', 'days')} ${Number(p.days) === 1 ? 'runs' : 'run'} past 9999-12-31, the last date a calendar holds: the days after it have no date and get no events, nor do later phases. Start earlier or shorten the phase.`,
        'zh-CN': p => `阶段 ${q(p.name)} 从 ${p.start} 开始，${p.days} 天会超过日历能表示的最后一天 9999-12-31：之后的日子没有日期、不会生成日程，其后的阶段也一样。请提前开始或缩短该阶段。`,
    },
    'day-out-of-range.utc-end': {
        en: p => `Step ${q(p.name)} on ${p.date} at ${p.time} ends after 9999-12-31 in UTC, the last date calendars hold (iCalendar writes UTC): it cannot be put on a calendar. Move it earlier.`,
        'zh-CN': p => `SOP 动作 ${q(p.name)}（${p.date} ${p.time}）按 UTC 计算晚于日历能表示的最后一天 9999-12-31（iCalendar 使用 UTC），无法写入日历。请提前。`,
    },
    'day-out-of-range.at': {
        en: p => `Phase ${q(p.phase)} has ${n(p.days, 'day', 'days')}${p.range ? ` (${p.range})` : ''}, so it has no day ${p.day}. Use a day from 1 to ${p.days}, or a day of a later phase.`,
        'zh-CN': p => `阶段 ${q(p.phase)} 只有 ${p.days} 天${p.range ? `（${p.range}）` : ''}，没有第 ${p.day} 天。请使用 1 到 ${p.days} 之间的天数，或改用后续阶段的某一天。`,
    },
    'day-out-of-range.reversed-invalid': {
        en: (p, s) => `${cap(p.category)} ${q(p.name)} runs days ${p.from}..${p.to}: the first day comes after the last, and days are counted from 1${p.days ? ` to ${p.days}` : ''}. Write \`${s.days('A', 'B')}\` with 1 ≤ A ≤ B${p.days ? ` ≤ ${p.days}` : ''}.`,
        'zh-CN': (p, s) => `${p.category} ${q(p.name)} 的天数范围 ${p.from}..${p.to} 起始晚于结束，而天数从 1 开始计${p.days ? `，最多到 ${p.days}` : ''}。请写作 \`${s.days('A', 'B')}\`，其中 1 ≤ A ≤ B${p.days ? ` ≤ ${p.days}` : ''}。`,
    },
    'invalid-date.date': {
        en: p => `${q(p.text)} is not a real calendar date.`,
        'zh-CN': p => `${q(p.text)} 不是有效的日历日期。`,
    },
    'invalid-date.time': {
        en: p => `${q(p.text)} is not a time of day: use 24-hour HH:MM from 00:00 to 23:59.`,
        'zh-CN': p => `${q(p.text)} 不是有效的时间：请使用 00:00 到 23:59 之间的 24 小时制 HH:MM。`,
    },
    'invalid-date.range': {
        en: p => `The date range ends (${p.to}) before it starts (${p.from}).`,
        'zh-CN': p => `日期范围的结束日期（${p.to}）早于开始日期（${p.from}）。`,
    },
    'invalid-date.zone': {
        en: p => `Unknown time zone ${q(p.text)}: use an IANA zone name such as "Asia/Shanghai".`,
        'zh-CN': p => `未知时区 ${q(p.text)}：请使用 IANA 时区名，例如 "Asia/Shanghai"。`,
    },
    'invalid-date.duration': {
        en: p => `${q(p.text)} is not a usable duration: use a positive number of minutes, hours or days such as 30m, 2h or 1d.`,
        'zh-CN': p => `${q(p.text)} 不是有效的时长：请使用正数的分钟、小时或天数，例如 30m、2h、1d。`,
    },
    'asset-not-ready': {
        en: p => `${cap(p.category)} ${q(p.name)} (${p.date}) uses asset ${q(p.asset)}, which is not ready until ${p.ready}.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `${p.category} ${q(p.name)}（${p.date}）使用的物料 ${q(p.asset)} 要到 ${p.ready} 才就绪。${p.runs ?? ''}`,
    },
    'budget-mismatch': {
        en: p => `Budget lines add up to ${p.sum}%, not 100% (${p.diff}). Adjust the shares so the whole budget is assigned.`,
        'zh-CN': p => `预算分项合计 ${p.sum}%，不是 100%（${p.diff}）。请调整比例，使全部预算都有分配。`,
    },
    'budget-mismatch.amount': {
        en: p => `Budget lines add up to ${p.sum}, not the budget's ${p.amount}: ${p.diff}. Add a line for the rest or adjust the amounts.`,
        'zh-CN': p => `预算分项合计 ${p.sum}，不等于预算总额 ${p.amount}：${p.diff}。请为剩余部分添加分项，或调整各项金额。`,
    },
    'kpi-cycle': {
        en: p => `KPI ${q(p.name)} depends on itself: ${p.path}. A ratio must rest on KPIs that are counted from tracks.`,
        'zh-CN': p => `指标 ${q(p.name)} 依赖自身：${p.path}。比率指标必须最终基于埋点计数的指标。`,
    },
    'import-not-found': {
        en: p => `Cannot find ${q(p.path)}: no file at ${p.resolved}.`,
        'zh-CN': p => `找不到 ${q(p.path)}：${p.resolved} 不存在。`,
    },
    'import-not-found.not-library': {
        en: p => `${q(p.path)} holds a playbook, not a library: only libraries can be imported.`,
        'zh-CN': p => `${q(p.path)} 是一个活动（playbook），不是共享库（library）：只能导入共享库。`,
    },
    'missing-risk-plan': {
        en: p => `Playbook ${q(p.name)} has ${n(p.phases, 'phase', 'phases')} but no risk plan: add risks with a response for at least traffic, outage, complaint and PR crisis.`,
        'zh-CN': p => `活动 ${q(p.name)} 有 ${p.phases} 个阶段，但没有应急预案：请至少为流量不足、技术故障、用户投诉和舆情危机添加风险及应对措施。`,
    },
    'risk-without-response': {
        en: (p, s) => `Risk ${q(p.name)} has no response: add \`${s.clause('then', '"…"')}\` saying what the team does when it happens.`,
        'zh-CN': (p, s) => `风险 ${q(p.name)} 没有应对措施：请添加 \`${s.clause('then', '"…"')}\`，说明发生时团队如何处理。`,
    },
    'uncovered-risk': {
        en: p => `No risk of kind '${p.kind}' (${p.label}): every private-domain campaign should plan for it.`,
        'zh-CN': p => `没有 '${p.kind}'（${p.label}）类风险：每个私域活动都应为此准备预案。`,
    },
    'missing-tracking': {
        en: (p, s) => `KPI ${q(p.name)} has no formula, so no tracking point measures it: add \`= ${s.clause('count', 'TRACK')}\` (or \`${s.kw('unique')}\`/\`${s.kw('sum')}\`) and declare the track before launch.`,
        'zh-CN': (p, s) => `指标 ${q(p.name)} 未设置统计口径，上线前无法通过埋点统计：请添加 \`= ${s.clause('count', '埋点名')}\`（或 \`${s.kw('unique')}\`/\`${s.kw('sum')}\`），并在上线前声明埋点。`,
    },
    'goal-without-kpi': {
        en: (p, s) => `Goal ${q(p.name)} lists no KPI, so nobody can tell whether it was reached: add \`{ ${s.clause('kpi', 'NAME')} }\`.`,
        'zh-CN': (p, s) => `目标 ${q(p.name)} 没有关联指标，无法判断是否达成：请添加 \`{ ${s.clause('kpi', '指标名')} }\`。`,
    },
    'kpi-without-target': {
        en: (p, s) => `KPI ${q(p.name)} measures goal ${q(p.goal)} but has no target: add \`${s.clause('target', 'N')}\` or \`${s.clause('target', 'N%')}\`.`,
        'zh-CN': (p, s) => `指标 ${q(p.name)} 用于衡量目标 ${q(p.goal)}，但没有目标值：请添加 \`${s.clause('target', 'N')}\` 或 \`${s.clause('target', 'N%')}\`。`,
    },
    'missing-owner': {
        en: (p, s) => `${cap(p.category)} ${q(p.name)} has no owner and no default applies: add \`${s.clause('owner', 'ROLE')}\` here${p.hint ? ` or ${p.hint}` : ''}.`,
        'zh-CN': (p, s) => `${p.category} ${q(p.name)} 没有负责人，也没有默认负责人：请在此添加 \`${s.clause('owner', '角色名')}\`${p.hint ? `，或${p.hint}` : ''}。`,
    },
    'short-warmup': {
        en: p => `Warm-up phase ${q(p.name)} lasts ${n(p.days, 'day', 'days')}: a proven format needs 5–7 days of promotion. Make it at least 5 days.`,
        'zh-CN': p => `预热阶段 ${q(p.name)} 只有 ${p.days} 天：成熟玩法建议预热 5–7 天，请至少安排 5 天。`,
    },
    'short-warmup.split': {
        en: p => `The warm-up phases ${p.names} add up to ${n(p.days, 'day', 'days')}: a proven format needs 5–7 days of promotion. Make them at least 5 days together.`,
        'zh-CN': p => `预热阶段 ${p.names} 合计只有 ${p.days} 天：成熟玩法建议预热 5–7 天，请合计至少安排 5 天。`,
    },
    'short-warmup.novel': {
        en: p => `This playbook is novel, but the phases before burst phase ${q(p.burst)} add up to ${n(p.days, 'day', 'days')}: a new format needs about half a month (14 days) of promotion.`,
        'zh-CN': p => `本活动为新玩法（novel），但爆发阶段 ${q(p.burst)} 之前的阶段合计只有 ${p.days} 天：新玩法建议预热约半个月（14 天）。`,
    },
    'phase-overlap': {
        en: p => `Phase ${q(p.name)} (${p.range}) overlaps the earlier phase ${q(p.other)} (${p.otherRange}) by ${n(p.days, 'day', 'days')}: ${p.overlap}.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `阶段 ${q(p.name)}（${p.range}）与前面的阶段 ${q(p.other)}（${p.otherRange}）重叠 ${p.days} 天：${p.overlap}。${p.runs ?? ''}`,
    },
    'pii-without-consent': {
        en: (p, s) => `Track ${q(p.name)} collects personal information (${p.properties}) but the playbook declares no consent: add \`${s.clause('consent', '"…"')}\` telling users what is collected and why (PIPL).`,
        'zh-CN': (p, s) => `埋点 ${q(p.name)} 采集个人信息（${p.properties}），但活动未声明用户授权：请添加 \`${s.clause('consent', '"…"')}\`，告知用户收集什么、用于何处（个人信息保护法）。`,
    },
    'blackout-conflict': {
        en: p => `${cap(p.category)} ${q(p.name)} falls on ${p.date} (${p.weekday}), a blackout day: ${p.reason}.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `${p.category} ${q(p.name)} 安排在 ${p.date}（${p.weekday}），这一天需要避让：${p.reason}。${p.runs ?? ''}`,
    },
    'untracked-channel': {
        en: p => `Step ${q(p.name)} in burst phase ${q(p.phase)} runs on channel ${q(p.channel)}, where no track fires: conversion there cannot be measured.`,
        'zh-CN': p => `爆发阶段 ${q(p.phase)} 的 SOP 动作 ${q(p.name)} 在渠道 ${q(p.channel)} 进行，但该渠道没有任何埋点：无法衡量其转化。`,
    },
    'unused-declaration': {
        en: p => `${cap(p.category)} ${q(p.name)} is declared but never used.`,
        'zh-CN': p => `${p.category} ${q(p.name)} 已声明但从未使用。`,
    },
    'no-review-phase': {
        en: (p, s) => `Playbook ${q(p.name)} has no review phase: add a phase of \`${s.kind('phase', 'review')}\` to compare results with the goals.`,
        'zh-CN': (p, s) => `活动 ${q(p.name)} 没有复盘阶段：请添加 \`${s.kind('phase', 'review')}\` 的阶段，对照目标进行效果复盘。`,
    },
    'unknown-kind': {
        en: p => `Unknown ${p.what} kind ${q(p.kind)}. Use one of: ${p.allowed}.`,
        'zh-CN': p => `未知的${p.what}类型 ${q(p.kind)}。可选：${p.allowed}。`,
    },
    'duplicate-wire-name': {
        en: (p, s) => `Track ${q(p.name)} sends event ${q(p.event)}, as track ${q(p.other)} does: the tracking plan cannot tell their events apart. Give one of them another \`${s.kw('event')}\` name.`,
        'zh-CN': (p, s) => `埋点 ${q(p.name)} 上报的事件名 ${q(p.event)} 与埋点 ${q(p.other)} 相同：埋点方案无法区分二者的事件。请为其中一个换一个 \`${s.kw('event')}\` 名称。`,
    },
    'control-character': {
        en: p => `Invisible control character ${p.code} in this text: bidirectional overrides and control characters make the text shown differ from the text that is there. Remove it.`,
        'zh-CN': p => `此处文本含不可见的控制字符 ${p.code}：双向覆盖符和控制字符会让显示的内容与实际内容不一致。请删除它。`,
    },
    'replacement-character': {
        en: p => `This file holds ${p.count} × U+FFFD (\uFFFD), the character that stands where bytes could not be read as UTF-8: it was probably saved in another encoding (GBK?), and its Chinese text is lost in every output. Save it as UTF-8 and type the lost text again.`,
        'zh-CN': p => `此文件含 ${p.count} 处 U+FFFD（\uFFFD），即无法按 UTF-8 读取的字节所变成的替换字符：文件很可能以其他编码（GBK？）保存，其中的中文在所有输出里都会丢失。请另存为 UTF-8，并重新输入丢失的文字。`,
    },
    'duplicate-clause': {
        en: p => `\`${p.clause}\` is given more than once; only the last one counts. Remove the others.`,
        'zh-CN': p => `\`${p.clause}\` 重复出现，只有最后一个生效。请删除其余的。`,
    },
    'duplicate-clause.budget': {
        en: (_p, s) => `The playbook has more than one \`${s.kw('budget')}\`: keep one and move these lines into it, so the money and its split are stated once.`,
        'zh-CN': (_p, s) => `活动有多个 \`${s.kw('budget')}\`：请只保留一个，并把这些分项移入其中，使资金投入及其分配只写一次。`,
    },
    'kpi-type.sum': {
        en: (p, s) => `KPI ${q(p.name)} sums ${p.property}, which is of type \`${p.type}\`: \`${s.kw('sum')}\` adds numbers. Sum a \`${s.kw('number')}\` or \`${s.kw('integer')}\` property, or use \`${s.kw('count')}\` or \`${s.kw('unique')}\`.`,
        'zh-CN': (p, s) => `指标 ${q(p.name)} 对属性 ${p.property} 求和，但它是 \`${p.type}\` 类型：\`${s.kw('sum')}\` 只能对 \`${s.kw('number')}\` 或 \`${s.kw('integer')}\` 属性求和，否则请改用 \`${s.kw('count')}\` 或 \`${s.kw('unique')}\`。`,
    },
    'kpi-type.enum': {
        en: p => `Property ${p.property} takes one of ${p.values}; ${p.value} is not among them, so the filter never matches.`,
        'zh-CN': p => `属性 ${p.property} 的取值只能是 ${p.values}，${p.value} 不在其中，此筛选条件永远不会成立。`,
    },
    'kpi-type.value': {
        en: p => `Property ${p.property} is of type \`${p.type}\`: compare it with ${p.expected}, not ${p.value}.`,
        'zh-CN': p => `属性 ${p.property} 是 \`${p.type}\` 类型：请与${p.expected}比较，而不是 ${p.value}。`,
    },
    'kpi-type.percent-target': {
        en: (p, s) => `KPI ${q(p.name)} is measured with \`${kw(s, p.formula)}\`, so its target is a number, not a percentage: write \`${s.clause('target', 'N')}\`, or make it a ratio (\`= a / b\`) to target a rate.`,
        'zh-CN': (p, s) => `指标 ${q(p.name)} 用 \`${kw(s, p.formula)}\` 统计，目标值应为数值而不是百分比：请写作 \`${s.clause('target', 'N')}\`；如需比率目标，请改为比率指标（\`= a / b\`）。`,
    },
    'kpi-type.relative': {
        en: (p, s) => `The check compares ${q(p.name)} with ${p.percent} of its target, but KPI ${q(p.name)} has no target. Give it a \`${s.kw('target')}\`, or compare with a number (\`${p.name} ${p.op} N\`).`,
        'zh-CN': (p, s) => `该检查将 ${q(p.name)} 与其目标的 ${p.percent} 比较，但指标 ${q(p.name)} 没有设置目标值。请为它添加 \`${s.kw('target')}\`，或改为与具体数值比较（\`${p.name} ${p.op} N\`）。`,
    },
    'ignored-clause.duration': {
        en: (p, s) => `\`${s.duration(String(p.duration))}\` has no effect: step ${q(p.name)} has no \`${s.kw('at')}\` time, so it is an all-day step. Add \`${s.at('HH:MM')}\` to give it a start and a length, or remove \`${s.duration(String(p.duration))}\`.`,
        'zh-CN': (p, s) => `\`${s.duration(String(p.duration))}\` 不起作用：SOP 动作 ${q(p.name)} 没有 \`${s.kw('at')}\` 时间，是全天安排。请添加 \`${s.at('HH:MM')}\` 设定开始时间和时长，或删除 \`${s.duration(String(p.duration))}\`。`,
    },
    'dst-gap': {
        en: (p, s) => `${p.time} does not exist on ${p.date} in ${p.zone} (the clocks skip it for daylight saving time), so step ${q(p.name)} starts at ${p.real} that day. Pick a time outside the gap, or write \`${s.at(String(p.real))}\`.`,
        'zh-CN': (p, s) => `${p.date} 在 ${p.zone} 因夏令时调整没有 ${p.time} 这个时间，SOP 动作 ${q(p.name)} 当天实际于 ${p.real} 开始。请另选不在跳过时段内的时间，或写作 \`${s.at(String(p.real))}\`。`,
    },
    ...CALENDAR_DIAGNOSTICS,
} as const satisfies Record<string, Record<Locale, Fmt>>;

export type MessageKey = keyof typeof DIAGNOSTIC_MESSAGES;

/** The message of `key`; the syntax it quotes in `forms`, the keyword language of the file (English by default). */
export function diagnosticMessage(key: MessageKey, locale: Locale, params: P = {}, forms: SyntaxForms = syntaxForms('en')): string {
    const entry = DIAGNOSTIC_MESSAGES[key] as Record<Locale, Fmt>;
    return (entry[locale] ?? entry.en)(params, forms);
}

export function categoryName(category: string, locale: Locale): string {
    return Object.hasOwn(CATEGORY_NAMES, category) ? CATEGORY_NAMES[category][locale] : category;
}
