/**
 * Messages of the calendar rules (SCHEDULE.md, RULES.md "Calendar rules"), en and zh-CN; spread
 * into DIAGNOSTIC_MESSAGES (diagnostics.ts). 休息日 is a day off; 法定节假日 a statutory holiday;
 * 调休上班 a working weekend; 免打扰时段 quiet hours; 发送上限 the cap.
 */
import type { Locale } from './locale.js';
import { weekdayList } from './kinds.js';
import type { SyntaxForms } from '../syntax/keyword-language.js';
import type { Keyword } from '../vocabulary/keywords.js';

type P = Record<string, string | number | undefined>;
/** A message; `s` writes the syntax it quotes in the keyword language of the file (diagnostics.ts). */
type Fmt = (p: P, s: SyntaxForms) => string;
const q = (s: string | number | undefined) => `'${s ?? ''}'`;
/** A keyword given as a parameter (`start`, `dday`, `repeat`), in the file's form. */
const kw = (s: SyntaxForms, keyword: string | number | undefined) => s.kw(String(keyword ?? '') as Keyword);

export const CALENDAR_DIAGNOSTICS = {
    'timeline-conflict': {
        en: (p, s) => `\`${kw(s, p.clause)}\` conflicts with \`${kw(s, p.first)}\`: a playbook is placed in time by exactly one of \`${s.kw('start')}\`, \`${s.kw('dday')}\` or \`${s.kw('repeat')}\`. Remove one.`,
        'zh-CN': (p, s) => `\`${kw(s, p.clause)}\` 与 \`${kw(s, p.first)}\` 冲突：一个活动只能用 \`${s.kw('start')}\`、\`${s.kw('dday')}\`、\`${s.kw('repeat')}\` 中的一个来排期。请删除其一。`,
    },
    'missing-timeline.anchor': {
        en: (p, s) => `Playbook ${q(p.name)} has a D-day but no phase to put it on: add \`${s.clause('anchor', 'PHASE')}\` or a phase of \`${s.kind('phase', 'burst')}\` (D is its first day).`,
        'zh-CN': (p, s) => `活动 ${q(p.name)} 设了 D 日，但没有承载 D 日的阶段：请添加 \`${s.clause('anchor', '阶段名')}\` 或一个 \`${s.kind('phase', 'burst')}\` 的阶段（D 日即其第一天）。`,
    },
    'missing-timeline.dday': {
        en: (p, s) => `\`${p.text}\` counts from the D-day, but playbook ${q(p.name)} has none: add \`${s.clause('dday', 'YYYY-MM-DD')}\` or \`${s.clause('repeat', '…')}\`.`,
        'zh-CN': (p, s) => `\`${p.text}\` 按 D 日计算，但活动 ${q(p.name)} 没有 D 日：请添加 \`${s.clause('dday', 'YYYY-MM-DD')}\` 或 \`${s.clause('repeat', '…')}\`。`,
    },
    'day-out-of-range.dday': {
        en: p => `${p.category} ${q(p.name)} is on \`${p.text}\`, outside phase ${q(p.phase)}, which runs ${p.phaseD}. Use a day in that range.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `${p.category} ${q(p.name)} 安排在 \`${p.text}\`，不在阶段 ${q(p.phase)} 的范围（${p.phaseD}）内。请使用该范围内的日子。${p.runs ?? ''}`,
    },
    'invalid-date.repeat': {
        en: (p, s) => ({
            'day-of-month': `\`${s.monthlyOn('N')}\` takes a day from 1 to 28 or \`${s.monthlyOn('last')}\`: the 29th–31st would skip some months.`,
            weekday: `${q(p.text)} is not a weekday: use ${weekdayList('en', s)}.`,
            interval: `\`${s.everyDays('N')}\` needs a whole number of days, at least 1.`,
            'bad-date': `A date or month of \`${s.kw('repeat')}\` is not a real one (months are YYYY-MM, days YYYY-MM-DD).`,
            reversed: `\`${s.kw('repeat')}\` ends (\`${s.kw('until')}\`) before it starts (\`${s.kw('from')}\`).`,
            'too-many': `\`${s.kw('repeat')}\` gives more than ${p.max} runs: shorten the range or repeat less often. No run is scheduled.`,
        } as Record<string, string>)[String(p.problem)] ?? String(p.problem),
        'zh-CN': (p, s) => ({
            'day-of-month': `\`${s.monthlyOn('N')}\` 只能取 1 到 28 日或 \`${s.monthlyOn('last')}\`：29–31 日会让某些月份没有活动。`,
            weekday: `${q(p.text)} 不是星期：请用 ${weekdayList('zh-CN', s)}。`,
            interval: `\`${s.everyDays('N')}\` 需要至少 1 的整数天数。`,
            'bad-date': `\`${s.kw('repeat')}\` 中有无效的日期或月份（月份写作 YYYY-MM，日期写作 YYYY-MM-DD）。`,
            reversed: `\`${s.kw('repeat')}\` 的结束（\`${s.kw('until')}\`）早于开始（\`${s.kw('from')}\`）。`,
            'too-many': `\`${s.kw('repeat')}\` 产生超过 ${p.max} 期活动：请缩短范围或降低频率。当前不排任何一期。`,
        } as Record<string, string>)[String(p.problem)] ?? String(p.problem),
    },
    'run-overlap': {
        en: p => `Run ${p.run} (D ${p.dday}, from ${p.start}) starts on or before the last day of run ${p.previous} (D ${p.previousDday}, until ${p.previousEnd}): two runs at once split the team. Space the D-days further apart or shorten the phases.`,
        'zh-CN': p => `第 ${p.run} 期（D 日 ${p.dday}，${p.start} 开始）在第 ${p.previous} 期（D 日 ${p.previousDday}，${p.previousEnd} 结束）结束前就开始了：两期同时进行会分散团队。请拉开 D 日间隔或缩短阶段。`,
    },
    'holiday-data-missing': {
        en: (p, s) => `The schedule reaches ${p.year}, but the holiday data of this version covers ${p.covered} and no \`${s.kw('holiday')}\` line speaks of ${p.year}: its statutory holidays and 调休 working weekends are not checked. Add the year's \`${s.kw('holiday')}\` / \`${s.kw('workday')}\` lines once the schedule is published, or update the tool.`,
        'zh-CN': (p, s) => `排期涉及 ${p.year} 年，但当前版本的节假日数据只覆盖 ${p.covered} 年，也没有 ${p.year} 年的 \`${s.kw('holiday')}\` 行：该年的法定节假日和调休上班无法检查。官方安排发布后请添加该年的 \`${s.kw('holiday')}\` / \`${s.kw('workday')}\` 行，或升级本工具。`,
    },
    'no-occurrence': {
        en: (p, s) => `Step ${q(p.name)} has no occurrence left: \`${s.kw('workdays')}\` / \`${s.kw('except')}\` removed all ${p.dropped} of its days. It silently vanished from the calendar; move it or drop the filter.`,
        'zh-CN': (p, s) => `SOP 动作 ${q(p.name)} 一次也不剩：\`${s.kw('workdays')}\` / \`${s.kw('except')}\` 去掉了它全部 ${p.dropped} 天，它已从日历上消失。请调整日期或去掉筛选。`,
    },
    'schedule-too-large.occurrences': {
        en: p => `Step ${q(p.name)} has more days than the ${p.max} one step may occur on (ten years): the calendar would leave ${p.cut} of its occurrences out. Shorten its days or split it.`,
        'zh-CN': p => `SOP 动作 ${q(p.name)} 的天数超过单个动作 ${p.max} 次的上限（约十年），日历会漏掉其中 ${p.cut} 次。请缩短天数范围或拆分。`,
    },
    'schedule-too-large.events': {
        en: p => `The schedule holds more than ${p.max} events: ${p.cut} of them, from ${p.category} ${q(p.name)} on, would be left out of the calendar. Use fewer runs, days or steps.`,
        'zh-CN': p => `日程超过 ${p.max} 条的上限：从${/^[A-Za-z]/.test(String(p.category)) ? ' ' : ''}${p.category} ${q(p.name)} 起有 ${p.cut} 条不会进入日历。请减少期次、天数或 SOP 动作。`,
    },
    'due-on-day-off': {
        en: p => `Asset ${q(p.name)} is due on a day off: ${p.days}. Nobody is at work to deliver and review it (物料审核); make it due on the working day before.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `物料 ${q(p.name)} 的截止日是休息日：${p.days}。当天无人交付和审核物料，请提前到前一个工作日。${p.runs ?? ''}`,
    },
    'step-on-holiday': {
        en: p => `Step ${q(p.name)} happens on statutory holidays: ${p.days}. Make sure someone is on duty.${p.runs ? ` ${p.runs}` : ''}`,
        'zh-CN': p => `SOP 动作 ${q(p.name)} 安排在法定节假日：${p.days}。请确保有人值班。${p.runs ?? ''}`,
    },
    'send-cap': {
        en: p => `Step ${q(p.name)} sends on channel ${q(p.channel)} to ${p.audience} beyond its cap (${p.cap}) in ${p.window}${p.others ? `, counted with ${p.others}` : ''}: sends over the cap are not delivered.`,
        'zh-CN': p => `SOP 动作 ${q(p.name)} 在渠道 ${q(p.channel)} 向${p.audience}的发送超出上限（${p.cap}）：${p.window}${p.others ? `，同时计入 ${p.others}` : ''}。超出上限的消息不会送达。`,
    },
    'quiet-hours': {
        en: p => `Step ${q(p.name)} sends on channel ${q(p.channel)} at ${p.time}, inside its quiet hours ${p.window}${p.declared ? '' : ' (the default of its kind)'}: messages at night drive complaints and unsubscribes.`,
        'zh-CN': p => `SOP 动作 ${q(p.name)} 在渠道 ${q(p.channel)} 的发送时间 ${p.time} 落在免打扰时段 ${p.window}${p.declared ? ' ' : '（该渠道类型的默认值）'}内：深夜推送易引发投诉和退订。`,
    },
} as const satisfies Record<string, Record<Locale, Fmt>>;
