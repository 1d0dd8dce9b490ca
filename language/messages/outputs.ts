/**
 * Human-facing texts of the generated outputs (column titles, Markdown labels, iCalendar
 * description labels) and of the `calendar` / `tracking` commands, in English and zh-CN.
 * Machine formats (json, jsonschema, ics property names) never use these.
 */
import { fillPrintable } from './printable.js';
import type { EventType } from '../model/playbook-model.js';
import { type Locale, type Localized, pick } from './locale.js';

export type CalendarColumn =
    | 'date' | 'weekday' | 'time' | 'end' | 'phase' | 'type' | 'name' | 'title' | 'channels' | 'owner' | 'assets'
    | 'segment' | 'note' | 'run' | 'dday' | 'd' | 'day_off';

/** The csv / xlsx columns of the calendar, in order (README "Outputs"). */
export const CALENDAR_COLUMNS: readonly CalendarColumn[] = [
    'date', 'weekday', 'time', 'end', 'phase', 'type', 'name', 'title', 'channels', 'owner', 'assets', 'segment', 'note',
    'run', 'dday', 'd', 'day_off',
];

export const CALENDAR_COLUMN_TITLES: Readonly<Record<CalendarColumn, Localized>> = {
    date: { en: 'date', 'zh-CN': '日期' },
    weekday: { en: 'weekday', 'zh-CN': '星期' },
    time: { en: 'time', 'zh-CN': '开始时间' },
    end: { en: 'end', 'zh-CN': '结束时间' },
    phase: { en: 'phase', 'zh-CN': '阶段' },
    type: { en: 'type', 'zh-CN': '类型' },
    name: { en: 'name', 'zh-CN': '标识（ID）' },
    title: { en: 'title', 'zh-CN': '事项' },
    channels: { en: 'channels', 'zh-CN': '渠道' },
    owner: { en: 'owner', 'zh-CN': '负责人' },
    assets: { en: 'assets', 'zh-CN': '物料' },
    segment: { en: 'segment', 'zh-CN': '目标人群' },
    note: { en: 'note', 'zh-CN': '备注' },
    run: { en: 'run', 'zh-CN': '期次' },
    dday: { en: 'dday', 'zh-CN': 'D 日' },
    d: { en: 'd', 'zh-CN': '距 D 日' },
    day_off: { en: 'day_off', 'zh-CN': '休息日' },
};

export type TrackingColumn =
    | 'event' | 'title' | 'channels' | 'property' | 'property_title' | 'type' | 'required' | 'pii' | 'kpis';

/** The csv / xlsx columns of the tracking spec, in order (README "Outputs"). */
export const TRACKING_COLUMNS: readonly TrackingColumn[] = [
    'event', 'title', 'channels', 'property', 'property_title', 'type', 'required', 'pii', 'kpis',
];

/** zh-CN follows the 埋点方案 sheets Chinese analytics teams use. */
export const TRACKING_COLUMN_TITLES: Readonly<Record<TrackingColumn, Localized>> = {
    event: { en: 'event', 'zh-CN': '事件英文变量名' },
    title: { en: 'title', 'zh-CN': '事件显示名' },
    channels: { en: 'channels', 'zh-CN': '触发渠道' },
    property: { en: 'property', 'zh-CN': '属性英文变量名' },
    property_title: { en: 'property_title', 'zh-CN': '属性显示名' },
    type: { en: 'type', 'zh-CN': '属性值类型' },
    required: { en: 'required', 'zh-CN': '是否必填' },
    pii: { en: 'pii', 'zh-CN': '个人信息' },
    kpis: { en: 'kpis', 'zh-CN': '关联指标' },
};

export type KpiColumn = 'name' | 'title' | 'formula' | 'target' | 'events' | 'goals';

export const KPI_COLUMNS: readonly KpiColumn[] = ['name', 'title', 'formula', 'target', 'events', 'goals'];

export const KPI_COLUMN_TITLES: Readonly<Record<KpiColumn, Localized>> = {
    name: { en: 'kpi', 'zh-CN': '指标标识（ID）' },
    title: { en: 'title', 'zh-CN': '指标名称' },
    formula: { en: 'formula', 'zh-CN': '计算公式' },
    target: { en: 'target', 'zh-CN': '目标值' },
    events: { en: 'events', 'zh-CN': '依赖事件' },
    goals: { en: 'goals', 'zh-CN': '所属目标' },
};

