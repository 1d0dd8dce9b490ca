/**
 * Messages quote syntax as the file writes it (syntax/keyword-language.ts): every diagnostic
 * message and quick-fix title, rendered for a file written with Chinese keywords, has no English
 * keyword between backquotes (and, for an English file, no Chinese one), in both message languages;
 * and real files get the form they use, whatever the reader's language.
 */
import { strict as assert } from 'node:assert';
import { DIAGNOSTIC_MESSAGES, type MessageKey, diagnosticMessage } from '../../language/messages/diagnostics.js';
import { QUICK_FIX_TITLES, type QuickFixKey, quickFixTitle } from '../../language/messages/quick-fixes.js';
import { CHINESE_KEYWORDS, KEYWORD_ZH } from '../../language/syntax/chinese-keywords.js';
import { type KeywordLanguage, syntaxForms } from '../../language/syntax/keyword-language.js';
import { convertKeywords } from '../../language/syntax/format-text.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { build } from '../helpers/parse.js';

const ENGLISH = new Set([...Object.keys(KEYWORD_ZH), 'day', 'days', 'for', 'monthly', 'weekly', 'every', 'per', 'week', 'month', 'on']);

/** Parameters a rule could give (keywords where a rule gives one, `x` for names); every `problem` of invalid-date.repeat. */
const PARAMS: Record<string, string | number> = {
    clause: 'start', first: 'dday', formula: 'count', duration: '2h', real: '03:30', time: '23:30', text: 'D-3', day: 9, days: 7,
    from: 5, to: 2, year: 2027, max: 366, kind: 'traffic', label: '流量不足', date: '2027-01-04', track: 'join', kpi: 'k',
};
const PROBLEMS = ['day-of-month', 'weekday', 'interval', 'bad-date', 'reversed', 'too-many'];
const params = (extra: Record<string, string | number> = {}) => new Proxy({ ...PARAMS, ...extra }, { get: (t, k) => (k in t ? t[k as string] : 'x') });

