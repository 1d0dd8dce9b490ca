import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import type { TSchema } from 'typebox';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { createPlaybookServices } from '../../language/lsp/playbook-lsp-module.js';
import {
    CALENDAR_FORMATS, ConvertKeywordsRequest, DEFAULT_FORMAT, DiffRequest, GenerateRequest, ReviewRequest, SERVER_COMMANDS, TRACKING_FORMATS, TemplateRequest, TimelineRequest,
    asGenerateResult, asTimelineResult, requestProblem,
} from '../../language/protocol/contract.js';
import { ROOT } from '../helpers/lsp-client.js';

describe('client ↔ server command contract', () => {
    it('accepts the two shapes of a generate answer', () => {
        assert.deepEqual(asGenerateResult({ ok: true, path: '/x/a.ics' }), { ok: true, path: '/x/a.ics' });
        assert.deepEqual(asGenerateResult({ ok: false, message: 'has errors' }), { ok: false, message: 'has errors' });
    });

    it('turns any other answer into a failure with a message, never a throw', () => {
        for (const junk of [null, undefined, 42, 'x', [], { ok: true }, { ok: 'yes', path: 1 }]) {
            const r = asGenerateResult(junk);
            assert.equal(r.ok, false);
            assert.ok(!r.ok && r.message.includes('unexpected answer'));
        }
        // The extension passes its translated words (extension/src/commands.ts, unexpectedAnswer).
        assert.deepEqual(asGenerateResult({ ok: 'yes' }, shown => `回答不符合约定：${shown}`), { ok: false, message: '回答不符合约定：{"ok":"yes"}' });
    });

    it('accepts a timeline with phases and events and rejects a malformed one', () => {
        const event = {
            id: 'p.s.2026-01-05', type: 'step', phase: 'a', name: 's', title: 'S', date: '2026-01-05', time: '09:00',
            start: '2026-01-05T09:00:00+08:00', end: '2026-01-05T09:30:00+08:00', channels: [], owner: null, assets: [], segment: null,
            reminders: [], note: null, check: null, run: null, dday: null, d: null, dayOff: null, dayNote: null, line: 3,
            display: { type: 'step', time: '09:00–09:30', phase: 'A', details: [{ label: 'Owner', text: 'ops' }] },
        };
        const timeline = {
            playbook: 'p', title: 'P', timezone: 'Asia/Shanghai', start: '2026-01-05', end: '2026-01-10', runs: [], types: { step: 'step' },
            phases: [{ name: 'a', title: 'A', kind: null, start: '2026-01-05', end: '2026-01-10', days: 6, line: 2 }], events: [event],
        };
        assert.deepEqual(asTimelineResult({ ok: true, timeline }), { ok: true, timeline });
        assert.equal(asTimelineResult({ ok: true, timeline: { phases: 1 } }).ok, false);
        // Near misses: each one field wrong in an otherwise good answer.
        for (const bad of [
            { ...timeline, events: [{ ...event, display: undefined }] },
            { ...timeline, events: [{ ...event, type: 'meeting' }] },
            { ...timeline, events: [{ ...event, line: -1 }] },
            { ...timeline, phases: [{ ...timeline.phases[0], start: 5 }] },
            { ...timeline, types: { step: 1 } },
            { ...timeline, runs: undefined },
        ]) {
            const r = asTimelineResult({ ok: true, timeline: bad });
            assert.ok(!r.ok && r.message.includes('unexpected answer'), JSON.stringify(bad).slice(0, 200));
        }
        assert.deepEqual(asTimelineResult({ ok: false, message: 'no playbook' }), { ok: false, message: 'no playbook' });
        assert.equal(asTimelineResult(null).ok, false);
    });
});