/**
 * The one label of each event type in every human-facing output (Markdown, xlsx, iCalendar
 * summaries, the timeline preview). csv and json keep the type id (`asset-due`).
 */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, Localized>> = {
    step: { en: 'SOP step', 'zh-CN': 'SOP 动作' },
    milestone: { en: 'milestone', 'zh-CN': '里程碑' },
    'asset-due': { en: 'asset due', 'zh-CN': '物料截止' },
    checkpoint: { en: 'risk checkpoint', 'zh-CN': '风险检查点' },
};

export type XlsxCalendarColumn =
    | 'date' | 'weekday' | 'time' | 'phase' | 'type' | 'title' | 'channels' | 'owner' | 'assets' | 'segment'
    | 'reminders' | 'reviewer' | 'copy' | 'note' | 'id' | 'dayOff' | 'd' | 'run';

/**
 * The columns of the calendar workbook people print and work from (README "Outputs", xlsx), in order.
 * Titles, not ids; the event id last, for reference.
 */
export const XLSX_CALENDAR_COLUMNS: readonly XlsxCalendarColumn[] = [
    'date', 'weekday', 'time', 'phase', 'type', 'title', 'channels', 'owner', 'assets', 'segment',
    'reminders', 'reviewer', 'copy', 'note', 'dayOff', 'd', 'run', 'id',
];

export const XLSX_CALENDAR_COLUMN_TITLES: Readonly<Record<XlsxCalendarColumn, Localized>> = {
    date: { en: 'Date', 'zh-CN': '日期' },
    weekday: { en: 'Day', 'zh-CN': '星期' },
    time: { en: 'Time', 'zh-CN': '时间' },
    phase: { en: 'Phase', 'zh-CN': '阶段' },
    type: { en: 'Type', 'zh-CN': '类型' },
    title: { en: 'What', 'zh-CN': '事项' },
    channels: { en: 'Channels', 'zh-CN': '渠道' },
    owner: { en: 'Owner', 'zh-CN': '负责人' },
    assets: { en: 'Assets', 'zh-CN': '物料' },
    segment: { en: 'Segment', 'zh-CN': '目标人群' },
    reminders: { en: 'Reminders', 'zh-CN': '提醒' },
    reviewer: { en: 'Reviewer', 'zh-CN': '审核人' },
    copy: { en: 'Copy', 'zh-CN': '文案' },
    note: { en: 'Note', 'zh-CN': '备注' },
    id: { en: 'ID', 'zh-CN': '标识（ID）' },
    dayOff: { en: 'Day off', 'zh-CN': '休息日' },
    d: { en: 'D', 'zh-CN': '距 D 日' },
    run: { en: 'Run', 'zh-CN': '期次' },
};

