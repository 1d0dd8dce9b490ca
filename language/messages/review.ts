/**
 * Texts of `playbook diff` and `playbook review` (REVIEW.md): Markdown labels, column titles,
 * sheet names and the commands' messages, in English and zh-CN. The json formats never use these.
 */
import { fillPrintable, pluralForms } from './printable.js';
import { type Locale, type Localized, pick } from './locale.js';

export const REVIEW_LABELS = {
    // diff
    diffTitle: { en: 'Changes to {0}', 'zh-CN': '{0} 的变更' },
    noChanges: { en: 'No changes to the schedule, metrics or tracking.', 'zh-CN': '日程、指标和埋点均无变化。' },
    moved: { en: 'moved', 'zh-CN': '改期' },
    added: { en: 'added', 'zh-CN': '新增' },
    removed: { en: 'removed', 'zh-CN': '删除' },
    changed: { en: 'changed', 'zh-CN': '修改' },
    trackingBreaking: { en: 'tracking: breaking', 'zh-CN': '埋点：不兼容变更' },
    trackingChanged: { en: 'tracking: {0} {0|change|changes}', 'zh-CN': '埋点：{0} 处变更' },
    trackingSame: { en: 'tracking: unchanged', 'zh-CN': '埋点：无变化' },
    breaking: { en: 'breaking', 'zh-CN': '不兼容变更' },
    schedule: { en: 'Schedule', 'zh-CN': '日程' },
    itemChanges: { en: 'Changed items', 'zh-CN': '事项修改' },
    plan: { en: 'Phases and timeline', 'zh-CN': '阶段与时间线' },
    metrics: { en: 'Metrics', 'zh-CN': '指标' },
    risks: { en: 'Risks', 'zh-CN': '风险预案' },
    tracking: { en: 'Tracking', 'zh-CN': '埋点' },
    budget: { en: 'Budget', 'zh-CN': '预算' },
    colChange: { en: 'Change', 'zh-CN': '变更' },
    colItem: { en: 'Item', 'zh-CN': '事项' },
    colPhase: { en: 'Phase', 'zh-CN': '阶段' },
    colRun: { en: 'Run (D-day)', 'zh-CN': '期次（D 日）' },
    runCount: { en: '{0} {0|run|runs}', 'zh-CN': '共 {0} 期' },
    moreRows: { en: '{0} more {0|row|rows} not shown: the json format lists every change.', 'zh-CN': '另有 {0} 行未列出：json 格式列出全部变更。' },
    requiredMark: { en: ', required', 'zh-CN': '（必填）' },
    colOld: { en: 'Old', 'zh-CN': '原' },
    colNew: { en: 'New', 'zh-CN': '现' },
    colShift: { en: 'Shift', 'zh-CN': '调整' },
    colField: { en: 'Field', 'zh-CN': '字段' },
    colName: { en: 'Name', 'zh-CN': '名称' },
    colId: { en: 'ID', 'zh-CN': '标识（ID）' },
    colEvent: { en: 'Event', 'zh-CN': '事件' },
    colProperty: { en: 'Property', 'zh-CN': '属性' },
    colBreaking: { en: 'Breaking', 'zh-CN': '不兼容' },
    minutes: { en: '{0} min', 'zh-CN': '{0} 分钟' },
    hours: { en: '{0} h', 'zh-CN': '{0} 小时' },
    days: { en: '{0} d', 'zh-CN': '{0} 天' },
    yes: { en: 'yes', 'zh-CN': '是' },
    dayHoliday: { en: 'day off (holiday)', 'zh-CN': '放假' },
    dayWorkday: { en: 'working weekend (调休)', 'zh-CN': '调休上班' },
    dayOrdinary: { en: 'ordinary day', 'zh-CN': '平常日' },
    no: { en: 'no', 'zh-CN': '否' },
    // the timeline preview compared with a revision
    movedFrom: { en: 'Moved', 'zh-CN': '改期' },
    movedFromText: { en: 'from {0} ({1})', 'zh-CN': '原为 {0}（{1}）' },
    addedSince: { en: 'New', 'zh-CN': '新增' },
    addedSinceText: { en: 'not in {0}', 'zh-CN': '{0} 中没有' },
    // review
    reviewTitle: { en: 'Campaign review: {0}', 'zh-CN': '复盘报告：{0}' },
    window: { en: 'Window', 'zh-CN': '统计区间' },
    windowRuns: { en: ' ({0} runs: only their days count)', 'zh-CN': '（共 {0} 期，只计各期内的数据）' },
    asOf: { en: 'As of', 'zh-CN': '截至' },
    rows: { en: 'Rows read', 'zh-CN': '读取行数' },
    goalsMet: { en: '{0} of {1} goals met', 'zh-CN': '目标达成 {0}/{1}' },
    kpisMet: { en: '{0} of {1} KPIs with targets met', 'zh-CN': '有目标值的指标达成 {0}/{1}' },
    kpiSection: { en: 'KPIs', 'zh-CN': '指标' },
    chartSection: { en: 'Attainment', 'zh-CN': '达成率' },
    phaseSection: { en: 'By phase', 'zh-CN': '各阶段' },
    runSection: { en: 'By run', 'zh-CN': '各期' },
    goalSection: { en: 'Goals', 'zh-CN': '目标' },
    checkpointSection: { en: 'Risk checkpoints', 'zh-CN': '风险检查点' },
    qualitySection: { en: 'Tracking quality', 'zh-CN': '埋点质量' },
    unplanned: { en: 'Events no track plans', 'zh-CN': '计划外事件' },
    missing: { en: 'Planned events with no row', 'zh-CN': '未上报的计划事件' },
    violations: { en: 'Rows that break the plan', 'zh-CN': '不符合埋点方案的数据' },
    unreadable: { en: 'Rows that could not be read', 'zh-CN': '无法读取的行' },
    outsideWindow: { en: 'Not counted: {0} {0|row|rows} outside the window.', 'zh-CN': '统计区间外的 {0} 行未计入。' },
    notStarted: { en: 'not started', 'zh-CN': '未开始' },
    notStartedSummary: { en: 'Not started as of {0} (the first day is {1})', 'zh-CN': '截至 {0} 活动尚未开始（首日为 {1}）' },
    noRows: { en: 'The file has a header but no rows: every figure is 0.', 'zh-CN': '文件只有表头，没有数据行：所有数值均为 0。' },
    endsEarly: {
        en: 'The last row is on {0}, but the window runs to {1}: the days after it count as 0 and their checkpoints as triggered or clear. Give --as-of {0} to review up to that day.',
        'zh-CN': '最后一行数据在 {0}，而统计区间到 {1}：之后的日子按 0 计算，其风险检查点按已触发或未触发计。可加 --as-of {0}，只复盘到这一天。',
    },
    qualityClean: { en: 'Every row matches the tracking plan.', 'zh-CN': '所有数据均符合埋点方案。' },
    colKpi: { en: 'KPI', 'zh-CN': '指标' },
    colTarget: { en: 'Target', 'zh-CN': '目标值' },
    colActual: { en: 'Actual', 'zh-CN': '实际值' },
    colAttainment: { en: 'Attainment', 'zh-CN': '达成率' },
    colStatus: { en: 'Status', 'zh-CN': '是否达成' },
    // a repeating playbook's KPI table: targets apply to each run (SCHEDULE.md), the actual is the total over the runs
    targetPerRun: { en: '{0} per run', 'zh-CN': '每期 {0}' },
    colActualRuns: { en: 'Actual (total over runs)', 'zh-CN': '实际值（各期合计）' },
    colAttainmentRuns: { en: 'Attainment (mean of runs)', 'zh-CN': '达成率（各期平均）' },
    colRunsMet: { en: 'Runs', 'zh-CN': '各期达成' },
    // {0} runs met, {1} runs with a status (started, with a value)
    runsMet: { en: 'met in {0} of {1} {1|run|runs}', 'zh-CN': '{1} 期中 {0} 期达成' },
    // a cell of the per-run table: {0} the value, {1} the attainment, {2} ✓ or ✗
    runValue: { en: '{0} ({1}) {2}', 'zh-CN': '{0}（{1}）{2}' },
    colCheckStatus: { en: 'Status', 'zh-CN': '检查结果' },
    colGoal: { en: 'Goal', 'zh-CN': '目标' },
    colRisk: { en: 'Risk', 'zh-CN': '风险' },
    colDate: { en: 'Date', 'zh-CN': '日期' },
    colThreshold: { en: 'Threshold', 'zh-CN': '阈值' },
    colRows: { en: 'Rows', 'zh-CN': '行数' },
    colProblem: { en: 'Problem', 'zh-CN': '问题' },
    colFirstLine: { en: 'First line', 'zh-CN': '首次出现行号' },
    colLines: { en: 'Lines', 'zh-CN': '行号' },
    met: { en: 'met', 'zh-CN': '已达成' },
    missed: { en: 'missed', 'zh-CN': '未达成' },
    noTarget: { en: 'no target', 'zh-CN': '无目标值' },
    triggered: { en: 'triggered', 'zh-CN': '已触发' },
    clear: { en: 'clear', 'zh-CN': '未触发' },
    pending: { en: 'pending', 'zh-CN': '待检查' },
    notMeasurable: { en: 'not measurable', 'zh-CN': '暂无口径' },
    requiredAbsent: { en: 'required property absent', 'zh-CN': '缺少必填属性' },
    // {0} the property type as written (`number`), {1} its label (`数值`).
    wrongType: { en: 'not of type {0}', 'zh-CN': '不是{1}类型（{0}）' },
    // {0} the listed values.
    notInEnum: { en: 'value not in the enum ({0})', 'zh-CN': '取值不在枚举范围内（{0}）' },
    badTime: { en: 'bad time (write YYYY-MM-DD HH:MM[:SS], or ISO 8601 with an offset)', 'zh-CN': '时间无法解析（应为 YYYY-MM-DD HH:MM[:SS]，或带时区的 ISO 8601）' },
    badColumns: { en: 'wrong number of columns', 'zh-CN': '列数不对' },
    noUser: { en: 'no user id', 'zh-CN': '缺少用户 ID' },
    noEvent: { en: 'no event name', 'zh-CN': '缺少事件名' },
    chartAxis: { en: 'attainment %', 'zh-CN': '达成率 %' },
    anotherPlaybook: {
        en: 'None of the events in this file is planned by the playbook: is it another playbook\'s export?',
        'zh-CN': '文件中没有任何一个事件在本活动的埋点方案中：是否导出了别的活动的数据？',
    },
    sheetKpis: { en: 'KPIs', 'zh-CN': '指标' },
    sheetPhases: { en: 'By phase', 'zh-CN': '各阶段' },
    sheetRuns: { en: 'By run', 'zh-CN': '各期' },
    sheetGoals: { en: 'Goals', 'zh-CN': '目标' },
    sheetCheckpoints: { en: 'Checkpoints', 'zh-CN': '风险检查点' },
    sheetQuality: { en: 'Tracking quality', 'zh-CN': '埋点质量' },
} as const satisfies Record<string, Localized>;

