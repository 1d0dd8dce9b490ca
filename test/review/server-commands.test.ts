/**
 * playbook.server.diff and playbook.server.review over stdio against the bundled server: the diff
 * of the editor's unsaved text against HEAD in a temporary git repository, the review of a CSV, and
 * the refusals (unknown revision, file not in the revision, bad actuals) as messages.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../helpers/lsp-client.js';
import { REVIEW_PLAYBOOK, generateActuals } from './actuals-gen.js';
import { BASE, MONTHLY, SCHEDULE, edit } from './pairs.js';

interface Answer { ok: boolean; markdown?: string; summary?: string; message?: string }

describe('server commands: playbook.server.diff and playbook.server.review (stdio)', function () {
    this.timeout(90_000);
    let dir: string;
    let s: LspSession;
    const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
    const run = (command: string, args: unknown) => s.request<Answer>('workspace/executeCommand', { command, arguments: [args] });

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-review-server-'));
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
        git('init', '-q', '-b', 'main');
        writeFileSync(join(dir, 'plan.playbook'), BASE);
        writeFileSync(join(dir, 'runs.playbook'), MONTHLY);
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        writeFileSync(join(dir, 'new.playbook'), BASE);
        writeFileSync(join(dir, 'shop.playbook'), REVIEW_PLAYBOOK);
        writeFileSync(join(dir, 'events.csv'), generateActuals(5, 300).csv);
        writeFileSync(join(dir, 'semicolon.csv'), 'event;time;user\n');
        s = await LspSession.start({ workspace: dir });
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('diffs the text in the editor (unsaved) against HEAD', async () => {
        const uri = uriOf('plan.playbook');
        s.open(uri, SCHEDULE);
        await s.waitForDiagnostics(uri);
        const answer = await run('playbook.server.diff', { uri, revision: 'HEAD' });
        assert.equal(answer.ok, true, answer.message);
        assert.equal(answer.summary, '5 moved · 2 added · 1 removed · 3 changed · tracking: unchanged');
        assert.match(answer.markdown!, /^\*\*5 moved · 2 added · 1 removed · 3 changed · tracking: unchanged\*\*\n\n`HEAD:plan\.playbook` → `plan\.playbook`\n/);
    });

    it('marks moved and new events in the timeline compared with HEAD (and nothing else)', async () => {
        const uri = uriOf('plan.playbook');
        const answer = await s.request<{ ok: boolean; message?: string; timeline: { events: { id: string; display: { details: { label: string; text: string }[] } }[] } }>(
            'workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [{ uri, compareWith: 'HEAD' }] });
        assert.equal(answer.ok, true, answer.message);
        const first = (id: string) => answer.timeline.events.find(e => e.id === id)!.display.details[0];
        assert.deepEqual(first('p.teaser.2026-10-12'), { label: 'Moved', text: 'from 2026-10-12 Mon 10:00 (HEAD)' });
        assert.deepEqual(first('p.countdown.2026-10-13'), { label: 'Moved', text: 'from 2026-10-14 Wed 09:00 (HEAD)' });
        assert.deepEqual(first('p.countdown.2026-10-16'), { label: 'New', text: 'not in HEAD' });
        assert.deepEqual(first('p.flash.2026-10-19'), { label: 'New', text: 'not in HEAD' });
        const marked = answer.timeline.events.filter(e => ['Moved', 'New'].includes(e.display.details[0]?.label)).length;
        assert.equal(marked, 5 + 2);
        const plain = await s.request<typeof answer>('workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [{ uri }] });
        assert.ok(plain.timeline.events.every(e => !['Moved', 'New'].includes(e.display.details[0]?.label)));
        const unknown = await s.request<Answer>('workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [{ uri, compareWith: 'nope~1' }] });
        assert.deepEqual(unknown, { ok: false, message: "unknown git revision 'nope~1'" });
    });

    it('marks per run in a repeating playbook: a run excepted leaves the later runs unmarked, a moved step is marked in each run', async () => {
        const uri = uriOf('runs.playbook');
        s.open(uri, edit(MONTHLY, ['until 2026-05', 'until 2026-05 except 2026-04'], ['day D-3 at 12:00', 'day D-4 at 12:00']));
        await s.waitForDiagnostics(uri);
        const answer = await s.request<{ ok: boolean; message?: string; timeline: { events: { id: string; display: { details: { label: string; text: string }[] } }[] } }>(
            'workspace/executeCommand', { command: 'playbook.server.timeline', arguments: [{ uri, compareWith: 'HEAD' }] });
        assert.equal(answer.ok, true, answer.message);
        const marks = answer.timeline.events.filter(e => ['Moved', 'New'].includes(e.display.details[0]?.label))
            .map(e => `${e.id}: ${e.display.details[0].text}`);
        assert.deepEqual(marks, [
            'member_day.2026-03-18.rules.2026-03-14: from 2026-03-15 Sun 12:00 (HEAD)',
            'member_day.2026-05-18.rules.2026-05-14: from 2026-05-15 Fri 12:00 (HEAD)',
        ]);
    });

    it('says when the revision or the file at it does not exist', async () => {
        const unknown = await run('playbook.server.diff', { uri: uriOf('plan.playbook'), revision: 'nope~9' });
        assert.deepEqual(unknown, { ok: false, message: "unknown git revision 'nope~9'" });
        const uri = uriOf('new.playbook');
        s.open(uri, BASE);
        await s.waitForDiagnostics(uri);
        const missing = await run('playbook.server.diff', { uri });
        assert.deepEqual(missing, { ok: false, message: "'new.playbook' does not exist at revision HEAD" });
    });

    it('reviews a playbook with an actuals file, and refuses a file of another delimiter', async () => {
        const uri = uriOf('shop.playbook');
        s.open(uri, REVIEW_PLAYBOOK);
        await s.waitForDiagnostics(uri);
        const answer = await run('playbook.server.review', { uri, actuals: join(dir, 'events.csv') });
        assert.equal(answer.ok, true, answer.message);
        assert.match(answer.markdown!, /^# Campaign review: 店铺活动\n/);
        assert.match(answer.markdown!, /```mermaid\nxychart-beta\n/);
        const bad = await run('playbook.server.review', { uri, actuals: join(dir, 'semicolon.csv') });
        assert.equal(bad.ok, false);
        assert.match(bad.message!, /is separated by semicolons, not commas/);
        const none = await run('playbook.server.review', { uri });
        assert.equal(none.ok, false);
        assert.match(none.message!, /^Invalid arguments for playbook\.server\.review: arguments: must have required properties actuals/);
    });

    it('names the field that does not fit in the arguments of diff and review', async () => {
        const uri = uriOf('shop.playbook');
        const revision = await run('playbook.server.diff', { uri: uriOf('plan.playbook'), revision: 1 });
        assert.match(revision.message!, /^Invalid arguments for playbook\.server\.diff: revision: must be string \(\[\{ uri, revision\? \}\]\)$/);
        const noUri = await run('playbook.server.diff', { revision: 'HEAD' });
        assert.match(noUri.message!, /^Invalid arguments for playbook\.server\.diff: arguments: must have required properties uri/);
        const asOf = await run('playbook.server.review', { uri, actuals: join(dir, 'events.csv'), asOf: 20260301 });
        assert.match(asOf.message!, /^Invalid arguments for playbook\.server\.review: asOf: must be string/);
        const actuals = await run('playbook.server.review', { uri, actuals: 5 });
        assert.match(actuals.message!, /^Invalid arguments for playbook\.server\.review: actuals: must be string/);
        // Near misses: a blank revision is HEAD, an empty or null asOf is today; a date that is no date is still refused as such.
        const blank = await run('playbook.server.diff', { uri: uriOf('plan.playbook'), revision: '  ' });
        assert.equal(blank.ok, true, blank.message);
        const nullAsOf = await run('playbook.server.review', { uri, actuals: join(dir, 'events.csv'), asOf: null });
        assert.equal(nullAsOf.ok, true, nullAsOf.message);
        const badDate = await run('playbook.server.review', { uri, actuals: join(dir, 'events.csv'), asOf: '2026-02-30' });
        assert.equal(badDate.ok, false);
        assert.doesNotMatch(badDate.message!, /Invalid arguments/);
        assert.match(badDate.message!, /2026-02-30/);
    });
});
