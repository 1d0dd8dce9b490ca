/**
 * How long the generators take: every calendar and tracking format for the largest example and
 * for a generated playbook of about 20,000 lines (test/bench/generate.ts). A measurement, not a
 * test (no assertions on time). Run: `npx tsx test/generators/time-generators.ts [lines]`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkspace } from '../../language/cli/workspace-loader.js';
import { CALENDAR_FORMATS, TRACKING_FORMATS, generateCalendar, generateTracking } from '../../language/generators/index.js';
import { LIBRARY_FILE, LIBRARY_TEXT, generatePlaybook } from '../bench/generate.js';
import { ROOT } from './helpers.js';

async function time(label: string, path: string): Promise<void> {
    let t = performance.now();
    const ws = await loadWorkspace([path], { locale: 'zh-CN' });
    const model = ws.services.playbook.Models.getModel(ws.files[0].document)!;
    const load = performance.now() - t;
    const rows: string[] = [];
    let total = 0;
    for (const [kind, formats] of [['calendar', CALENDAR_FORMATS], ['tracking', TRACKING_FORMATS]] as const) {
        for (const format of formats) {
            t = performance.now();
            const bytes = kind === 'calendar'
                ? await generateCalendar(model, format as never, { locale: 'zh-CN' })
                : await generateTracking(model, format as never, { locale: 'zh-CN' });
            const ms = performance.now() - t;
            total += ms;
            rows.push(`  ${kind} ${format.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes.length / 1024).toFixed(0).padStart(6)} KiB`);
        }
    }
    console.log(`${label}: ${model.events.length} events; load + build ${load.toFixed(0)} ms; all ten formats ${total.toFixed(0)} ms`);
    console.log(rows.join('\n'));
}

const examples = join(ROOT, 'examples');
const largest = readdirSync(examples)
    .filter(f => f.endsWith('.playbook') && f !== 'flawed.playbook' && f !== 'common.playbook')
    .map(f => ({ f, size: statSync(join(examples, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
if (largest) await time(`examples/${largest.f}`, join(examples, largest.f));

const lines = Number(process.argv[2] ?? 20000);
const dir = mkdtempSync(join(tmpdir(), 'playbook-timing-'));
try {
    writeFileSync(join(dir, LIBRARY_FILE), LIBRARY_TEXT);
    const generated = generatePlaybook(lines);
    writeFileSync(join(dir, 'big.playbook'), generated.text);
    await time(`generated playbook of ${generated.lines} lines`, join(dir, 'big.playbook'));
} finally {
    rmSync(dir, { recursive: true, force: true });
}