export type ReviewLabel = keyof typeof REVIEW_LABELS;

/** The fields `playbook diff` compares, as a planner names them (the json keeps the field's key). */
export const DIFF_FIELD_LABELS: Record<string, Localized> = {
    title: { en: 'title', 'zh-CN': '标题' },
    owner: { en: 'owner', 'zh-CN': '负责人' },
    channels: { en: 'channels', 'zh-CN': '渠道' },
    assets: { en: 'assets', 'zh-CN': '物料' },
    segment: { en: 'segment', 'zh-CN': '目标人群' },
    reminders: { en: 'reminders', 'zh-CN': '提醒' },
    duration: { en: 'duration (min)', 'zh-CN': '时长（分钟）' },
    note: { en: 'note', 'zh-CN': '备注' },
    dayOff: { en: 'day', 'zh-CN': '放假安排' },
    phase: { en: 'phase', 'zh-CN': '阶段' },
    kind: { en: 'kind', 'zh-CN': '类型' },
    start: { en: 'start', 'zh-CN': '开始日期' },
    end: { en: 'end', 'zh-CN': '结束日期' },
    days: { en: 'days', 'zh-CN': '天数' },
    dday: { en: 'D-day', 'zh-CN': 'D 日' },
    repeat: { en: 'repeat', 'zh-CN': '重复规则' },
    timezone: { en: 'time zone', 'zh-CN': '时区' },
    when: { en: 'when', 'zh-CN': '触发条件' },
    then: { en: 'response', 'zh-CN': '应对' },
    formula: { en: 'formula', 'zh-CN': '计算口径' },
    target: { en: 'target', 'zh-CN': '目标值' },
    kpis: { en: 'KPIs', 'zh-CN': '指标' },
    amount: { en: 'amount', 'zh-CN': '金额' },
    share: { en: 'share', 'zh-CN': '占比' },
    event: { en: 'wire name', 'zh-CN': '上报事件名' },
    type: { en: 'type', 'zh-CN': '类型' },
    required: { en: 'required', 'zh-CN': '必填' },
    enum: { en: 'enum values', 'zh-CN': '枚举值' },
    pii: { en: 'personal data', 'zh-CN': '个人信息' },
};

