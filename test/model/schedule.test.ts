import { strict as assert } from 'node:assert';
import type { Asset, Kpi, Step } from '../../language/generated/ast.js';
import { build } from '../helpers/parse.js';
import type { PlaybookModel } from '../../language/model/playbook-model.js';

async function modelOf(text: string, files: Record<string, string> = {}): Promise<PlaybookModel> {
    const r = await build(text, files);
    const model = r.services.playbook.Models.getModel(r.document);
    assert.ok(model, 'a playbook has a model');
    return model;
}

describe('schedule model', () => {
    it('chains phases from the start date, and `from` pins a phase and those after it', async () => {
        const m = await modelOf(`playbook p "t" {
  start 2026-10-12
  phase a "A" kind warmup days 30 { }
  phase b "B" kind burst days 7 { }
  phase c "C" kind long_tail days 3 from 2026-12-01 { }
  phase d "D" kind review days 2 { }
}`);
        assert.deepEqual(m.phases.map(p => [p.name, p.start, p.end, p.pinned]), [
            ['a', '2026-10-12', '2026-11-10', false],
            ['b', '2026-11-11', '2026-11-17', false],
            ['c', '2026-12-01', '2026-12-03', true],
            ['d', '2026-12-04', '2026-12-05', false],
        ]);
        assert.equal(m.end, '2026-12-05');
    });

    it('leaves phases after one without `days` undated, until a `from`', async () => {
        const m = await modelOf(`playbook p "t" { start 2026-10-12
  phase a "A" days 2 { } phase b "B" { step s "x" day 1 } phase c "C" days 2 { } phase d "D" days 1 from 2027-01-01 { } }`);
        assert.deepEqual(m.phases.map(p => [p.start, p.end]), [['2026-10-12', '2026-10-13'], ['2026-10-14', undefined], [undefined, undefined], ['2027-01-01', '2027-01-01']]);
        assert.deepEqual(m.events.map(e => e.date), ['2026-10-14'], 'a step in a dated phase of unknown length is still dated');
    });

    it('expands `days A..B` into one occurrence a day with stable ids, timed in the zone', async () => {
        const m = await modelOf(`playbook camp "t" { start 2026-03-02 timezone "Asia/Shanghai"
  phase a "A" days 10 { step s "x" days 3..5 at 20:00 for 90m remind 1h remind 15m } }`);
        assert.deepEqual(m.events.map(e => e.id), ['camp.s.2026-03-04', 'camp.s.2026-03-05', 'camp.s.2026-03-06']);
        const e = m.events[0];
        assert.equal(e.start?.local, '2026-03-04T20:00:00+08:00');
        assert.equal(e.start?.utc, '2026-03-04T12:00:00Z');
        assert.equal(e.end?.local, '2026-03-04T21:30:00+08:00');
        assert.deepEqual(e.reminders, ['PT1H', 'PT15M']);
        assert.equal(e.dayOfPhase, 3);
    });

    it('keeps wall-clock time across a daylight-saving change (America/New_York, 2026-11-01)', async () => {
        const m = await modelOf(`playbook ny "t" { start 2026-10-30 timezone "America/New_York"
  phase a "A" days 4 { step s "x" days 1..4 at 10:00 } }`);
        assert.deepEqual(m.events.map(e => e.start?.local), [
            '2026-10-30T10:00:00-04:00', '2026-10-31T10:00:00-04:00', '2026-11-01T10:00:00-05:00', '2026-11-02T10:00:00-05:00',
        ]);
        assert.deepEqual(m.events.map(e => e.start?.utc), ['2026-10-30T14:00:00Z', '2026-10-31T14:00:00Z', '2026-11-01T15:00:00Z', '2026-11-02T15:00:00Z']);
    });

    it('a step across the DST change keeps its elapsed length', async () => {
        const m = await modelOf(`playbook ny "t" { start 2026-10-31 timezone "America/New_York"
  phase a "A" days 2 { step s "overnight" day 1 at 23:00 for 4h } }`);
        assert.equal(m.events[0].end?.local, '2026-11-01T02:00:00-05:00');
    });

    it('applies owner defaults: item, then phase, then playbook', async () => {
        const m = await modelOf(`playbook p "t" { start 2026-10-12 owner boss
  role boss "b" role lead "l" role me "m"
  asset x "x" kind copy
  phase a "A" days 3 { owner lead step s1 "x" day 1 step s2 "y" day 2 owner me milestone m "z" day 3 }
  phase b "B" days 3 { step s3 "w" day 1 } }`);
        const owners = Object.fromEntries(m.events.map(e => [e.name, e.owner]));
        assert.deepEqual(owners, { s1: 'lead', s2: 'me', m: 'lead', s3: 'boss' });
        assert.equal(m.ownerOf(m.own.assets[0])?.name, 'boss');
    });

    it('dates asset readiness and risk checkpoints, and sorts events', async () => {
        const m = await modelOf(`playbook p "t" { start 2026-10-12 owner o role o "o"
  asset late "l" kind copy { ready a day 3 }
  asset fixed "f" kind copy { ready 2026-10-12 }
  phase a "A" days 5 {
    step timed "t" day 2 at 09:00
    step allday "d" day 2
    milestone mm "m" day 2
  }
  track t "t" { }
  kpi k "k" = count t target 100
  risk r "r" kind traffic { when k < 40% by a day 2 then "x" } }`);
        assert.equal(m.assetReady(m.own.assets[0]), '2026-10-14');
        assert.deepEqual(m.events.map(e => `${e.date} ${e.type} ${e.name}`), [
            '2026-10-12 asset-due fixed',
            '2026-10-13 step allday',
            '2026-10-13 milestone mm',
            '2026-10-13 checkpoint r',
            '2026-10-13 step timed',
            '2026-10-14 asset-due late',
        ]);
        const checkpoint = m.events.find(e => e.type === 'checkpoint')!;
        assert.equal(checkpoint.check, 'k < 40%');
        assert.equal(checkpoint.id, 'p.checkpoint.r');
    });

    it('follows ratio KPIs down to the tracks they rest on, and finds cycles', async () => {
        const m = await modelOf(`playbook p "t" { start 2026-10-12
  track a "a" { } track b "b" { }
  kpi ka "" = count a kpi kb "" = unique b
  kpi r1 "" = ka / kb kpi r2 "" = r1 / ka
  kpi c1 "" = c2 / ka kpi c2 "" = c1 / kb
  goal g "" { kpi r2 } }`);
        const byName = new Map([...m.kpis.values()].map(i => [i.node.name, i]));
        assert.deepEqual(byName.get('r2')!.tracks.map(t => t.name).sort(), ['a', 'b']);
        assert.equal(byName.get('r2')!.cyclic, false);
        assert.deepEqual(byName.get('r2')!.goals.map(g => g.name), ['g']);
        assert.equal(byName.get('c1')!.cyclic, true);
        assert.equal(byName.get('c2')!.cyclic, true);
        assert.deepEqual(byName.get('c1')!.tracks.map(t => t.name).sort(), ['a', 'b']);
    });

    it('handles a ratio chain 1,000 deep without overflowing the stack', async () => {
        const lines = ['playbook p "t" { start 2026-10-12', 'track t "t" { }', 'kpi k0 "" = count t'];
        for (let i = 1; i <= 1000; i++) lines.push(`kpi k${i} "" = k${i - 1} / k0`);
        lines.push('}');
        const m = await modelOf(lines.join('\n'));
        const last = [...m.kpis.values()].find(i => i.node.name === 'k1000')!;
        assert.deepEqual(last.tracks.map(t => t.name), ['t']);
    });

    it('is computed once per document version and shared', async () => {
        const r = await build('playbook p "t" { start 2026-10-12 phase a "A" days 2 { step s "x" day 1 } }');
        const models = r.services.playbook.Models;
        assert.equal(models.getModel(r.document), models.getModel(r.document));
    });

    it('never throws on impossible values: they are simply not dated', async () => {
        const m = await modelOf(`playbook p "t" { start 2026-02-30 timezone "Mars/Olympus"
  phase a "A" days 0 { step s "x" day 0 at 25:99 for 0m remind 0m } }`);
        assert.equal(m.start, undefined);
        assert.equal(m.timezone, 'Asia/Shanghai');
        assert.equal(m.timezoneValid, false);
        assert.equal(m.events.length, 0);
    });

    it('sees imported library declarations through links', async () => {
        const m = await modelOf(`import "./lib.playbook"
playbook p "t" { start 2026-10-12 owner ops phase a "A" days 1 { step s "x" day 1 on g } }`,
        { 'lib.playbook': 'library l { role ops "o" channel g "g" kind wechat_group }' });
        assert.equal(m.imported.length, 1);
        assert.deepEqual(m.events[0].channels, ['g']);
        assert.equal(m.events[0].owner, 'ops');
        const step = m.events[0].node as Step;
        assert.equal(step.channels[0].ref?.$container.$type, 'Library');
        void (null as unknown as Asset | Kpi);
    });
});
