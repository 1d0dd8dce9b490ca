/**
 * Date rules in a repeating playbook evaluate every run and report once per place in the text,
 * naming the runs (with the first such run's dates in the message). The fixtures
 * (`*.runs.playbook`, `day-out-of-range.dday-runs.playbook`) check codes and ranges; this, the messages.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../helpers/parse.js';
import { parseExpectations } from '../helpers/expectations.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'rules');

async function messages(file: string, code: string, locale = 'en'): Promise<string[]> {
    const text = parseExpectations(readFileSync(join(DIR, file), 'utf8')).text;
    const { diagnostics } = await build(text, {}, locale);
    return diagnostics.filter(d => d.code === code).map(d => String(d.message));
}

describe('date rules in every run', () => {
    it('phase-overlap: found in run 3 only, with run 3\'s dates', async () => {
        const [m] = await messages('phase-overlap.runs.playbook', 'phase-overlap');
        assert.match(m, /2026-09-21/);
        assert.match(m, /In run 3 \(D 2026-09-21\)\.$/);
        const [zh] = await messages('phase-overlap.runs.playbook', 'phase-overlap', 'zh-CN');
        assert.match(zh, /见第 3 期（D 日 2026-09-21）。$/);
    });

    it('asset-not-ready: one finding for runs 1 and 2, with run 1\'s dates', async () => {
        const found = await messages('asset-not-ready.runs.playbook', 'asset-not-ready');
        assert.equal(found.length, 1);
        assert.match(found[0], /\(2026-09-08\) uses asset 'poster', which is not ready until 2026-09-16\. In 2 of 3 runs: 1, 2 \(the dates above are run 1's, D 2026-09-07\)\.$/);
        const [zh] = await messages('asset-not-ready.runs.playbook', 'asset-not-ready', 'zh-CN');
        assert.match(zh, /3 期中有 2 期：第 1、2 期（上面的日期为第 1 期，D 日 2026-09-07）。$/);
    });

    it('blackout-conflict: the run that reaches the blackout', async () => {
        const [m] = await messages('blackout-conflict.runs.playbook', 'blackout-conflict');
        assert.match(m, /falls on 2026-10-14 .* In run 3 \(D 2026-10-12\)\.$/);
    });

    it('day-out-of-range (D-relative): the run where the pinned phase has moved, with its span from D', async () => {
        const [m] = await messages('day-out-of-range.dday-runs.playbook', 'day-out-of-range');
        assert.match(m, /which runs D-4\.\.D-2\. Use a day in that range\. In run 2 \(D 2026-09-14\)\.$/);
    });

    it('due-on-day-off and step-on-holiday name the runs; a playbook that does not repeat gets no run note', async () => {
        const text = `playbook p "每周" {
  repeat weekly on mon from 2026-09-21 until 2026-10-05
  anchor go
  owner ops
  role ops "运营"
  asset poster "海报" kind poster { ready D-1 }
  phase go "爆发" kind burst days 3 { step s "秒杀" days 1..3 uses poster }
}`;
        const { diagnostics } = await build(text);
        const due = String(diagnostics.find(d => d.code === 'due-on-day-off')!.message);
        // D-1 is a Sunday in every run: 09-20 a 调休 working day, 09-27 中秋, 10-04 国庆节.
        // The message lists the dates of both runs, so the note names the runs only (it said "the dates above are run 2's").
        assert.match(due, /^Asset 'poster' is due on a day off: 2026-09-27 Sun \(中秋\), 2026-10-04 Sun \(国庆节\)\. .* In 2 of 3 runs: 2, 3\.$/);
        const dueZh = (await build(text, {}, 'zh-CN')).diagnostics.find(d => d.code === 'due-on-day-off')!.message;
        assert.match(String(dueZh), /3 期中有 2 期：第 2、3 期。$/);
        const holiday = String(diagnostics.find(d => d.code === 'step-on-holiday')!.message);
        assert.match(holiday, /In run 3 \(D 2026-10-05\)\.$/);
        const once = await build(text.replace(/repeat .*\n {2}anchor go/, 'dday 2026-10-05\n  anchor go'));
        for (const code of ['due-on-day-off', 'step-on-holiday']) {
            const d = once.diagnostics.find(x => x.code === code);
            assert.ok(d, code);
            assert.doesNotMatch(String(d.message), /\brun\b/);
        }
    });
});
