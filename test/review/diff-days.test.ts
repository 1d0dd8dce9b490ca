/**
 * `playbook diff` of the days off: a holiday line shortened, `holidays cn` → `none`, a holiday
 * renamed; no change for a reworded comment or for days only one version spans. The expected days
 * are the State Council's notice for 2026 (中秋 09-25..09-27 off; 国庆 10-01..10-07 off, 09-20 and
 * 10-10 worked), not the model's data.
 */
import { strict as assert } from 'node:assert';
import { type DiffJson, diffSnapshots } from '../../language/review/diff.js';
import { diffMarkdown } from '../../language/review/diff-md.js';
import { snapshotOf } from '../../language/review/snapshot.js';
import { Diff } from '../../language/shapes/diff.js';
import { validateShippedJson } from '../generators/helpers.js';
import { build } from '../helpers/parse.js';
import { edit } from './pairs.js';

async function diff(a: string, b: string): Promise<DiffJson> {
    const snap = async (text: string) => {
        const r = await build(text);
        assert.deepEqual(r.diagnostics.filter(d => d.severity === 1).map(d => d.message), []);
        return snapshotOf(r.services.playbook.Models.getModel(r.document)!);
    };
    const d = diffSnapshots(await snap(a), await snap(b));
    assert.deepEqual(validateShippedJson('diff.schema.json', Diff, d), []);
    return d;
}

const NEW_YEAR = `playbook ny "元旦活动" {
  start 2026-12-28
  timezone "Asia/Shanghai"
  holidays none
  holiday 2027-01-01..2027-01-03 "元旦"   // 团队自己写的放假安排
  owner ops
  role ops "运营"
  phase warm "预热" kind warmup days 5 { step s "预告" day 1 at 10:00 }
  phase burst "爆发" kind burst days 5 { step t "开抢" day 2 at 10:00 }
}
`;

const GOLDEN_WEEK = `playbook gw "国庆" {
  start 2026-09-14
  timezone "Asia/Shanghai"
  holidays cn
  owner ops
  role ops "运营"
  phase warm "预热" kind warmup days 14 { step s "预告" day 1 at 10:00 }
  phase burst "爆发" kind burst days 14 { step t "开抢" day 14 at 10:00 }
}
`;

describe('playbook diff: days off', () => {
    it('a holiday line made shorter: the days it no longer covers, as one range, counted as one change', async () => {
        const d = await diff(NEW_YEAR, edit(NEW_YEAR, ['holiday 2027-01-01..2027-01-03', 'holiday 2027-01-01']));
        assert.deepEqual(d.declarations, [{ change: 'changed', kind: 'day', name: '2027-01-02..2027-01-03', title: '元旦', fields: [{ field: 'dayOff', old: 'holiday', new: '' }] }]);
        assert.deepEqual(d.summary, { moved: 0, added: 0, removed: 0, changed: 1, breaking: false });
        const zh = Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'ny' }, 'zh-CN')).toString();
        assert.ok(zh.split('\n').includes('| 修改 | 2027-01-02 周六 – 2027-01-03 周日 元旦 | 放假安排 | 放假 | 平常日 |'), zh);
        const en = Buffer.from(diffMarkdown(d, { old: 'a', new: 'b', playbook: 'ny' }, 'en')).toString();
        assert.ok(en.split('\n').includes('| changed | 2027-01-02 Sat – 2027-01-03 Sun 元旦 | day | day off (holiday) | ordinary day |'), en);
    });

    it('holidays cn → none: the Mid-Autumn and National Day days off and both working weekends, each range once', async () => {
        const d = await diff(GOLDEN_WEEK, edit(GOLDEN_WEEK, ['holidays cn', 'holidays none']));
        const days = d.declarations.filter(c => c.kind === 'day').map(c => `${c.name} ${c.fields.map(f => `${f.field}:${f.old}→${f.new}`).join(' ')}`);
        assert.deepEqual(days, ['2026-09-20 dayOff:workday→', '2026-09-25..2026-09-27 dayOff:holiday→', '2026-10-01..2026-10-07 dayOff:holiday→', '2026-10-10 dayOff:workday→']);
    });

    it('a holiday renamed: its name', async () => {
        const d = await diff(NEW_YEAR, edit(NEW_YEAR, ['"元旦"', '"新年"']));
        assert.deepEqual(d.declarations, [{ change: 'changed', kind: 'day', name: '2027-01-01..2027-01-03', title: '新年', fields: [{ field: 'note', old: '元旦', new: '新年' }] }]);
    });

    it('near misses: a reworded comment changes nothing; days only one version spans are not compared', async () => {
        assert.deepEqual((await diff(NEW_YEAR, edit(NEW_YEAR, ['团队自己写的放假安排', '放假三天']))).declarations, []);
        // Starting a week later: the new span reaches days the old one did not (and no holiday changed).
        const later = await diff(GOLDEN_WEEK, edit(GOLDEN_WEEK, ['start 2026-09-14', 'start 2026-09-21']));
        assert.deepEqual(later.declarations.filter(c => c.kind === 'day'), []);
    });
});