function quoted(message: string): string[] {
    return message.match(/`[^`]*`/g) ?? [];
}

function wrongWords(message: string, file: KeywordLanguage): string[] {
    return quoted(message).flatMap(q => (file === 'zh'
        ? q.split(/[^A-Za-z]+/).filter(w => ENGLISH.has(w))
        : q.slice(1, -1).split(/\s+/).filter(w => CHINESE_KEYWORDS.has(w))).map(w => `${w} in ${q}`));
}

describe('messages quote syntax in the file\'s keywords', () => {
    for (const file of ['zh', 'en'] as const) {
        it(`every diagnostic message and quick-fix title, for a file with ${file === 'zh' ? 'Chinese' : 'English'} keywords, in both languages`, () => {
            const forms = syntaxForms(file);
            let checked = 0;
            for (const locale of ['en', 'zh-CN'] as const) {
                for (const key of Object.keys(DIAGNOSTIC_MESSAGES) as MessageKey[]) {
                    for (const problem of key === 'invalid-date.repeat' ? PROBLEMS : ['']) {
                        // duplicate-clause's clause comes from the rule, already in the file's form.
                        const clause: Record<string, string> = key === 'duplicate-clause' ? { clause: forms.kw('owner') } : {};
                        const message = diagnosticMessage(key, locale, params({ problem, ...clause }), forms);
                        checked += quoted(message).length;
                        assert.deepEqual(wrongWords(message, file), [], `${key} (${locale}): ${message}`);
                    }
                }
                for (const key of Object.keys(QUICK_FIX_TITLES) as QuickFixKey[]) {
                    const title = quickFixTitle(key, locale, params({ first: 2, last: 5 }), forms);
                    assert.deepEqual(wrongWords(title, file), [], `${key} (${locale}): ${title}`);
                }
            }
            assert.ok(checked > 80, `only ${checked} quoted pieces`);
        });
    }

    it('English messages count in words: 1 day, 3 days (never day(s))', () => {
        const forms = syntaxForms('en');
        const found: string[] = [];
        for (const one of [1, 3]) {
            const counts = { days: one, phases: one, count: one, runs: one };
            for (const key of Object.keys(DIAGNOSTIC_MESSAGES) as MessageKey[]) {
                const message = diagnosticMessage(key, 'en', params(counts), forms);
                if (/\(s\)|\b1 (days|phases|errors|runs)\b|\b3 (day|phase|error|run)\b(?!-)/.test(message)) found.push(`${key}: ${message}`);
            }
            for (const key of Object.keys(QUICK_FIX_TITLES) as QuickFixKey[]) {
                const title = quickFixTitle(key, 'en', params(counts), forms);
                if (/\(s\)/.test(title)) found.push(`${key}: ${title}`);
            }
        }
        assert.deepEqual(found, []);
    });

    it('the English forms are the messages as they were (an English file reads as before)', () => {
        assert.equal(diagnosticMessage('missing-timeline.days', 'en', { name: 'tail' }), "Phase 'tail' has no length: add `days N` so its steps can be dated.");
        assert.equal(diagnosticMessage('missing-timeline.days', 'en', { name: 'tail' }, syntaxForms('zh')), "Phase 'tail' has no length: add `为期 N 天` so its steps can be dated.");
        assert.equal(diagnosticMessage('invalid-date.repeat', 'zh-CN', { problem: 'day-of-month' }, syntaxForms('zh')), '`每月 N 日` 只能取 1 到 28 日或 `每月 最后一天`：29–31 日会让某些月份没有活动。');
        assert.equal(diagnosticMessage('invalid-date.repeat', 'en', { problem: 'interval' }, syntaxForms('zh')), '`每 N 天` needs a whole number of days, at least 1.');
    });

    describe('real files', () => {
        const core = createPlaybookCoreServices().Playbook;
        const english = `playbook p "t" {
  start 2026-12-28
  owner ops
  role ops "运营"
  phase warm "预热" kind warmup days 5 {
    step a "两次" day 1 day 2
  }
  phase review "复盘" kind review days 30
  phase tail "返场" kind other
  channel c "c" kind telepathy
}
`;
        const chinese = convertKeywords(core, english, 'zh').text!;

        const messages = async (text: string, locale: string) =>
            Object.fromEntries((await build(text, {}, locale)).diagnostics.map(d => [`${d.code} ${d.range.start.line}`, String(d.message)]));

        it('a Chinese-keyword file in an English editor: English messages quoting 为期 N 天, 第 N 天, 放假 / 上班, Chinese kind values', async () => {
            const m = await messages(chinese, 'en');
            assert.equal(m['missing-timeline 8'], "Phase 'tail' has no length: add `为期 N 天` so its steps can be dated.");
            assert.equal(m['duplicate-clause 5'], '`第 N 天` is given more than once; only the last one counts. Remove the others.');
            assert.match(m['holiday-data-missing 0'], /no `放假` line speaks of 2027: .* Add the year's `放假` \/ `上班` lines/);
            assert.match(m['unknown-kind 9'], /^Unknown channel kind 'telepathy'\. Use one of: 社群, 公众号, /);
        });

        it('near miss: the English file in a Chinese editor keeps the English forms in Chinese messages', async () => {
            const m = await messages(english, 'zh-CN');
            assert.equal(m['missing-timeline 8'], "阶段 'tail' 没有天数：请添加 `days N`，否则其中的 SOP 动作无法排期。");
            assert.equal(m['duplicate-clause 5'], '`day` 重复出现，只有最后一个生效。请删除其余的。');
            assert.match(m['holiday-data-missing 0'], /也没有 2027 年的 `holiday` 行：.*请添加该年的 `holiday` \/ `workday` 行/);
            assert.match(m['unknown-kind 9'], /可选：wechat_group, official_account, /);
            // And the Chinese file in a Chinese editor: Chinese messages, Chinese forms.
            const zh = await messages(chinese, 'zh-CN');
            assert.equal(zh['missing-timeline 8'], "阶段 'tail' 没有天数：请添加 `为期 N 天`，否则其中的 SOP 动作无法排期。");
        });
    });
});