describe('client → server: the commands\' arguments are shapes too', () => {
    it('accepts a good generate request and names the field of a bad one', () => {
        assert.equal(requestProblem(GenerateRequest, { uri: 'file:///a.playbook', kind: 'calendar', format: 'ics' }), undefined);
        assert.equal(requestProblem(GenerateRequest, { uri: 'file:///a.playbook', kind: 'tracking', format: 'json', outputDirectory: null }), undefined);
        assert.match(requestProblem(GenerateRequest, { uri: 'file:///a.playbook', kind: 'timeline', format: 'ics' }) ?? '', /^kind: /);
        assert.match(requestProblem(GenerateRequest, { uri: '', kind: 'calendar', format: 'ics' }) ?? '', /^uri: /);
        assert.match(requestProblem(GenerateRequest, { uri: 'u', kind: 'calendar', format: 'ics', outputDirectory: 'a\0b' }) ?? '', /^outputDirectory: /);
        assert.match(requestProblem(GenerateRequest, undefined) ?? '', /^arguments: /);
        assert.equal(requestProblem(TimelineRequest, { uri: 'u', compareWith: 'HEAD' }), undefined);
        assert.match(requestProblem(TimelineRequest, { uri: 'u', compareWith: 3 }) ?? '', /^compareWith: /);
    });

    it('every other command\'s argument is a shape: a good request fits, a wrong field is named', () => {
        const cases: [TSchema, unknown, RegExp | undefined][] = [
            [TemplateRequest, { template: 'member-day', start: '2026-06-01', keywords: 'zh' }, undefined],
            [TemplateRequest, { template: 'member-day', keywords: 'fr' }, /^keywords: /],
            [ConvertKeywordsRequest, { uri: 'u', to: 'en' }, undefined],
            [ConvertKeywordsRequest, { uri: 'u', to: 'EN' }, /^to: /],
            [DiffRequest, { uri: 'u' }, undefined],
            [DiffRequest, { uri: 'u', revision: ['HEAD'] }, /^revision: /],
            [ReviewRequest, { uri: 'u', actuals: '/a.csv', asOf: null }, undefined],
            [ReviewRequest, { uri: 'u', actuals: '/a.csv', asOf: { day: 1 } }, /^asOf: /],
        ];
        for (const [shape, value, problem] of cases) {
            if (problem) assert.match(requestProblem(shape, value) ?? '', problem, JSON.stringify(value));
            else assert.equal(requestProblem(shape, value), undefined, JSON.stringify(value));
        }
    });

    it('the webview bundle carries no TypeBox (it imports the contract\'s types only)', () => {
        const bundle = join(ROOT, 'dist', 'preview.js');
        assert.ok(existsSync(bundle), 'dist/preview.js: run npm run build first');
        // The same test on the extension's bundle, which does take TypeBox in, must see it.
        assert.match(readFileSync(join(ROOT, 'dist', 'extension.cjs'), 'utf8'), /Value\.Check|typebox|\[Kind\]|~kind/i);
        assert.doesNotMatch(readFileSync(bundle, 'utf8'), /Value\.Check|typebox|\[Kind\]|~kind/i);
    });

    it('the server refuses a bad generate request with that field named', async () => {
        const { shared } = createPlaybookServices(EmptyFileSystem);
        const answer = asGenerateResult(await shared.lsp.ExecuteCommandHandler!.executeCommand(SERVER_COMMANDS.generate, [{ uri: 'file:///a.playbook', kind: 'timeline', format: 'ics' }], CancellationToken.None));
        assert.ok(!answer.ok && /kind: /.test(answer.message) && !answer.message.includes('unexpected answer'), JSON.stringify(answer));
    });
});

describe('client ↔ server contract: one module for both sides', () => {
    it('the server registers exactly the contract\'s commands', () => {
        const { shared } = createPlaybookServices(EmptyFileSystem);
        assert.deepEqual([...shared.lsp.ExecuteCommandHandler!.commands].sort(), Object.values(SERVER_COMMANDS).sort());
    });

    it('the manifest offers the contract\'s formats with its defaults', () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        const props = manifest.contributes.configuration.properties;
        assert.deepEqual(props['playbook.calendar.format'].enum, [...CALENDAR_FORMATS]);
        assert.deepEqual(props['playbook.tracking.format'].enum, [...TRACKING_FORMATS]);
        assert.equal(props['playbook.calendar.format'].default, DEFAULT_FORMAT.calendar);
        assert.equal(props['playbook.tracking.format'].default, DEFAULT_FORMAT.tracking);
    });

    it('what the server answers, the client reads: a real timeline passes the narrowing, undated phases included', async () => {
        const { shared } = createPlaybookServices(EmptyFileSystem);
        shared.workspace.WorkspaceManager.initialize({ capabilities: {}, processId: null, rootUri: null, workspaceFolders: [] });
        await shared.workspace.WorkspaceManager.initialized({});
        const uri = URI.file('/contract/p.playbook');
        const doc = shared.workspace.LangiumDocumentFactory.fromString(
            'playbook p "t" {\n  start 2026-01-05\n  phase a "A" days 2 { step s "S" day 1 at 09:00 }\n  phase b "B"\n}\n', uri);
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        const answer = await shared.lsp.ExecuteCommandHandler!.executeCommand(SERVER_COMMANDS.timeline, [{ uri: uri.toString() }], CancellationToken.None);
        const read = asTimelineResult(answer);
        assert.ok(read.ok, JSON.stringify(answer));
        assert.deepEqual(read.timeline.phases.map(p => [p.name, p.start, p.end]), [['a', '2026-01-05', '2026-01-06'], ['b', '2026-01-07', null]]);
        assert.equal(read.timeline.events[0].id, 'p.s.2026-01-05');
        const refused = asGenerateResult(await shared.lsp.ExecuteCommandHandler!.executeCommand(SERVER_COMMANDS.generate, [{ uri: uri.toString(), kind: 'calendar', format: 'nope' }], CancellationToken.None));
        assert.equal(refused.ok, false);
        assert.ok(!refused.ok && !refused.message.includes('unexpected answer'), 'a refusal is a contract answer, not junk');
    });
});
