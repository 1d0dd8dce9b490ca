/**
 * Texts of the real calendar (SCHEDULE.md): the holiday data line of `playbook --version`, day
 * marks (周末, 调休上班), D offsets, runs, sending limits. English and zh-CN.
 */
import { type Locale, type Localized, pick } from './locale.js';
import { dText } from '../model/date-text.js';
import { type SyntaxForms, syntaxForms } from '../syntax/keyword-language.js';

/** `holiday data: chinese-days 1.5.7, mainland China 2004–2026`. */
export function holidayDataLine(source: string, version: string, years: string, locale: Locale): string {
    const text: Localized = {
        en: `holiday data: ${source} ${version}, mainland China ${years || '(no years)'}`,
        'zh-CN': `节假日数据：${source} ${version}，中国大陆 ${years || '（无）'} 年`,
    };
    return pick(text, locale);
}

/**
 * The day note of a 调休 working weekend the holiday data names only by its holiday (`春节` →
 * `春节调休上班`); json's `dayNote` carries it in every locale, as the holiday names themselves.
 */
export function workdayNote(holidayName: string): string {
    return `${holidayName}调休上班`;
}

/** Who a send reaches when its step names no segment. */
export function everyoneText(locale: Locale): string {
    return pick({ en: 'everyone', 'zh-CN': '所有人' }, locale);
}

/**
 * A segment as an audience, in the glossary's term (目标人群, as the `segment` keyword). The Chinese
 * form ends in a space: the message goes on 「向目标人群 'lapsed' 的发送」, as 「向所有人的发送」.
 */
export function segmentText(name: string, locale: Locale): string {
    return pick({ en: `segment '${name}'`, 'zh-CN': `目标人群 '${name}' ` }, locale);
}

/** The window of a cap: `the day 2027-01-18`, `the week of Mon 2027-01-18`, `2027-01`. */
export function capWindowText(per: 'day' | 'week' | 'month', key: string, locale: Locale): string {
    const text: Record<typeof per, Localized> = {
        day: { en: `one day (${key})`, 'zh-CN': `单日（${key}）` },
        week: { en: `one week (from ${key})`, 'zh-CN': `单周（${key} 起）` },
        month: { en: `one month (${key})`, 'zh-CN': `单月（${key}）` },
    };
    return pick(text[per], locale);
}

/** A cap as text: `1 per day`, or the default `as many per month as the month has days`. */
export function capText(count: number | undefined, per: 'day' | 'week' | 'month', locale: Locale): string {
    if (count === undefined) return pick({ en: 'as many per month as the month has days', 'zh-CN': '每月不超过当月天数' }, locale);
    // 每日 / 每周 / 每月 N 次: as the `cap` clause is written in Chinese keywords (每天 is `at`'s word).
    const unit: Record<typeof per, Localized> = { day: { en: 'day', 'zh-CN': '日' }, week: { en: 'week', 'zh-CN': '周' }, month: { en: 'month', 'zh-CN': '月' } };
    return pick({ en: `${count} per ${unit[per].en}`, 'zh-CN': `每${unit[per]['zh-CN']} ${count} 次` }, locale);
}

/** The day mark of a table cell (csv `day_off`, xlsx, md): a holiday's name, `weekend` / `周末`, a 调休 note, or nothing. */
export function dayMarkText(dayOff: 'weekend' | 'holiday' | undefined, note: string | undefined, locale: Locale): string {
    if (dayOff === 'weekend' && !note) return pick({ en: 'weekend', 'zh-CN': '周末' }, locale);
    return note ?? '';
}

/** The md column of the day marks. */
export function dayMarkColumn(locale: Locale): string {
    return pick({ en: 'Day off', 'zh-CN': '休息日' }, locale);
}

/** `Run 2` / `第 2 期`: a run's span in the timeline preview. */
export function runLabel(index: number, locale: Locale): string {
    return pick({ en: `Run ${index}`, 'zh-CN': `第 ${index} 期` }, locale);
}

/** `Run 2 · D 2027-02-18` (a section of a repeating playbook, a line of an event's description). */
export function runText(index: number, dday: string, locale: Locale): string {
    return pick({ en: `Run ${index} · D ${dday}`, 'zh-CN': `第 ${index} 期 · D 日 ${dday}` }, locale);
}

/**
 * The runs a finding holds in, after its message in a repeating playbook (a finding is reported
 * once per place in the text): `In run 3 (D 2026-01-19).` / with the first run's dates in the
 * message (`dates` 'first'), `In 12 of 52 runs: 1, 3, 5, 7, 9, 11 … (the dates above are run 1's,
 * D 2026-01-05).`; where the message lists the dates of every run (`dates` 'every': a day off in
 * runs 1 and 3), only the runs: `In 2 of 5 runs: 1, 3.`
 */
export function runsFindingText(runs: readonly { index: number; dday: string }[], total: number, locale: Locale, dates: 'first' | 'every' = 'first'): string {
    const first = runs[0];
    if (!first) return '';
    if (runs.length === 1) return pick({ en: `In run ${first.index} (D ${first.dday}).`, 'zh-CN': `见第 ${first.index} 期（D 日 ${first.dday}）。` }, locale);
    const listed = runs.slice(0, 6).map(r => r.index).join(locale === 'zh-CN' ? '、' : ', ') + (runs.length > 6 ? ' …' : '');
    if (dates === 'every') return pick({ en: `In ${runs.length} of ${total} runs: ${listed}.`, 'zh-CN': `${total} 期中有 ${runs.length} 期：第 ${listed} 期。` }, locale);
    return pick({
        en: `In ${runs.length} of ${total} runs: ${listed} (the dates above are run ${first.index}'s, D ${first.dday}).`,
        'zh-CN': `${total} 期中有 ${runs.length} 期：第 ${listed} 期（上面的日期为第 ${first.index} 期，D 日 ${first.dday}）。`,
    }, locale);
}

