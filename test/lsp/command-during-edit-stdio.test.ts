/**
 * A server command and an edit read by the server together. The commands (the preview's timeline,
 * generate, diff, review) run outside Langium's request handlers; one that waits on something
 * (git for the timeline's comparison) used to let the edit's build run meanwhile, and that build
 * moves the positions of the unchanged declarations in place (workspace/incremental-parser.ts):
 * the timeline then gave the lines of the new text for the events of the old one. A command now
 * holds the workspace's read lock from its document's validation to its answer, as requests do.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, ROOT } from '../helpers/lsp-client.js';

const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
const LAUNCH = readFileSync(join(FIXTURES, 'launch.playbook'), 'utf8');

interface TimelineAnswer { ok: boolean; message?: string; timeline: { events: { id: string; line: number | null }[]; phases: { name: string; line: number | null }[] } }

/** 0-based line of the first line of `text` containing `needle`. */
const lineIn = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle));

describe('a server command and an edit read together (stdio)', function () {
    this.timeout(90_000);
    let dir: string;
    let s: LspSession;

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-command-edit-'));
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
        git('init', '-q', '-b', 'main');
        writeFileSync(join(dir, 'shared.playbook'), readFileSync(join(FIXTURES, 'shared.playbook'), 'utf8'));
        writeFileSync(join(dir, 'launch.playbook'), LAUNCH);
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        s = await LspSession.start({ workspace: dir });
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    it('the timeline compared with HEAD answers with the lines of the text it was asked about', async () => {
        const uri = pathToFileURL(join(dir, 'launch.playbook')).href;
        s.open(uri, LAUNCH);
        await s.waitForDiagnostics(uri);
        await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
        // A line added inside phase warmup (parsed again alone; the phases after it move down one line, in place).
        const at = lineIn(LAUNCH, 'step countdown') + 1;
        let version = 1;
        for (let round = 0; round < 3; round++) {
            const [answer] = await s.sendTogether([
                { method: 'workspace/executeCommand', params: { command: 'playbook.server.timeline', arguments: [{ uri, compareWith: 'HEAD' }] }, id: `timeline-${round}` },
                { method: 'textDocument/didChange', params: { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line: at - 1, character: 0 }, end: { line: at - 1, character: 0 } }, text: '  // 海报定稿后再发\n' }] } },
            ]);
            const timeline = (answer.result as TimelineAnswer).timeline;
            const text = LAUNCH.split('\n');
            for (let i = 0; i < round; i++) text.splice(at - 1, 0, '  // 海报定稿后再发');
            const asked = text.join('\n');
            assert.deepEqual(timeline.phases.map(p => [p.name, p.line]), [['warmup', lineIn(asked, 'phase warmup')], ['burst', lineIn(asked, 'phase burst')], ['recap', lineIn(asked, 'phase recap')]], `round ${round}`);
            const teaser = timeline.events.find(e => e.id.includes('teaser'));
            assert.equal(teaser?.line, lineIn(asked, 'step teaser'), `round ${round}`);
            await s.waitForPublication(uri, 0);
            await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
        }
    });
});
