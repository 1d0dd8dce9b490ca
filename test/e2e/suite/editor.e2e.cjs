// The extension in a real VS Code: activation, diagnostics, completion, the generate commands
// and the timeline preview, through the public `vscode` API.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { waitFor, fileUri, open, extensionApi, codeOf, codes, lineOf, setting, workspaceRoot, path } = require('./helpers.cjs');

describe('Campaign Playbook in VS Code', function () {
    let api;

    before(async function () {
        await open('launch.playbook');
        api = await extensionApi();
    });

    afterEach(async function () {
        await setting('playbook.output.directory', undefined);
        await setting('playbook.calendar.format', undefined);
        await setting('playbook.tracking.format', undefined);
    });

    it('activates for a .playbook file and starts the language server', async function () {
        const { document } = await open('launch.playbook');
        assert.equal(document.languageId, 'playbook');
        const ext = vscode.extensions.getExtension('campaign-playbook.campaign-playbook');
        assert.ok(ext.isActive);
        const client = await api.ready();
        assert.equal(client.isRunning(), true);
    });

    it('shows the rule diagnostics of a broken playbook, with their codes and documentation links', async function () {
        const { document } = await open('broken.playbook');
        const found = await waitFor('diagnostics of broken.playbook', () => {
            const c = codes(document.uri);
            return ['invalid-date', 'day-out-of-range', 'linking-error'].every(x => c.includes(x)) && c;
        });
        assert.ok(found.includes('missing-risk-plan'));
        const all = vscode.languages.getDiagnostics(document.uri);
        const date = all.find(d => codeOf(d) === 'invalid-date');
        assert.equal(date.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(date.range.start.line, lineOf(document, '2026-02-30'));
        const target = date.code && typeof date.code === 'object' ? date.code.target : undefined;
        assert.ok(target && /#rule-invalid-date$/.test(target.toString()), `documentation link: ${target}`);
        if (target.scheme === 'file') {
            assert.ok(fs.existsSync(target.fsPath), `the linked README exists: ${target.fsPath}`);
            assert.ok(fs.readFileSync(target.fsPath, 'utf8').includes('id="rule-invalid-date"'), 'the README has the anchor');
        }
    });

    it('follows edits: a new error appears and goes away again', async function () {
        const { document, editor } = await open('launch.playbook');
        const line = lineOf(document, 'milestone seeds');
        await editor.edit(b => b.insert(new vscode.Position(line + 1, 0), '    step too_late "太晚" day 99\n'));
        await waitFor('day-out-of-range after the edit', () => codes(document.uri).includes('day-out-of-range'));
        await vscode.commands.executeCommand('undo');
        await waitFor('no errors after undo', () =>
            !vscode.languages.getDiagnostics(document.uri).some(d => d.severity === vscode.DiagnosticSeverity.Error));
        assert.equal(document.getText().includes('too_late'), false);
    });

    it('completes a role after `owner` from the imported library, and the result is valid', async function () {
        const { document, editor } = await open('launch.playbook');
        const line = lineOf(document, 'milestone seeds') + 1;
        const typed = '    step extra "加一步" day 3 owner ';
        await editor.edit(b => b.insert(new vscode.Position(line, 0), `${typed}\n`));
        const at = new vscode.Position(line, typed.length);
        const list = await waitFor('completion items with roles', async () => {
            const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, at);
            return l && l.items.some(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'design') && l;
        });
        const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
        for (const role of ['ops', 'design', 'legal']) assert.ok(labels.includes(role), `${role} in ${labels.join(',')}`);
        assert.ok(!labels.includes('group'), 'no channel offered where a role is expected');
        const item = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'design');
        // Apply it as VS Code does when the user accepts it.
        const range = item.range ? (item.range.replacing ?? item.range) : document.getWordRangeAtPosition(at) ?? new vscode.Range(at, at);
        if (item.insertText instanceof vscode.SnippetString) {
            await editor.insertSnippet(item.insertText, range);
        } else {
            await editor.edit(b => b.replace(range, item.insertText ?? 'design'));
        }
        assert.equal(document.lineAt(line).text.trimEnd(), `${typed}design`);
        await waitFor('diagnostics without errors after the completion', async () => {
            await new Promise(r => setTimeout(r, 300));
            return !vscode.languages.getDiagnostics(document.uri).some(d => d.severity === vscode.DiagnosticSeverity.Error);
        });
        await vscode.commands.executeCommand('undo');
        await vscode.commands.executeCommand('undo');
        await waitFor('the inserted step to be undone', () => !document.getText().includes('extra'));
        await document.save();
    });

    it('shows the server’s inlay dates and hover facts in the editor', async function () {
        const { document } = await open('launch.playbook');
        const line = lineOf(document, 'step teaser');
        const range = new vscode.Range(0, 0, document.lineCount, 0);
        const hints = await waitFor('inlay hints', async () => {
            const h = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, range);
            return h && h.length > 0 && h;
        });
        const label = h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join(''));
        const onTeaser = hints.filter(h => h.position.line === line).map(label).join(' ');
        assert.match(onTeaser, /2026-03-03/, `hints on the teaser line: ${onTeaser}`);
        const at = new vscode.Position(line, document.lineAt(line).text.indexOf('teaser') + 2);
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at);
        const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /2026-03-03/, text);
    });

    it('puts the three commands in a code lens above `playbook`, and each lens runs', async function () {
        const { document } = await open('launch.playbook');
        const lenses = await waitFor('code lenses', async () => {
            const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10);
            return l && l.filter(x => x.command).length >= 3 && l;
        });
        const byId = new Map(lenses.filter(l => l.command).map(l => [l.command.command, l]));
        for (const id of ['playbook.generateCalendar', 'playbook.generateTracking', 'playbook.previewTimeline']) {
            const lens = byId.get(id);
            assert.ok(lens, `${id} among ${[...byId.keys()].join(', ')}`);
            assert.equal(lens.range.start.line, lineOf(document, 'playbook spring_launch'));
            assert.deepEqual(lens.command.arguments, [document.uri.toString()]);
        }
        const lens = byId.get('playbook.generateTracking');
        const result = await vscode.commands.executeCommand(lens.command.command, ...lens.command.arguments);
        assert.equal(result.ok, true, result.message);
        assert.ok(fs.existsSync(result.path));
    });

    it('generates the SOP calendar next to the playbook as iCalendar by default', async function () {
        const uri = fileUri('launch.playbook');
        const result = await vscode.commands.executeCommand('playbook.generateCalendar', uri.toString());
        assert.equal(result.ok, true, result.message);
        assert.equal(path.dirname(result.path), path.dirname(uri.fsPath));
        assert.match(result.path, /\.ics$/);
        const text = fs.readFileSync(result.path, 'utf8');
        const ICAL = (await import('ical.js')).default;
        const calendar = new ICAL.Component(ICAL.parse(text));
        const events = calendar.getAllSubcomponents('vevent').map(e => new ICAL.Event(e));
        const teaser = events.find(e => e.summary.includes('发布新品海报'));
        assert.ok(teaser, events.map(e => e.summary).join(' | '));
        // day 2 of warmup (from 2026-03-02) at 10:00 Asia/Shanghai = 02:00 UTC.
        assert.equal(teaser.startDate.toJSDate().toISOString(), '2026-03-03T02:00:00.000Z');
        assert.equal(events.filter(e => e.summary.includes('倒计时提醒')).length, 3, 'days 5..7 gives three events');
    });

    it('follows the format and output folder settings (calendar as JSON into out/)', async function () {
        await setting('playbook.calendar.format', 'json');
        await setting('playbook.output.directory', 'out');
        const result = await vscode.commands.executeCommand('playbook.generateCalendar', fileUri('launch.playbook'));
        assert.equal(result.ok, true, result.message);
        assert.equal(path.dirname(result.path), path.join(workspaceRoot().fsPath, 'out'));
        const data = JSON.parse(fs.readFileSync(result.path, 'utf8'));
        assert.equal(data.playbook, 'spring_launch');
        assert.deepEqual(data.phases.map(p => [p.name, p.start, p.end]), [
            ['warmup', '2026-03-02', '2026-03-08'], ['burst', '2026-03-09', '2026-03-10'], ['recap', '2026-03-11', '2026-03-13'],
        ]);
        const open = data.events.find(e => e.name === 'open');
        assert.equal(open.start, '2026-03-09T10:00:00+08:00');
        assert.equal(open.end, '2026-03-09T12:00:00+08:00');
        assert.ok(data.events.some(e => e.type === 'checkpoint'));
    });

    it('generates the tracking spec for the active playbook (JSON by default)', async function () {
        await open('launch.playbook');
        const result = await vscode.commands.executeCommand('playbook.generateTracking');
        assert.equal(result.ok, true, result.message);
        assert.match(result.path, /\.json$/);
        const data = JSON.parse(fs.readFileSync(result.path, 'utf8'));
        const paid = data.events.find(e => e.name === 'order_paid');
        assert.ok(paid, JSON.stringify(data.events.map(e => e.name)));
        assert.ok(paid.properties.some(p => p.name === 'amount' && p.type === 'number' && p.required === true));
        assert.ok(data.kpis.some(k => k.name === 'pay_rate'));
    });

    it('refuses to generate from a playbook with errors, and writes nothing', async function () {
        const before = fs.readdirSync(workspaceRoot().fsPath).sort();
        const result = await vscode.commands.executeCommand('playbook.generateCalendar', fileUri('broken.playbook').toString());
        assert.equal(result.ok, false);
        assert.ok(result.message.length > 0);
        assert.deepEqual(fs.readdirSync(workspaceRoot().fsPath).sort(), before);
    });

    it('previews the timeline beside the editor, live, and reveals a clicked line', async function () {
        const { document, editor } = await open('launch.playbook');
        const uri = document.uri.toString();
        await vscode.commands.executeCommand('playbook.previewTimeline', uri);
        const first = await waitFor('the preview to render', () => {
            const s = api.previewState(uri);
            return s && s.rendered >= 1 && s.phases === 3 && s;
        });
        assert.equal(first.error, undefined);
        const events = first.events;
        const rendered = first.rendered;
        // An edit shows up in the preview without saving.
        const line = lineOf(document, 'milestone seeds');
        await editor.edit(b => b.insert(new vscode.Position(line + 1, 0), '    milestone halfway "过半" day 5\n'));
        await waitFor('the preview to follow the edit', () => {
            const s = api.previewState(uri);
            return s.events === events + 1 && s.rendered > rendered;
        });
        // A click in the webview (on an item whose timeline line is 0-based) moves the cursor there.
        await api.previewMessage(uri, { type: 'reveal', line: line + 1 });
        const active = vscode.window.activeTextEditor;
        assert.equal(active.document.uri.toString(), uri);
        assert.equal(active.selection.active.line, line + 1);
        assert.equal(api.previewState(uri).revealedLine, line + 1);
        await vscode.commands.executeCommand('undo');
        await document.save();
    });
});
