/**
 * Rules evaluate every run of a repeating playbook and report a finding once per place in the
 * text; this names the runs it holds in (after the message, with the first run's dates in it).
 */
import type { Locale } from '../../messages/locale.js';
import { runsFindingText } from '../../messages/calendar.js';
import type { PlaybookModel, RunRef } from '../../model/playbook-model.js';

/**
 * The `runs` message parameter: undefined unless the playbook repeats. `dates` says whose dates the
 * message shows: the first run's ('first'), or those of every run it lists ('every').
 */
export function runsNote(model: PlaybookModel, runs: Iterable<RunRef | undefined>, locale: Locale, dates: 'first' | 'every' = 'first'): string | undefined {
    if (!model.repeating) return undefined;
    const byIndex = new Map<number, RunRef>();
    for (const r of runs) if (r && !byIndex.has(r.index)) byIndex.set(r.index, r);
    return runsFindingText([...byIndex.values()].sort((a, b) => a.index - b.index), model.runs.length, locale, dates) || undefined;
}
