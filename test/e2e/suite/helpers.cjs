// Helpers for the extension-host tests (plain CommonJS: it runs as it is, in the host's Node).
'use strict';
const vscode = require('vscode');
const path = require('node:path');

const EXTENSION_ID = 'campaign-playbook.campaign-playbook';

/** Polls `probe` until it returns something truthy, or fails with `what` after `timeout` ms. */
async function waitFor(what, probe, timeout = 30_000, interval = 100) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
        try {
            last = await probe();
            if (last) return last;
        } catch (err) {
            last = err;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
        }
        await new Promise(r => setTimeout(r, interval));
    }
}

function workspaceRoot() {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    if (!folder) throw new Error('no workspace folder open');
    return folder.uri;
}

function fileUri(...segments) {
    return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

async function open(...segments) {
    const document = await vscode.workspace.openTextDocument(fileUri(...segments));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    return { document, editor };
}

async function extensionApi() {
    const ext = await waitFor('the extension to be installed', () => vscode.extensions.getExtension(EXTENSION_ID));
    const api = ext.isActive ? ext.exports : await ext.activate();
    await api.ready();
    return api;
}

function codeOf(diagnostic) {
    const c = diagnostic.code;
    return c && typeof c === 'object' ? String(c.value) : c === undefined ? undefined : String(c);
}

function codes(uri) {
    return vscode.languages.getDiagnostics(uri).map(codeOf);
}

/** Zero-based line of the first line containing `needle`. */
function lineOf(document, needle) {
    for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) return i;
    throw new Error(`no line with ${needle}`);
}

async function setting(key, value) {
    const [section, ...rest] = key.split('.');
    await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
}

module.exports = { EXTENSION_ID, waitFor, workspaceRoot, fileUri, open, extensionApi, codeOf, codes, lineOf, setting, path };
