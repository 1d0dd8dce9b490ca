import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCalendar, generateTracking } from '../../language/generators/index.js';
import { cell, code, mermaidText } from '../../language/generators/markdown.js';
import { fixtureText, loadModel, modelFromText, text } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
function golden(name: string, actual: string): void {
    const path = `${GOLDEN}${name}`;
    if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, actual);
    }
    assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

/** Splits a GFM table row into cells at unescaped pipes. */
function cells(row: string): string[] {
    const out: string[] = [];
    let current = '';
    for (let i = 1; i < row.length; i++) {
        const c = row[i];
        if (c === '\\' && i + 1 < row.length) {
            current += c + row[++i];
        } else if (c === '|') {
            out.push(current.trim());
            current = '';
        } else {
            current += c;
        }
    }
    return out;
}

/** Every table: rows have as many cells as the header; returns the tables found. */
function checkTables(md: string): string[][][] {
    const tables: string[][][] = [];
    let current: string[][] | undefined;
    for (const line of md.split('\n')) {
        if (line.startsWith('|')) {
            assert.ok(line.endsWith('|'), `table row ends with a pipe: ${line}`);
            const row = cells(line);
            if (!current) tables.push(current = []);
            else assert.equal(row.length, current[0].length, `row has ${row.length} cells, header ${current[0].length}: ${line}`);
            current.push(row);
        } else {
            current = undefined;
        }
    }
    return tables;
}

function mermaidBlock(md: string): string[] {
    const start = md.indexOf('```mermaid\n');
    assert.ok(start >= 0, 'a mermaid block');
    const end = md.indexOf('\n```', start + 10);
    return md.slice(start + 11, end).split('\n');
}