/** Labels of the Markdown documents, the xlsx sheet names and the iCalendar descriptions. */
export const OUTPUT_LABELS = {
    calendarTitle: { en: 'SOP calendar', 'zh-CN': 'SOP 日历' },
    trackingTitle: { en: 'Tracking spec', 'zh-CN': '埋点文档' },
    playbook: { en: 'Playbook', 'zh-CN': '活动' },
    dates: { en: 'Dates', 'zh-CN': '日期' },
    timezone: { en: 'Time zone', 'zh-CN': '时区' },
    eventCount: { en: 'Events', 'zh-CN': '日程数' },
    timeline: { en: 'Timeline', 'zh-CN': '时间线' },
    milestones: { en: 'Milestones', 'zh-CN': '里程碑' },
    phases: { en: 'Phases', 'zh-CN': '阶段' },
    otherDates: { en: 'Outside the phases', 'zh-CN': '阶段外' },
    noEvents: { en: 'Nothing planned in this phase.', 'zh-CN': '本阶段暂无安排。' },
    allDay: { en: 'all day', 'zh-CN': '全天' },
    dueThatDay: { en: 'by end of day', 'zh-CN': '当天截止' },
    /** A `blackout`: days to keep clear (holidays, competitors' big days). */
    blackout: { en: 'blackout', 'zh-CN': '避让日' },
    blackouts: { en: 'Blackout days', 'zh-CN': '避让日' },
    /** A statutory holiday (holiday data or a `holiday` line), shaded in the timeline preview. */
    holiday: { en: 'holiday', 'zh-CN': '法定节假日' },
    /** A 调休 working weekend (holiday data or a `workday` line). */
    workday: { en: 'make-up workday (调休)', 'zh-CN': '调休上班' },
    colDays: { en: 'Days', 'zh-CN': '天数' },
    colReason: { en: 'Reason', 'zh-CN': '原因' },
    colStepsOn: { en: 'Steps on these days', 'zh-CN': '这些天的 SOP 动作' },
    days: { en: 'days', 'zh-CN': '天' },
    yes: { en: 'yes', 'zh-CN': '是' },
    no: { en: 'no', 'zh-CN': '否' },
    channels: { en: 'Channels', 'zh-CN': '渠道' },
    owner: { en: 'Owner', 'zh-CN': '负责人' },
    assets: { en: 'Assets', 'zh-CN': '物料' },
    segment: { en: 'Segment', 'zh-CN': '目标人群' },
    note: { en: 'Note', 'zh-CN': '备注' },
    check: { en: 'Check', 'zh-CN': '检查' },
    response: { en: 'Response', 'zh-CN': '应对' },
    phase: { en: 'Phase', 'zh-CN': '阶段' },
    events: { en: 'Events', 'zh-CN': '事件' },
    kpis: { en: 'KPIs', 'zh-CN': '指标' },
    goals: { en: 'Goals', 'zh-CN': '目标' },
    triggers: { en: 'Fires on', 'zh-CN': '触发渠道' },
    restingKpis: { en: 'KPIs resting on it', 'zh-CN': '关联指标' },
    wireName: { en: 'Wire name', 'zh-CN': '事件英文变量名' },
    declaredAs: { en: 'Declared as', 'zh-CN': '声明名' },
    noProperties: { en: 'No properties besides the user id.', 'zh-CN': '除用户 ID 外无属性。' },
    userIdNote: {
        en: 'Every event carries the user id implicitly; the properties below come on top of it.',
        'zh-CN': '每个事件默认携带用户 ID；下表为其余属性。',
    },
    property: { en: 'Property', 'zh-CN': '属性英文变量名' },
    propertyTitle: { en: 'Title', 'zh-CN': '属性显示名' },
    type: { en: 'Type', 'zh-CN': '属性值类型' },
    required: { en: 'Required', 'zh-CN': '是否必填' },
    pii: { en: 'PII', 'zh-CN': '个人信息' },
    values: { en: 'Values', 'zh-CN': '枚举值' },
    notMeasurable: { en: 'not measurable yet', 'zh-CN': '暂无口径' },
    none: { en: '—', 'zh-CN': '—' },
    sheetEvents: { en: 'Events', 'zh-CN': '日程' },
    sheetPhases: { en: 'Phases', 'zh-CN': '阶段' },
    sheetTracking: { en: 'Tracking plan', 'zh-CN': '埋点方案' },
    sheetKpis: { en: 'KPIs', 'zh-CN': '指标' },
    reminders: { en: 'Reminders', 'zh-CN': '提醒' },
    reviewer: { en: 'Reviewer', 'zh-CN': '审核人' },
    copy: { en: 'Copy', 'zh-CN': '文案' },
    legend: { en: 'Legend', 'zh-CN': '图例' },
    // Markdown table headers of the calendar
    colDate: { en: 'Date', 'zh-CN': '日期' },
    colWeekday: { en: 'Day', 'zh-CN': '星期' },
    colTime: { en: 'Time', 'zh-CN': '时间' },
    colType: { en: 'Type', 'zh-CN': '类型' },
    colWhat: { en: 'What', 'zh-CN': '事项' },
    colChannels: { en: 'Channels', 'zh-CN': '渠道' },
    colOwner: { en: 'Owner', 'zh-CN': '负责人' },
    colAssets: { en: 'Assets', 'zh-CN': '物料' },
    colSegment: { en: 'Segment', 'zh-CN': '目标人群' },
    colNote: { en: 'Note', 'zh-CN': '备注' },
    colKpi: { en: 'KPI', 'zh-CN': '指标' },
    colTitle: { en: 'Title', 'zh-CN': '名称' },
    colFormula: { en: 'Formula', 'zh-CN': '计算公式' },
    colTarget: { en: 'Target', 'zh-CN': '目标值' },
    colEvents: { en: 'Events', 'zh-CN': '依赖事件' },
    colGoals: { en: 'Goals', 'zh-CN': '所属目标' },
} as const satisfies Record<string, Localized>;

