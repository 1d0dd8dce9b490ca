/**
 * The phases sheet of a repeating playbook: a row per phase and run, the run first (第 2 期 · D 日 …),
 * each with that run's dates — its title spans every run, so run 1's rows alone read as the whole
 * plan. Near miss: a playbook with `dday` (one run) keeps one row per phase and no run column.
 * Read with the reader that does not share the writer's library (test/helpers/xlsx-cells.ts).
 */
import { strict as assert } from 'node:assert';
import { generateCalendar } from '../../language/generators/index.js';
import { readXlsx, serialDate } from '../helpers/xlsx-cells.js';
import { modelFromText } from './helpers.js';
import { REPEATING } from './runs-fixture.js';

async function phasesSheet(text: string, locale: 'en' | 'zh-CN') {
    const bytes = await generateCalendar(await modelFromText(text), 'xlsx', { locale });
    const sheets = readXlsx(bytes);
    const rows = sheets.get(locale === 'zh-CN' ? '阶段' : 'Phases')!;
    return rows.map(r => r.map(c => (c.format.includes('yy') && typeof c.value === 'number' ? serialDate(c.value) : c.value)));
}

describe('calendar xlsx: the phases sheet of a repeating playbook', () => {
    it('has a row per phase and run, the run first, with that run\'s dates (zh-CN)', async () => {
        const rows = await phasesSheet(REPEATING, 'zh-CN');
        assert.equal(rows[0][0], '会员日 — 阶段 · 2026-03-15 – 2026-05-18');
        assert.deepEqual(rows[1], ['期次', '阶段', '阶段类型', '开始日期', '结束日期', '天数', '标识（ID）']);
        // D-days 03-18, 04-18, 05-18: the warm-up is D-3..D-1, the day is D.
        assert.deepEqual(rows.slice(2), [
            ['第 1 期 · D 日 2026-03-18', '预热', '预热', '2026-03-15', '2026-03-17', 3, 'warm'],
            ['第 1 期 · D 日 2026-03-18', '会员日', '爆发', '2026-03-18', '2026-03-18', 1, 'burst'],
            ['第 2 期 · D 日 2026-04-18', '预热', '预热', '2026-04-15', '2026-04-17', 3, 'warm'],
            ['第 2 期 · D 日 2026-04-18', '会员日', '爆发', '2026-04-18', '2026-04-18', 1, 'burst'],
            ['第 3 期 · D 日 2026-05-18', '预热', '预热', '2026-05-15', '2026-05-17', 3, 'warm'],
            ['第 3 期 · D 日 2026-05-18', '会员日', '爆发', '2026-05-18', '2026-05-18', 1, 'burst'],
        ]);
    });

    it('says Run in English', async () => {
        const rows = await phasesSheet(REPEATING, 'en');
        assert.deepEqual(rows[1], ['Run', 'Phase', 'Kind', 'Start', 'End', 'Days', 'ID']);
        assert.equal(rows[4][0], 'Run 2 · D 2026-04-18');
    });

    it('near miss: one D-day (dday) keeps a row per phase and no run column', async () => {
        const rows = await phasesSheet(REPEATING.replace('repeat monthly on 18 from 2026-03 until 2026-05', 'dday 2026-04-18'), 'zh-CN');
        assert.deepEqual(rows[1], ['阶段', '阶段类型', '开始日期', '结束日期', '天数', '标识（ID）']);
        assert.deepEqual(rows.slice(2), [
            ['预热', '预热', '2026-04-15', '2026-04-17', 3, 'warm'],
            ['会员日', '爆发', '2026-04-18', '2026-04-18', 1, 'burst'],
        ]);
    });
});
