/**
 * The keywords of the language, one row each. The key type comes from the grammar (langium
 * generates `PlaybookKeywordNames`), so a keyword added to the grammar does not compile until it
 * has a row here, and a row for a keyword the grammar lost does not compile either.
 *
 * `zh` is the keyword's Simplified Chinese alias (`角色` for `role`), written where the English
 * keyword may be (README, "Chinese keywords", says why each word); `day`, `days` and `for` have
 * none: Chinese word order needs constructions instead (`第 3 天`, `为期 30 天`, `持续 2h`, `面向 …`),
 * which the grammar has (syntax/chinese-keywords.ts); `name` marks the keywords that may also be names (`phase review`): their tokens
 * belong to the ID category (syntax/token-builder.ts), every other keyword stays reserved.
 */
import type { PlaybookKeywordNames } from '../generated/ast.js';

type Letter = 'D' | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's'
    | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';

/** Every word keyword of the grammar (punctuation such as `{` and `..` is not vocabulary). */
export type Keyword = Extract<PlaybookKeywordNames, `${Letter}${string}`>;

export interface KeywordRow {
    /** The Simplified Chinese alias, when there is one. */
    readonly zh?: string;
    /** May also be a name (a phase called `review`). */
    readonly name?: true;
}

export const KEYWORDS = {
    asset: { zh: '物料' },
    at: { zh: '于', name: true },
    blackout: { zh: '避开', name: true },
    boolean: { zh: '布尔', name: true },
    budget: { zh: '预算', name: true },
    by: { zh: '截至', name: true },
    channel: { zh: '渠道' },
    consent: { zh: '用户授权', name: true },
    count: { zh: '计数', name: true },
    datetime: { zh: '日期时间', name: true },
    day: {},
    days: {},
    enum: { zh: '枚举', name: true },
    event: { zh: '事件', name: true },
    false: { zh: '否', name: true },
    for: {},
    from: { zh: '始于', name: true },
    goal: { zh: '目标' },
    import: { zh: '导入' },
    integer: { zh: '整数', name: true },
    kind: { zh: '类型', name: true },
    kpi: { zh: '指标' },
    library: { zh: '共享库', name: true },
    line: { zh: '分项', name: true },
    milestone: { zh: '里程碑' },
    note: { zh: '备注', name: true },
    novel: { zh: '新玩法', name: true },
    number: { zh: '数值', name: true },
    on: { zh: '在' },
    owner: { zh: '负责人' },
    person: { zh: '姓名', name: true },
    phase: { zh: '阶段' },
    pii: { zh: '个人信息', name: true },
    playbook: { zh: '活动' },
    property: { zh: '属性', name: true },
    ready: { zh: '就绪', name: true },
    remind: { zh: '提前', name: true },
    required: { zh: '必填', name: true },
    review: { zh: '审核', name: true },
    risk: { zh: '风险' },
    role: { zh: '角色' },
    segment: { zh: '目标人群' },
    start: { zh: '开始', name: true },
    step: { zh: '动作' },
    string: { zh: '文本', name: true },
    sum: { zh: '求和', name: true },
    tag: { zh: '标签', name: true },
    target: { zh: '目标值', name: true },
    text: { zh: '正文', name: true },
    then: { zh: '应对', name: true },
    timezone: { zh: '时区', name: true },
    track: { zh: '埋点' },
    true: { zh: '是', name: true },
    type: { zh: '活动类型', name: true },
    unique: { zh: '去重', name: true },
    uses: { zh: '使用', name: true },
    when: { zh: '触发', name: true },
    where: { zh: '筛选', name: true },
    // the real calendar (SCHEDULE.md); `monthly`, `weekly`, `every`, `per`, `week`, `month` have no
    // one-word form: Chinese word order needs constructions (`每月 18 日`, `每周 周四`, `每 14 天`,
    // `上限 每日 1 次`), and `day D-3` / `days D-7..D-1` are written `D-3` / `D-7..D-1` (chinese-keywords.ts).
    D: { name: true },
    anchor: { zh: '锚定阶段', name: true },
    cap: { zh: '上限', name: true },
    cn: { zh: '中国大陆', name: true },
    dday: { zh: 'D日', name: true },
    every: { name: true },
    except: { zh: '跳过', name: true },
    holiday: { zh: '放假', name: true },
    holidays: { zh: '节假日', name: true },
    last: { zh: '最后一天', name: true },
    month: { name: true },
    monthly: { name: true },
    none: { zh: '无', name: true },
    per: { name: true },
    quiet: { zh: '免打扰', name: true },
    repeat: { zh: '重复', name: true },
    until: { zh: '止于', name: true },
    week: { name: true },
    weekly: { name: true },
    workday: { zh: '上班', name: true },
    workdays: { zh: '仅工作日', name: true },
} as const satisfies Record<Keyword, KeywordRow>;

const ROWS: Readonly<Record<string, KeywordRow>> = KEYWORDS;

/** Whether `word` is a word keyword of the grammar. */
export function isKeyword(word: string): word is Keyword {
    return Object.hasOwn(ROWS, word);
}

/** The keywords that may also be names. */
export const NAME_KEYWORDS: ReadonlySet<string> = new Set(Object.entries(ROWS).filter(([, row]) => row.name).map(([word]) => word));