export type OutputLabel = keyof typeof OUTPUT_LABELS;

export function label(key: OutputLabel, locale: Locale): string {
    return pick(OUTPUT_LABELS[key], locale);
}

/** Texts with arguments in the human-facing outputs. */
export const OUTPUT_TEXTS = {
    /** The time cell of a blackout over several days. */
    allDayUntil: { en: 'all day, until {0}', 'zh-CN': '全天，至 {0}' },
    remindMinutes: { en: '{0} min before', 'zh-CN': '提前 {0} 分钟' },
    remindHours: { en: '{0} h before', 'zh-CN': '提前 {0} 小时' },
    remindDays: { en: '{0} d before', 'zh-CN': '提前 {0} 天' },
    /** A checkpoint threshold relative to the KPI's target, with the absolute value it stands for. */
    ofTarget: { en: '{0} of target ({1})', 'zh-CN': '目标的 {0}（{1}）' },
    /** The title row of the calendar workbook: title, dates, zone. */
    sheetTitle: { en: '{0} — SOP calendar · {1} – {2} · {3}', 'zh-CN': '{0} — SOP 日历 · {1} – {2} · {3}' },
} as const satisfies Record<string, Localized>;

export function outputText(key: keyof typeof OUTPUT_TEXTS, locale: Locale, ...args: (string | number)[]): string {
    return format(pick(OUTPUT_TEXTS[key], locale), args);
}

