/** The extension manifest (the root package.json), its localisation files and what they point at. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = json('package.json');
const nls = json('package.nls.json');
const nlsZh = json('package.nls.zh-cn.json');

function placeholders(value: unknown, found: string[] = []): string[] {
    if (typeof value === 'string') {
        const m = /^%(.+)%$/.exec(value);
        if (m) found.push(m[1]);
    } else if (Array.isArray(value)) {
        for (const v of value) placeholders(v, found);
    } else if (value && typeof value === 'object') {
        for (const v of Object.values(value)) placeholders(v, found);
    }
    return found;
}

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('extension manifest', () => {
    it('activates on playbook files only and points at the bundles', () => {
        assert.deepEqual(pkg.activationEvents, ['onLanguage:playbook']);
        assert.equal(pkg.main, './dist/extension.cjs');
        assert.match(pkg.engines.vscode, /^\^1\.\d+\.\d+$/);
        assert.ok(pkg.publisher);
        // What the build and the existing package fields still need.
        assert.ok(pkg.bin.playbook && pkg.scripts.build && pkg.dependencies.langium);
    });

    it('declares no engines.node (npm would warn EBADENGINE on every npx/npm run where the system Node is 20, though the pinned Node 22 runs everything); the bins check the version themselves', () => {
        assert.equal(pkg.engines.node, undefined);
        assert.match(pkg.devDependencies.node, /^\^22\./);
        for (const bin of Object.values(pkg.bin) as string[]) {
            assert.match(readFileSync(bin, 'utf8'), /if \(major < 22\)/, bin);
        }
    });

    it('contributes the language with its configuration and grammar, files that exist', () => {
        const [language] = pkg.contributes.languages;
        assert.equal(language.id, 'playbook');
        assert.deepEqual(language.extensions, ['.playbook']);
        assert.ok(existsSync(language.configuration));
        const [grammar] = pkg.contributes.grammars;
        assert.equal(grammar.scopeName, json(grammar.path).scopeName);
    });

    it('has a language configuration for comments, brackets, quotes and indentation', () => {
        const config = json(pkg.contributes.languages[0].configuration);
        assert.equal(config.comments.lineComment, '//');
        assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
        const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
        for (const pair of ['{}', '()', '""', '""""""']) assert.ok(pairs.includes(pair), pair);
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        assert.ok(increase.test('phase warmup "预热期" days 30 {'));
        assert.ok(!increase.test('step a "{" day 1'));
        assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  }'));
        const word = new RegExp(`^(?:${config.wordPattern})$`);
        for (const w of ['活动群', 'warmup_2', '2026-10-12', '09:00', '40%', '2h']) assert.ok(word.test(w), w);
    });

    it('contributes the three file commands in the palette and the editor title menu, New Playbook from Template and the keyword conversions', () => {
        const ids = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
        const fileCommands = ['playbook.generateCalendar', 'playbook.generateTracking', 'playbook.previewTimeline'];
        assert.deepEqual(ids, [...fileCommands, 'playbook.newFromTemplate', 'playbook.compareWithRevision', 'playbook.reviewWithActuals', 'playbook.previewTimelineComparison', 'playbook.convertKeywordsToChinese', 'playbook.convertKeywordsToEnglish'].sort());
        const title = pkg.contributes.menus['editor/title'].map((m: { command: string }) => m.command).sort();
        assert.deepEqual(title, fileCommands);
        const source = ['commands', 'authoring', 'review'].map(f => readFileSync(`extension/src/${f}.ts`, 'utf8')).join('');
        for (const id of ids) assert.ok(source.includes(`'${id}'`), `${id} is registered in commands.ts, authoring.ts or review.ts`);
        // Available without an open playbook (no `when` in the palette).
        const palette = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'playbook.newFromTemplate');
        assert.ok(!palette?.when);
    });

    it('declares the settings with their defaults', () => {
        const p = pkg.contributes.configuration.properties;
        assert.equal(p['playbook.output.directory'].default, '');
        assert.equal(p['playbook.calendar.format'].default, 'ics');
        assert.deepEqual(p['playbook.calendar.format'].enum, ['ics', 'csv', 'md', 'json', 'xlsx']);
        assert.equal(p['playbook.tracking.format'].default, 'json');
        assert.deepEqual(p['playbook.tracking.format'].enum, ['json', 'jsonschema', 'md', 'csv', 'xlsx']);
        assert.equal(p['playbook.trace.server'].default, 'off');
    });

    it('translates every %key% of the manifest into English and Chinese, and nothing more', () => {
        const keys = [...new Set(placeholders(pkg.contributes))].sort();
        assert.deepEqual(Object.keys(nls).sort(), keys);
        assert.deepEqual(Object.keys(nlsZh).sort(), keys);
        for (const k of keys) assert.match(nlsZh[k], /[\u4e00-\u9fff]/, `${k} is Chinese`);
    });

    it('has a Chinese bundle entry for every string the client localises, and no stale one', () => {
        assert.equal(pkg.l10n, './extension/l10n');
        const used = new Set<string>();
        for (const file of sourceFiles('extension/src')) {
            for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
        }
        assert.ok(used.size > 10);
        const zh = json('extension/l10n/bundle.l10n.zh-cn.json');
        assert.deepEqual(Object.keys(zh).sort(), [...used].sort());
        for (const [en, cn] of Object.entries<string>(zh)) {
            const args = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
            assert.equal(args(cn), args(en), `placeholders of ${en}`);
        }
    });
});
