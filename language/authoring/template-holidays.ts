/**
 * A template started now may reach a year the holiday data does not cover yet (in December 2026:
 * 2027, whose schedule the 国务院办公厅 has not published to the data package). Its schedule
 * cannot be checked against that year's holidays, and `validate --strict` would refuse the fresh
 * template with `holiday-data-missing`. `init` writes nothing false instead: the playbook says
 * `holidays none` (weekends only, which is all that can be known), with a comment that says why
 * and what to do once the year is published; no holiday date is ever typed in. Years the data
 * covers change nothing. The model says which years are uncovered (model.uncoveredYears).
 */
import { URI } from 'langium';
import { isModel } from '../generated/ast.js';
import { authoringMessage } from '../messages/authoring.js';
import type { Locale } from '../messages/locale.js';
import { CN_HOLIDAY_DATA, yearsText } from '../model/holiday-data.js';
import { createPlaybookCoreServices } from '../playbook-module.js';
import { type KeywordLanguage, syntaxForms } from '../syntax/keyword-language.js';

/** The years the schedule of playbook `text` (no imports) reaches that no holiday data covers. */
export async function uncoveredYears(text: string): Promise<readonly number[]> {
    const { shared, Playbook } = createPlaybookCoreServices();
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///template.playbook'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    const root = doc.parseResult.value;
    if (!isModel(root) || !root.playbook) return [];
    return Playbook.playbook.Models.getModel(doc)?.uncoveredYears ?? [];
}

/**
 * The rendered template `text` (English keywords, canonical layout), with `holidays none` and its
 * comment after the `timezone` line when its schedule reaches years the data does not cover. The
 * comment quotes the syntax in `keywords`, the keyword language the file will be written in (the
 * caller converts the text afterwards); `notice` is what `init` prints about it, quoting the same.
 */
export async function withHolidayCoverage(text: string, locale: Locale, keywords: KeywordLanguage = 'en'): Promise<{ text: string; uncovered: readonly number[]; notice?: string }> {
    const uncovered = await uncoveredYears(text);
    if (uncovered.length === 0) return { text, uncovered };
    const years = uncovered.join(', ');
    const source = `${CN_HOLIDAY_DATA.source} ${CN_HOLIDAY_DATA.version}`;
    const forms = syntaxForms(keywords);
    const lines = `${forms.kw('holiday')} / ${forms.kw('workday')}`;
    const note = [
        `  // ${authoringMessage('holidayNote1', locale, source, yearsText(CN_HOLIDAY_DATA), years)}`,
        `  // ${authoringMessage('holidayNote2', locale, lines)}`,
        '  holidays none',
    ].join('\n');
    const out = text.replace(/^( {2}timezone "[^"\n]*")$/m, `$1\n${note}`);
    const notice = authoringMessage('holidayNotice', locale, uncovered.join(', '), forms.clause('holidays', forms.kw('none')));
    return { text: out, uncovered, notice };
}