describe('markdown outputs', () => {
    it('calendar md: title, dates, a Mermaid gantt, a table per phase (golden, en and zh-CN)', async () => {
        const model = await loadModel('launch.playbook');
        const en = text(await generateCalendar(model, 'md', { locale: 'en' }));
        const zh = text(await generateCalendar(model, 'md', { locale: 'zh-CN' }));
        golden('launch.calendar.en.md', en);
        golden('launch.calendar.zh-CN.md', zh);
        assert.ok(en.startsWith('# 春茶上市 · 私域首发 — SOP calendar\n'));
        assert.ok(zh.startsWith('# 春茶上市 · 私域首发 — SOP 日历\n'));
        assert.ok(en.includes('- Dates: 2026-03-02 – 2026-04-01'));
        const tables = checkTables(en);
        // The blackout days, "Outside the phases" (the asset due before the start) and one per phase.
        assert.equal(tables.length, 5);
        assert.deepEqual(tables[0].slice(2), [['2026-04-04 – 2026-04-06', 'Sat – Mon', '3', '清明假期', '']]);
        const rows = tables.slice(1).reduce((n, t) => n + t.length - 2, 0);
        assert.equal(rows, model.events.length, 'every event in exactly one table');
        assert.ok(mermaidBlock(en).includes('    section Blackout days') && mermaidBlock(en).includes('    清明假期 :crit, 2026-04-04, 3d'), 'a red bar over the blackout days');
        assert.ok(zh.includes('\n## 避让日\n'));
        assert.ok(en.indexOf('## Outside the phases') < en.indexOf('## 预热期'), 'events before the first phase come first');
    });

    it('calendar md: gantt lines escape `:`, `#` and `;` in names', async () => {
        const md = text(await generateCalendar(await loadModel('launch.playbook'), 'md', { locale: 'en' }));
        const gantt = mermaidBlock(md);
        assert.equal(gantt[0], 'gantt');
        const tasks = gantt.filter(l => / :(milestone, )?\d{4}-\d{2}-\d{2}, \d+d$/.test(l));
        assert.equal(tasks.length, 3 + 2, 'three phases and two milestones');
        for (const t of tasks) {
            const name = t.trim().replace(/ :(milestone, )?\d{4}-\d{2}-\d{2}, \d+d$/, '');
            assert.match(name, /^([^:;#]|#\d+;)+$/, `task name ${name}`);
        }
        assert.ok(gantt.includes('    里程碑#58; 第 #35;1 波种子用户#59; 完成 :milestone, 2026-03-15, 0d'));
        assert.ok(gantt.includes('    预热期 :2026-03-02, 21d'));
    });

    it('pipes and newlines in text never break a table row', async () => {
        const md = text(await generateCalendar(await loadModel('launch.playbook'), 'md', { locale: 'en' }));
        const row = md.split('\n').find(l => l.includes('`sample_ship`'))!;
        assert.ok(row.includes('异常单 \\| 单独登记'));
        assert.ok(row.includes('<br>'));
        assert.equal(cells(row).length, 12);
    });

    it('calendar md marks a step on a blackout day in its day column, and lists it under the blackout', async () => {
        const model = await modelFromText(fixtureText('launch.playbook').replace('  blackout 2026-04-04..2026-04-06 "清明假期"', '  blackout 2026-03-04 "竞品品牌日"'));
        const md = text(await generateCalendar(model, 'md', { locale: 'zh-CN' }));
        const row = cells(md.split('\n').find(l => l.includes('`poll`'))!);
        assert.equal(row[2], '避让日：竞品品牌日');
        assert.ok(md.includes('| 2026-03-04 | 周三 | 1 | 竞品品牌日 | 03-04 +1 接龙：你最想喝哪款？ |'));
    });

    it('calendar md names the reviewer of the material (物料审核), as the xlsx does', async () => {
        const md = text(await generateCalendar(await loadModel('launch.playbook'), 'md', { locale: 'zh-CN' }));
        const header = cells(md.split('\n').find(l => l.startsWith('| 日期 ') && l.includes('物料'))!);
        const column = header.indexOf('审核人');
        assert.ok(column > header.indexOf('物料'), header.join(' | '));
        const reviewer = (id: string) => cells(md.split('\n').find(l => l.includes(`\`${id}\``))!)[column];
        assert.equal(reviewer('kv'), '法务合规', 'on the due date of the asset');
        assert.equal(reviewer('invite_push'), '法务合规', 'on the step that uses it');
        assert.equal(reviewer('poll'), '');
    });

    it('escaping helpers', () => {
        assert.equal(cell('a|b\nc <d> & `e`'), 'a\\|b<br>c &lt;d&gt; &amp; \\`e\\`');
        assert.equal(code('count t where x = "a|b"'), '`count t where x = "a\\|b"`');
        assert.equal(code('a`b'), '`` a`b ``');
        assert.equal(mermaidText('a: b; #1'), 'a#58; b#59; #35;1');
        assert.equal(mermaidText('section 1'), '#115;ection 1', 'a leading gantt keyword is defused');
        assert.equal(mermaidText('line\nbreak'), 'line break');
    });

    it('tracking md: per event its channels, property table and KPIs; then the KPI table (golden zh-CN)', async () => {
        const model = await loadModel('launch.playbook');
        const zh = text(await generateTracking(model, 'md', { locale: 'zh-CN' }));
        golden('launch.tracking.zh-CN.md', zh);
        const tables = checkTables(zh);
        assert.equal(tables.length, 4 + 1, 'one property table per event, one KPI table');
        assert.deepEqual(tables[0][0], ['属性英文变量名', '属性显示名', '属性值类型', '是否必填', '个人信息', '枚举值']);
        const kpis = tables[4];
        assert.equal(kpis.length - 2, 7);
        assert.ok(zh.includes('### 支付成功 `order.paid`'));
        assert.ok(zh.includes('- 关联指标：下单人数（`buyers`）、成交额（`gmv`）、付费率（`pay_rate`）、观看转化率（`watch_rate`）'), 'full-width parentheses in Chinese text');
        const en = text(await generateTracking(model, 'md', { locale: 'en' }));
        checkTables(en);
        assert.ok(en.includes('| `pay_rate` | 付费率 | `buyers / joins` | ≥ 12.5% | `order.paid`, `group_join` | 首发成交 |'), 'targets as people read them');
    });

    it('a playbook without phases, milestones or tracks still gives valid documents', async () => {
        const model = await modelFromText('import "./shared.playbook"\nplaybook tiny "小" { start 2026-01-05 owner lead }');
        const cal = text(await generateCalendar(model, 'md', { locale: 'en' }));
        assert.ok(!cal.includes('```mermaid'));
        checkTables(cal);
        const tr = text(await generateTracking(model, 'md', { locale: 'en' }));
        checkTables(tr);
        assert.ok(tr.includes('`page_view`'), 'tracks of imported libraries are part of the spec');
    });
});
