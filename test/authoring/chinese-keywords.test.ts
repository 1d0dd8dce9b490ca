/**
 * Chinese keywords mean exactly what the English ones mean: over every example and fixture, the
 * Chinese-keyword form (fmt --keywords zh) converts back to the canonical English text exactly, and
 * gives the same diagnostics (code, severity, message — quoting the syntax as each file writes it —, lines, the text of names at fault) and
 * byte-identical calendar and tracking outputs.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CstUtils, GrammarAST, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isModel } from '../../language/generated/ast.js';
import { CALENDAR_FORMATS, TRACKING_FORMATS, generateCalendar, generateTracking } from '../../language/generators/index.js';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import { layoutText } from '../../language/syntax/format-text.js';
import { keywordEdits } from '../../language/syntax/keyword-conversion.js';
import { KEYWORD_ZH } from '../../language/syntax/chinese-keywords.js';
import { parseExpectations } from '../helpers/expectations.js';
import { buildWorkspaceFiles } from './workspace.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createPlaybookCoreServices().Playbook;

/** Folders of playbooks built together (imports resolve inside a folder), expectation markers removed. */
function folders(): { name: string; files: Record<string, string> }[] {
    const dirs = ['examples', 'docs/mistakes', 'test/fixtures/rules', 'test/fixtures/generators', 'test/lsp/fixtures', 'test/e2e/fixtures'];
    return dirs.map(dir => {
        const files: Record<string, string> = {};
        for (const f of readdirSync(join(ROOT, dir)).filter(f => f.endsWith('.playbook') && !f.endsWith('.zh.playbook')).sort()) {
            const raw = readFileSync(join(ROOT, dir, f), 'utf8');
            files[f] = dir.endsWith('rules') ? parseExpectations(raw).text : raw;
        }
        return { name: dir, files };
    });
}

function convert(text: string, to: 'en' | 'zh'): string | undefined {
    return layoutText(core, text, root => keywordEdits(root, to)).text;
}

function covered(doc: LangiumDocument, d: Diagnostic): string {
    return doc.textDocument.getText(d.range);
}

const ENGLISH_KEYWORDS = new Set([...Object.keys(KEYWORD_ZH), 'day', 'days', 'for', 'monthly', 'weekly', 'every', 'per', 'week', 'month']);

describe('Chinese keywords: the same playbook in both languages', function () {
    this.timeout(300_000);
    let converted = 0;

    for (const folder of folders()) {
        it(`${folder.name}: round trip, same diagnostics, byte-identical outputs`, async () => {
            const en: Record<string, string> = {};
            const zh: Record<string, string> = {};
            for (const [file, text] of Object.entries(folder.files)) {
                const canonical = layoutText(core, text).text;
                const chinese = canonical === undefined ? undefined : convert(canonical, 'zh');
                if (canonical === undefined || chinese === undefined) {
                    en[file] = zh[file] = text; // a syntax error: nothing to convert
                    continue;
                }
                converted++;
                assert.notEqual(chinese, canonical, `${file}: nothing was converted`);
                assert.equal(convert(chinese, 'en'), canonical, `${file}: zh → en is not the original`);
                assert.equal(convert(chinese, 'zh'), chinese, `${file}: converting Chinese to Chinese changed it`);
                en[file] = canonical;
                zh[file] = chinese;
            }
            const a = await buildWorkspaceFiles(en, 'en', '/same');
            const b = await buildWorkspaceFiles(zh, 'en', '/same');
            for (const file of Object.keys(folder.files)) {
                const da = a.docs.get(file)!;
                const db = b.docs.get(file)!;
                // The same messages but for the syntax they quote, which is written as each file writes it
                // (test/messages/quoted-syntax.test.ts): between backquotes, and a kind's allowed values.
                const message = (m: Diagnostic['message']) => String(m).replace(/`[^`]*`/g, '`…`').replace(/(Use one of: ).*$/, '$1…');
                const show = (doc: LangiumDocument) => (d: Diagnostic) => `${d.code} ${d.severity} ${d.range.start.line}-${d.range.end.line} ${message(d.message)}`;
                assert.deepEqual((db.diagnostics ?? []).map(show(db)), (da.diagnostics ?? []).map(show(da)), `${file}: diagnostics differ`);
                for (const d of en[file] === zh[file] ? [] : db.diagnostics ?? []) {
                    for (const quoted of String(d.message).match(/`[^`]*`/g) ?? []) {
                        assert.ok(!quoted.split(/[^A-Za-z]+/).some((w: string) => w.length > 1 && ENGLISH_KEYWORDS.has(w)), `${file}: ${d.code} quotes English keywords in a Chinese file: ${d.message}`);
                    }
                }
                (da.diagnostics ?? []).forEach((d, i) => {
                    const text = covered(da, d);
                    const other = covered(db, db.diagnostics![i]);
                    // A name or value at fault is the same text (a range over keywords covers their Chinese forms).
                    if (!text.split(/\s+/).some(w => ENGLISH_KEYWORDS.has(w))) assert.equal(other, text, `${file}: ${d.code} covers other text`);
                });
                const root = da.parseResult.value;
                if (!isModel(root) || !root.playbook || (da.diagnostics ?? []).some(d => d.severity === 1)) continue;
                const ma = a.services.playbook.Models.getModel(da)!;
                const mb = b.services.playbook.Models.getModel(db)!;
                const heavy = folder.name === 'examples';
                for (const format of CALENDAR_FORMATS) {
                    if (format === 'xlsx' && !heavy) continue;
                    assert.deepEqual(Buffer.from(await generateCalendar(mb, format, { locale: 'zh-CN' })), Buffer.from(await generateCalendar(ma, format, { locale: 'zh-CN' })), `${file}: calendar ${format}`);
                }
                for (const format of TRACKING_FORMATS) {
                    if (format === 'xlsx' && !heavy) continue;
                    assert.deepEqual(Buffer.from(await generateTracking(mb, format, { locale: 'en' })), Buffer.from(await generateTracking(ma, format, { locale: 'en' })), `${file}: tracking ${format}`);
                }
            }
        });
    }

    it('converted most of them (only files with syntax errors are left as they are)', () => {
        assert.ok(converted >= 60, `only ${converted} files converted`);
    });

    it('the calendar examples (member day, weekly live show) keep no English calendar keyword in Chinese', () => {
        for (const file of ['member-day.playbook', 'live-show.playbook']) {
            const en = layoutText(core, readFileSync(join(ROOT, 'examples', file), 'utf8')).text!;
            const zh = convert(en, 'zh')!;
            const root = core.parser.LangiumParser.parse(zh).value.$cstNode!;
            const english = CstUtils.streamCst(root).filter(n => isLeafCstNode(n) && GrammarAST.isKeyword(n.grammarSource) && /^[a-z]+$/.test(n.text)).map(n => n.text).toArray();
            assert.deepEqual(english, [], `${file}: keywords left in English`);
            assert.equal(convert(zh, 'en'), en);
        }
    });

    it('the examples in Chinese keywords (Double-11, member day, weekly live show) are the English ones, converted', () => {
        const zhFiles = readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.zh.playbook')).sort();
        assert.deepEqual(zhFiles, ['double11.zh.playbook', 'live-show.zh.playbook', 'member-day.zh.playbook']);
        for (const file of zhFiles) {
            const zh = readFileSync(join(ROOT, 'examples', file), 'utf8');
            const en = readFileSync(join(ROOT, 'examples', file.replace('.zh.playbook', '.playbook')), 'utf8');
            assert.equal(convert(zh, 'en'), en, file);
            assert.equal(convert(en, 'zh'), zh, file);
        }
    });
});