/** The gantt's title of a repeating playbook, which charts the first run: `Run 1 of 5 · D 2027-01-18` / `第 1 期（共 5 期）· D 日 2027-01-18`. */
export function ganttRunText(index: number, total: number, dday: string, locale: Locale): string {
    return pick({ en: `Run ${index} of ${total} · D ${dday}`, 'zh-CN': `第 ${index} 期（共 ${total} 期）· D 日 ${dday}` }, locale);
}

/** The section of a run's events that belong to no phase. */
export function outsidePhasesText(locale: Locale): string {
    return pick({ en: 'Outside the phases', 'zh-CN': '阶段外' }, locale);
}

/** Titles of the calendar quick fixes. */
export function calendarFixTitle(key: 'due-previous-working-day' | 'due-earlier-runs' | 'quiet-move' | 'insert-holidays', locale: Locale, p: Record<string, string | number>): string {
    const every = p.working === p.runs;
    const titles: Record<typeof key, Localized> = {
        'due-earlier-runs': {
            en: `Make it due ${p.days} day${p.days === 1 ? '' : 's'} earlier (${p.text}): a working day in ${every ? 'every run' : `${p.working} of ${p.runs} runs`}`,
            'zh-CN': `截止日提前 ${p.days} 天（${p.text}）：${every ? '每一期都是工作日' : `${p.runs} 期中有 ${p.working} 期是工作日`}`,
        },
        'due-previous-working-day': { en: `Make it due on the previous working day (${p.date})`, 'zh-CN': `截止日提前到前一个工作日（${p.date}）` },
        'quiet-move': { en: `Send at ${p.time}, when the quiet hours end`, 'zh-CN': `改到免打扰结束时 ${p.time} 发送` },
        'insert-holidays': { en: `Add a template for the ${p.year} holidays and 调休 working days`, 'zh-CN': `添加 ${p.year} 年节假日与调休的模板` },
    };
    return pick(titles[key], locale);
}

/**
 * The commented template of a year's `holiday` / `workday` lines (filled in from the 国务院办公厅
 * notice), written with the keywords of the file it goes into (`放假` / `上班` in a Chinese one).
 */
export function holidayTemplate(year: number, locale: Locale, forms: SyntaxForms = syntaxForms('en')): string[] {
    const head = pick({
        en: `// ${year} holidays and 调休 working days: copy the dates from the 国务院办公厅 notice, then remove the //.`,
        'zh-CN': `// ${year} 年节假日与调休：按国务院办公厅通知填写日期，然后去掉行首的 //。`,
    }, locale);
    return [
        head,
        `// ${forms.kw('holiday')} ${year}-01-01 "元旦"`,
        `// ${forms.kw('holiday')} ${year}-MM-DD..${year}-MM-DD "春节"`,
        `// ${forms.kw('workday')} ${year}-MM-DD "春节调休上班"`,
        `// ${forms.kw('holiday')} ${year}-MM-DD..${year}-MM-DD "国庆节"`,
    ];
}

/** The day mark and D offset of an event, for hovers and inlay hints: `国庆节 · D-3` (empty when neither). */
export function eventMarksText(e: { d?: number; dayOff?: 'weekend' | 'holiday'; dayNote?: string }, locale: Locale): string {
    const parts = [dayMarkText(e.dayOff, e.dayNote, locale), e.d !== undefined ? dText(e.d) : ''];
    return parts.filter(Boolean).join(' · ');
}

/** `52 runs` / `共 52 期`. */
export function runsCountText(n: number, locale: Locale): string {
    return pick({ en: `${n} run${n === 1 ? '' : 's'}`, 'zh-CN': `共 ${n} 期` }, locale);
}

/** The channel hover's sending cap line. */
export function capFactText(cap: { count?: number; per: 'day' | 'week' | 'month'; declared: boolean } | undefined, kind: string | undefined, locale: Locale): string {
    const title = pick({ en: 'Sending cap', 'zh-CN': '发送上限' }, locale);
    const sep = locale === 'zh-CN' ? '：' : ': ';
    if (!cap) return `${title}${sep}${pick({ en: 'none', 'zh-CN': '无' }, locale)}`;
    const source = cap.declared ? '' : pick({ en: ` (default of kind ${kind})`, 'zh-CN': `（${kind} 类型的默认值）` }, locale);
    return `${title}${sep}${capText(cap.count, cap.per, locale)}${pick({ en: ' per customer', 'zh-CN': '（每位客户）' }, locale)}${source}`;
}

/** The channel hover's quiet hours line. */
export function quietFactText(quiet: { from: { text: string }; to: { text: string }; declared: boolean } | undefined, kind: string | undefined, locale: Locale): string {
    const title = pick({ en: 'Quiet hours', 'zh-CN': '免打扰时段' }, locale);
    const sep = locale === 'zh-CN' ? '：' : ': ';
    if (!quiet) return `${title}${sep}${pick({ en: 'none', 'zh-CN': '无' }, locale)}`;
    const source = quiet.declared ? '' : pick({ en: ` (default of kind ${kind})`, 'zh-CN': `（${kind} 类型的默认值）` }, locale);
    return `${title}${sep}${quiet.from.text}..${quiet.to.text}${source}`;
}
