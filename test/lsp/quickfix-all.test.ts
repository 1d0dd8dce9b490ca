import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFix, codeActionsFor } from '../helpers/quick-fix.js';
import { buildWorkspace } from '../helpers/lsp-edits.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Codes the rule catalogue (README) promises a quick fix for (plus the ones this project adds). */
const FIXABLE = new Set([
    'linking-error', 'missing-timeline', 'missing-risk-plan', 'uncovered-risk', 'risk-without-response', 'missing-tracking',
    'missing-owner', 'unused-declaration', 'no-review-phase', 'pii-without-consent',
]);

/** Every fix offered for every diagnostic of a file parses, removes its diagnostic and adds no error. */
async function checkAllFixes(name: string, files: Record<string, string>): Promise<number> {
    const ws = await buildWorkspace(files);
    const diagnostics = ws.main.diagnostics ?? [];
    let applied = 0;
    for (let i = 0; i < diagnostics.length; i++) {
        const d = diagnostics[i];
        const actions = await codeActionsFor(ws, d);
        if (FIXABLE.has(String(d.code))) {
            assert.ok(actions.length > 0, `${name}: no fix for ${d.code} at line ${d.range.start.line + 1}: ${d.message}`);
        }
        for (const action of actions) {
            const { 'main.playbook': main, ...rest } = files;
            await applyFix(main, String(d.code), {
                files: rest,
                which: x => x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character && x.message === d.message,
                pick: a => a.title === action.title,
            });
            applied++;
        }
    }
    return applied;
}

describe('quick fixes: every fix on every diagnostic of a realistic file', () => {
    const dir = join(ROOT, 'examples');
    const examples = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.playbook')).sort() : [];
    // The examples, and the one with mistakes (docs/mistakes/, so that `validate examples/` is clean).
    const pathOf = (f: string) => (f === 'flawed.playbook' ? join(ROOT, 'docs', 'mistakes', f) : join(dir, f));
    for (const file of [...examples, 'flawed.playbook']) {
        it(file === 'flawed.playbook' ? 'docs/mistakes/flawed.playbook' : `examples/${file}`, async () => {
            const files: Record<string, string> = {};
            for (const f of [...examples, 'flawed.playbook']) files[f === file ? 'main.playbook' : f] = readFileSync(pathOf(f), 'utf8');
            // Imports are relative paths: the other examples keep their own names.
            const applied = await checkAllFixes(file, files);
            if (file === 'flawed.playbook') assert.ok(applied >= 8, `only ${applied} fixes applied`);
        });
    }

    it('a playbook with every fixable problem at once', async () => {
        const text = [
            '// Everything a planner forgets.',
            'playbook forgetful "健忘的活动" {',
            '  role ops "运营" // the only role',
            '  role spare "备用"',
            '  channel group "社群"',
            '  asset poster "海报" kind poster { ready warmup day 1 }',
            '  goal grow "增长" kind acquisition { kpi joins, reach }',
            '',
            '  phase warmup "预热" kind warmup {',
            '    step hello "欢迎" at 10:00 on group, shop uses poster',
            '    milestone done "完成"',
            '  }',
            '',
            '  track join "进群" { on group property phone string pii }',
            '  kpi joins "进群数" = count join target 100',
            '  kpi reach "触达" target 1000',
            '  kpi gmv "成交额" = sum join.amount',
            '  risk low "流量不足" kind traffic',
            '}',
            '',
        ].join('\n');
        const applied = await checkAllFixes('forgetful', { 'main.playbook': text });
        assert.ok(applied >= 12, `only ${applied} fixes applied`);
    });
});
