/** Keyword help of the real calendar (SCHEDULE.md), spread into KEYWORD_HELP (keyword-help.ts). */
import type { Localized } from './locale.js';
import { WEEKDAY_NAMES } from '../vocabulary/weekdays.js';

export const CALENDAR_KEYWORD_HELP: Readonly<Record<string, Localized>> = {
    dday: {
        en: 'The D-day (YYYY-MM-DD), instead of `start`: the first day of the anchor phase. Steps can then say `day D-3`, `day D`, `day D+2`.',
        'zh-CN': 'D 日（YYYY-MM-DD），代替 `start`：锚定阶段的第一天。SOP 动作可写 `day D-3`、`day D`、`day D+2`。',
    },
    anchor: {
        en: 'The phase whose first day is D. Default: the first phase of kind burst.',
        'zh-CN': '以其第一天为 D 日的阶段。默认：第一个 kind burst 的阶段。',
    },
    repeat: {
        en: 'Repeats the whole schedule, one run per D-day: `monthly on 18|last from YYYY-MM until YYYY-MM`, `weekly on thu from DATE until DATE`, `every 14 days from DATE until DATE`, or listed dates; `except` drops D-days or months. At most 366 runs.',
        'zh-CN': '按 D 日重复整个排期，每个 D 日一期：`monthly on 18|last from YYYY-MM until YYYY-MM`、`weekly on thu from 日期 until 日期`、`every 14 days from 日期 until 日期`，或列出日期；`except` 去掉某些 D 日或月份。最多 366 期。',
    },
    monthly: { en: 'One run a month, on day N (1–28) or the `last` day.', 'zh-CN': '每月一期：第 N 日（1–28）或最后一天（`last`）。' },
    weekly: { en: `One run a week, on a weekday (${WEEKDAY_NAMES[0]} … ${WEEKDAY_NAMES[6]}).`, 'zh-CN': `每周一期：在指定星期（${WEEKDAY_NAMES[0]} … ${WEEKDAY_NAMES[6]}）。` },
    every: { en: 'One run every N days.', 'zh-CN': '每 N 天一期。' },
    until: { en: 'The last month or day (inclusive) a run may start on.', 'zh-CN': '最后一期 D 日所在的月份或日期（含）。' },
    except: {
        en: 'Leaves out dates: on `repeat`, D-days (YYYY-MM-DD) or whole months (YYYY-MM); on a step, days or ranges (DATE..DATE) it does not happen on.',
        'zh-CN': '排除日期：用于 `repeat` 时去掉 D 日（YYYY-MM-DD）或整月（YYYY-MM）；用于 SOP 动作时去掉不执行的日期或日期范围（日期..日期）。',
    },
    last: { en: 'The last day of the month.', 'zh-CN': '当月最后一天。' },
    D: {
        en: 'The D-day; `D-3` is three days before, `D+2` two days after.',
        'zh-CN': 'D 日；`D-3` 为前三天，`D+2` 为后两天。',
    },
    holidays: {
        en: '`cn`: check the schedule against mainland China\'s statutory holidays and 调休 working weekends (the default in Asia/Shanghai); `none`: weekends only (the default elsewhere).',
        'zh-CN': '`cn`：按中国大陆法定节假日和调休上班日检查排期（Asia/Shanghai 时区默认）；`none`：只按周末（其他时区默认）。',
    },
    cn: { en: 'Mainland China\'s holidays and 调休 (国务院办公厅 schedules, from the holiday data).', 'zh-CN': '中国大陆节假日和调休（国务院办公厅安排，来自节假日数据）。' },
    none: { en: 'None: no holiday calendar, or no quiet hours.', 'zh-CN': '无：不使用节假日日历，或不设免打扰时段。' },
    holiday: {
        en: 'A statutory holiday the team declares (a day or DATE..DATE, with its name): adds to the holiday data and wins over it.',
        'zh-CN': '团队声明的法定节假日（一天或 日期..日期，附名称）：补充节假日数据，并以此为准。',
    },
    workday: {
        en: 'A weekend day that is a working day (调休上班), declared by the team.',
        'zh-CN': '团队声明的调休上班日（周末照常上班）。',
    },
    workdays: { en: 'Keeps only the occurrences on working days (no weekends or holidays, 调休上班 days count).', 'zh-CN': '只保留工作日的执行（去掉周末和节假日，调休上班日保留）。' },
    cap: {
        en: 'At most N sends per customer a day, week (Monday–Sunday) or month on this channel. 企业微信 (kind wecom) defaults to as many a month as the month has days.',
        'zh-CN': '每位客户在此渠道每天、每周（周一至周日）或每月最多收到 N 次发送。企业微信（kind wecom）默认每月不超过当月天数。',
    },
    per: { en: 'The window of a cap: day, week or month.', 'zh-CN': '发送上限的统计周期：day、week 或 month。' },
    week: { en: 'An ISO week, Monday to Sunday.', 'zh-CN': '自然周（周一至周日）。' },
    month: { en: 'A calendar month.', 'zh-CN': '自然月。' },
    quiet: {
        en: 'Quiet hours (HH:MM..HH:MM, may cross midnight): no sends start in them. `quiet none` lifts the default (22:00..08:00 for wecom, personal_wechat, official_account, sms, email).',
        'zh-CN': '免打扰时段（HH:MM..HH:MM，可跨午夜）：其间不开始发送。`quiet none` 取消默认值（wecom、personal_wechat、official_account、sms、email 默认 22:00..08:00）。',
    },
};