function format(text: string, args: readonly (string | number)[]): string {
    return text.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

/** Messages of the `calendar` and `tracking` commands (stderr). */
export const GENERATOR_MESSAGES = {
    // {0} the output path, {1} the format its name says, {2} the format written.
    extensionMismatch: {
        en: "'{0}' is named .{1} but holds {2} (--format {2}): software that opens .{1} files will refuse it; name it .{2} or drop --format",
        'zh-CN': '“{0}”的扩展名是 .{1}，内容却是 {2}（--format {2}）：打开 .{1} 文件的软件会拒绝它；请改用 .{2} 扩展名，或去掉 --format',
    },
    xlsxNeedsOutput: {
        en: 'the xlsx format is binary and needs -o <path> (it is never written to stdout)',
        'zh-CN': 'xlsx 是二进制格式，需要用 -o <路径> 指定输出文件（不会写到标准输出）',
    },
    cannotRead: {
        en: "cannot read '{0}': no such file or directory",
        'zh-CN': '无法读取“{0}”：文件或目录不存在',
    },
    cannotReadBecause: {
        en: "cannot read '{0}': {1}",
        'zh-CN': '无法读取“{0}”：{1}',
    },
    // {1} the encoding found: GBK (GB18030), UTF-16.
    // {0} the output path, {1} the format its name says, {2} the format written (the command's default).
    extensionNotWritten: {
        en: "'{0}' is named .{1}, a format this command does not write: it holds {2}; name it .{2} or give --format",
        'zh-CN': '“{0}”的扩展名是 .{1}，此命令不输出这种格式：文件内容是 {2}；请改用 .{2} 扩展名，或指定 --format',
    },
    outputIsPlaybook: {
        en: "refusing to write '{0}': outputs never go to a .playbook file (it would replace a plan); choose another -o path",
        'zh-CN': '拒绝写入“{0}”：输出不会写到 .playbook 文件（会覆盖活动方案）；请换一个 -o 路径',
    },
    outputIsActuals: {
        en: "refusing to write '{0}': it is the actuals file '{1}' that the review reads; choose another -o path",
        'zh-CN': '拒绝写入“{0}”：它就是复盘读取的实际数据文件“{1}”；请换一个 -o 路径',
    },
    notUtf8Text: {
        en: "'{0}' is not UTF-8 text: save it as UTF-8 (in most editors: Save with Encoding → UTF-8)",
        'zh-CN': '“{0}”不是 UTF-8 文本：请另存为 UTF-8 编码（多数编辑器在“另存为”或“编码”菜单中选择 UTF-8）',
    },
    notUtf8: {
        en: "'{0}' is encoded in {1}, not UTF-8: save it as UTF-8 (in most editors: Save with Encoding → UTF-8)",
        'zh-CN': '“{0}”的编码是 {1}，不是 UTF-8：请另存为 UTF-8 编码（多数编辑器在“另存为”或“编码”菜单中选择 UTF-8）',
    },
    isDirectory: {
        en: "'{0}' is a directory; {1} takes one playbook file",
        'zh-CN': '“{0}”是目录；{1} 需要一个 playbook 文件',
    },
    isLibrary: {
        en: "'{0}' is a library, not a playbook; {1} needs a playbook (libraries are read through its imports)",
        'zh-CN': '“{0}”是 library 而不是 playbook；{1} 需要一个 playbook（library 通过 import 读取）',
    },
    noPlaybook: {
        en: "'{0}' contains no playbook",
        'zh-CN': '“{0}”中没有 playbook',
    },
    hasErrors: {
        en: '{0} has errors; nothing was generated.',
        'zh-CN': '{0} 有错误，未生成任何输出。',
    },
    cannotWrite: {
        en: "cannot write '{0}': {1}",
        'zh-CN': '无法写入“{0}”：{1}',
    },
    outputIsSource: {
        en: "refusing to write '{0}': it is the source file '{1}' (the playbook or a library it imports); choose another -o path",
        'zh-CN': '拒绝写入“{0}”：它就是源文件“{1}”（playbook 或它导入的 library）；请换一个 -o 路径',
    },
    badEpoch: {
        en: "SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799 (9999-12-31), got '{0}'",
        'zh-CN': 'SOURCE_DATE_EPOCH 必须是 0 到 253402300799（9999-12-31）之间的整数秒，实际为“{0}”',
    },
    wrote: {
        en: 'wrote {0} ({1})',
        'zh-CN': '已写入 {0}（{1}）',
    },
    eventsCount: { en: '{0} events', 'zh-CN': '{0} 个日程' },
    trackingCount: { en: '{0} events, {1} KPIs', 'zh-CN': '{0} 个事件，{1} 个指标' },
} as const satisfies Record<string, Localized>;

/** Messages of `playbook build` (stderr). */
export const BUILD_MESSAGES = {
    needsOutput: {
        en: 'build writes files: give the output folder with -o <dir>',
        'zh-CN': 'build 会写入多个文件：请用 -o <目录> 指定输出目录',
    },
    badFormat: {
        en: "unknown format '{0}' for {1} (one or more of: {2}, separated by commas)",
        'zh-CN': '{1} 不支持格式“{0}”（可选：{2}，多个用逗号分隔）',
    },
    sameName: {
        en: "'{0}' and '{1}' would both be written as '{2}'; build them into separate folders",
        'zh-CN': '“{0}”和“{1}”的输出文件同名（{2}）；请分别输出到不同目录',
    },
    summary: {
        en: 'wrote {0} {0|file|files} for {1} {1|playbook|playbooks} into {2}',
        'zh-CN': '已为 {1} 个 playbook 写入 {0} 个文件到 {2}',
    },
    librariesSkipped: {
        en: ' (and {0} library {0|file|files}, read through the imports)',
        'zh-CN': '（{0} 个 library 通过 import 读取）',
    },
    refused: {
        en: '{0} {0|playbook|playbooks} not built because of errors (listed above): {1}',
        'zh-CN': '{0} 个 playbook 有错误，未生成（错误见上方）：{1}',
    },
} as const satisfies Record<string, Localized>;

export function buildMessage(key: keyof typeof BUILD_MESSAGES, locale: Locale, ...args: (string | number)[]): string {
    return fillPrintable(pick(BUILD_MESSAGES[key], locale), args);
}

export function generatorMessage(key: keyof typeof GENERATOR_MESSAGES, locale: Locale, ...args: (string | number)[]): string {
    return fillPrintable(pick(GENERATOR_MESSAGES[key], locale), args);
}