/** A compared field's label; an unknown field as its key. */
export function diffFieldLabel(field: string, locale: Locale): string {
    const label = DIFF_FIELD_LABELS[field];
    return label ? pick(label, locale) : field;
}

function fill(text: string, args: readonly (string | number)[]): string {
    return pluralForms(text, args).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export function reviewLabel(key: ReviewLabel, locale: Locale, ...args: (string | number)[]): string {
    return fill(pick(REVIEW_LABELS[key], locale), args);
}

/** Messages of the two commands (stderr, and the editor's notifications). */
export const REVIEW_MESSAGES = {
    unknownRevision: { en: "unknown git revision '{0}'", 'zh-CN': 'git 中没有版本“{0}”' },
    noSuchPath: { en: "'{0}' does not exist at revision {1}", 'zh-CN': '版本 {1} 中不存在“{0}”' },
    notAFile: { en: "'{0}' is a folder at revision {1}, not a playbook file", 'zh-CN': '“{0}”在版本 {1} 中是文件夹，不是 playbook 文件' },
    notARepository: { en: "'{0}' names a git revision, but '{1}' is not inside a git repository", 'zh-CN': '“{0}”指向 git 版本，但“{1}”不在 git 仓库中' },
    noGit: { en: "the git program was not found; it is needed to read '{0}'", 'zh-CN': '找不到 git 程序；读取“{0}”需要它' },
    cannotRead: { en: "cannot read '{0}': no such file (write REV:PATH for a git revision)", 'zh-CN': '无法读取“{0}”：文件不存在（git 版本请写成 版本:路径）' },
    isFolder: { en: "'{0}' is a folder: give a playbook file (or REV:PATH for a git revision)", 'zh-CN': '“{0}”是文件夹：请给出 playbook 文件（git 版本请写成 版本:路径）' },
    noRows: { en: "the actuals file '{0}' has a header but no rows: every figure is 0", 'zh-CN': '实际数据文件“{0}”只有表头，没有数据行：所有数值均为 0' },
    endsEarly: {
        en: "the last row of '{0}' is on {1}, but the window runs to {2}: give --as-of {1} to count up to it (later checkpoints then stay pending)",
        'zh-CN': '“{0}”的最后一行在 {1}，而统计区间到 {2}：可加 --as-of {1}，只统计到这一天（之后的风险检查点为待检查）',
    },
    isLibrary: { en: "'{0}' is a library, not a playbook", 'zh-CN': '“{0}”是 library，不是 playbook' },
    noPlaybook: { en: "'{0}' contains no playbook", 'zh-CN': '“{0}”中没有 playbook' },
    diffHasErrors: { en: '{0} has errors; no diff was made.', 'zh-CN': '{0} 有错误，未生成对比。' },
    breaking: { en: 'the tracking change is breaking (--fail-on-breaking)', 'zh-CN': '埋点变更不兼容（--fail-on-breaking）' },
    reviewHasErrors: { en: '{0} has errors; no review was made.', 'zh-CN': '{0} 有错误，未生成复盘报告。' },
    actualsMissing: { en: "cannot read the actuals file '{0}': no such file", 'zh-CN': '无法读取实际数据文件“{0}”：文件不存在' },
    actualsUnreadable: { en: "cannot read the actuals file '{0}': {1}", 'zh-CN': '无法读取实际数据文件“{0}”：{1}' },
    actualsEmpty: { en: "the actuals file '{0}' is empty: it needs a header row with event, time and user", 'zh-CN': '实际数据文件“{0}”是空的：需要包含 event、time、user 的表头行' },
    missingColumns: {
        en: "the actuals file '{0}' has no {1} column (columns found: {2})",
        'zh-CN': '实际数据文件“{0}”缺少 {1} 列（找到的列：{2}）',
    },
    wrongDelimiter: {
        en: "the actuals file '{0}' is separated by {1}, not commas: export it as comma-separated CSV",
        'zh-CN': '实际数据文件“{0}”用{1}分隔，而不是逗号：请导出为逗号分隔的 CSV',
    },
    notUtf8: {
        en: "the actuals file '{0}' is not UTF-8 text: export or save it as UTF-8 CSV",
        'zh-CN': '实际数据文件“{0}”不是 UTF-8 文本：请导出或另存为 UTF-8 编码的 CSV',
    },
    wrongEncoding: {
        en: "the actuals file '{0}' is encoded in {1}, not UTF-8: export or save it as UTF-8",
        'zh-CN': '实际数据文件“{0}”的编码是 {1}，不是 UTF-8：请导出或另存为 UTF-8',
    },
    badAsOf: { en: "--as-of must be a date YYYY-MM-DD, got '{0}'", 'zh-CN': '--as-of 必须是 YYYY-MM-DD 格式的日期，实际为“{0}”' },
    anotherPlaybook: {
        en: "no event name in '{1}' is planned by {2} ({0} found: {3}): is it another playbook's export?",
        'zh-CN': '“{1}”中的 {0} 个事件名都不在 {2} 的埋点方案中（找到：{3}）：是否导出了别的活动的数据？',
    },
    unreadableRows: { en: '{0} {0|row|rows} could not be read (first at line {1}); see the tracking-quality section', 'zh-CN': '{0} 行无法读取（第一处在第 {1} 行）；见“埋点质量”部分' },
    xlsxNeedsOutput: { en: 'the xlsx format is binary and needs -o <path>', 'zh-CN': 'xlsx 是二进制格式，需要用 -o <路径> 指定输出文件' },
    cannotWrite: { en: "cannot write '{0}': {1}", 'zh-CN': '无法写入“{0}”：{1}' },
    wroteDiff: { en: 'wrote {0} ({1})', 'zh-CN': '已写入 {0}（{1}）' },
    wroteReview: { en: 'wrote {0} ({1} {1|row|rows} read)', 'zh-CN': '已写入 {0}（读取 {1} 行）' },
    tab: { en: 'tabs', 'zh-CN': '制表符' },
    semicolon: { en: 'semicolons', 'zh-CN': '分号' },
} as const satisfies Record<string, Localized>;

export function reviewMessage(key: keyof typeof REVIEW_MESSAGES, locale: Locale, ...args: (string | number)[]): string {
    return fillPrintable(pick(REVIEW_MESSAGES[key], locale), args);
}
