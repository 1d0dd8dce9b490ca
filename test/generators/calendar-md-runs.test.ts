/**
 * The calendar md of a repeating playbook charts its first run in the gantt (the tables have every
 * run): the gantt's title says so (第 1 期（共 3 期）· D 日 …), so nobody reads one run's bars as
 * the whole plan. Near miss: one D-day (dday) keeps the plain title.
 */
import { strict as assert } from 'node:assert';
import { generateCalendar } from '../../language/generators/index.js';
import { modelFromText } from './helpers.js';
import { REPEATING } from './runs-fixture.js';

async function ganttLines(text: string, locale: 'en' | 'zh-CN'): Promise<string[]> {
    const md = new TextDecoder().decode(await generateCalendar(await modelFromText(text), 'md', { locale }));
    const block = /\n```mermaid\n([\s\S]*?)\n```\n/.exec(md);
    assert.ok(block, 'a mermaid block');
    return block[1].split('\n');
}

describe('calendar md: the gantt of a repeating playbook', () => {
    it('says it charts run 1 of N, with its D-day (zh-CN, en), and charts run 1\'s dates', async () => {
        const zh = await ganttLines(REPEATING, 'zh-CN');
        assert.equal(zh[1], '    title 会员日 — 第 1 期（共 3 期）· D 日 2026-03-18');
        assert.ok(zh.includes('    预热 :2026-03-15, 3d'), zh.join('\n'));
        const en = await ganttLines(REPEATING, 'en');
        assert.equal(en[1], '    title 会员日 — Run 1 of 3 · D 2026-03-18');
    });

    it('near miss: one D-day (dday) keeps the plain title', async () => {
        const lines = await ganttLines(REPEATING.replace('repeat monthly on 18 from 2026-03 until 2026-05', 'dday 2026-04-18'), 'zh-CN');
        assert.equal(lines[1], '    title 会员日');
    });
});
