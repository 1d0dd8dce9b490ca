/**
 * One Chinese term per concept (language/messages/glossary.ts): every zh-CN text a planner reads —
 * diagnostics, hovers, completion, keyword help, outputs, CLI messages, the extension's UI — uses
 * the glossary's term and none of the words it replaces.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY } from '../../language/messages/glossary.js';
import { CLI_DESCRIPTIONS_ZH } from '../../language/messages/cli.js';
import { ROOT } from '../generators/helpers.js';

const MODULES = ['authoring', 'calendar', 'cli', 'diagnostics', 'editor', 'keyword-help', 'kinds', 'outputs', 'quick-fixes', 'review', 'syntax'];

/** Parameters for message functions: any field reads as a placeholder. */
const PARAMS = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });

function zhTexts(value: unknown, path: string, out: Map<string, string>, seen = new Set<unknown>()): void {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const at = `${path}.${key}`;
        if (key === 'zh-CN') {
            if (typeof v === 'string') out.set(at, v);
            else if (typeof v === 'function') {
                try {
                    out.set(at, String((v as (p: unknown) => unknown)(PARAMS)));
                } catch {
                    out.set(at, v.toString());
                }
            } else if (Array.isArray(v)) v.forEach((s, i) => out.set(`${at}[${i}]`, String(s)));
        } else zhTexts(v, at, out, seen);
    }
}

async function allTexts(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const m of MODULES) zhTexts(await import(`../../language/messages/${m}.js`), m, out);
    for (const [en, zh] of Object.entries(CLI_DESCRIPTIONS_ZH)) out.set(`cli: ${en}`, zh);
    const f = await import('../../language/messages/fragments.js');
    for (const [name, text] of Object.entries({
        defaultOwnerHint: `${f.defaultOwnerHint(true, 'zh-CN')} ${f.defaultOwnerHint(false, 'zh-CN')}`,
        budgetDifference: `${f.budgetDifference('‹a›', true, 'zh-CN')} ${f.budgetDifference('‹a›', false, 'zh-CN')}`,
        lineReference: f.lineReference(1, 'zh-CN', '‹file›'),
        internalErrorLine: f.internalErrorLine('‹message›', 'zh-CN'),
    })) out.set(`fragments.${name}`, text);
    for (const file of ['extension/l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json']) {
        for (const [k, v] of Object.entries(JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>)) out.set(`${file}: ${k}`, v);
    }
    return out;
}

describe('glossary: one Chinese term per concept', () => {
    it('reads the zh-CN texts of every messages module and of the extension', async () => {
        const texts = await allTexts();
        assert.ok(texts.size > 400, `${texts.size} texts`);
        const values = [...texts.values()];
        assert.ok(values.some(t => t.includes('物料')) && values.some(t => t.includes('SOP 动作')) && values.some(t => t.includes('目标人群')));
    });

    it('no zh-CN text uses a word the glossary replaces', async () => {
        const texts = await allTexts();
        const found: string[] = [];
        for (const [where, text] of texts) {
            const plain = text.replace(/`[^`]*`/g, '');
            for (const entry of GLOSSARY) {
                for (const avoid of entry.avoid) {
                    const m = avoid.exec(plain);
                    if (m) found.push(`${where}: '${m[0]}' → ${entry.zh}: ${text.slice(0, 80)}`);
                }
            }
        }
        assert.deepEqual(found, []);
    });

    it('the init templates (comments and titles in zh-CN) use the glossary\'s terms', async () => {
        const { renderTemplate } = await import('../../language/authoring/templates.js');
        const { TEMPLATE_NAMES } = await import('../../language/authoring/template-names.js');
        const found: string[] = [];
        for (const name of TEMPLATE_NAMES) {
            const text = renderTemplate(name, { locale: 'zh-CN', start: '2027-03-01' })!;
            text.split('\n').forEach((line, i) => {
                const plain = line.replace(/`[^`]*`/g, '');
                for (const entry of GLOSSARY) {
                    for (const avoid of entry.avoid) {
                        const m = avoid.exec(plain);
                        if (m) found.push(`${name}:${i + 1}: '${m[0]}' → ${entry.zh}: ${line.trim().slice(0, 80)}`);
                    }
                }
            });
        }
        assert.deepEqual(found, []);
    });

    it('the planner\'s wording', async () => {
        const { diagnosticMessage } = await import('../../language/messages/diagnostics.js');
        assert.match(diagnosticMessage('short-warmup', 'zh-CN', { name: 'warm', days: 3 }), /成熟玩法建议预热 5–7 天/);
        assert.match(diagnosticMessage('missing-tracking', 'zh-CN', { name: 'joins' }), /未设置统计口径，上线前无法通过埋点统计/);
        const { CALENDAR_COLUMN_TITLES, label } = await import('../../language/messages/outputs.js');
        assert.equal(CALENDAR_COLUMN_TITLES.name['zh-CN'], '标识（ID）');
        assert.equal(label('noEvents', 'zh-CN'), '本阶段暂无安排。');
        assert.equal(label('dueThatDay', 'zh-CN'), '当天截止');
    });
});
