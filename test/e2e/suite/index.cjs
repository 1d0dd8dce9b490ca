// Runs inside the VS Code extension host (code-server's bundled server, or a desktop VS Code from
// @vscode/test-electron): loads the *.e2e.cjs files beside this one into mocha and writes the
// results to the file named by PLAYBOOK_E2E_RESULTS (the host's console reaches no terminal).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

async function loadMocha() {
    try {
        const m = require('mocha');
        return m.default ?? m;
    } catch {
        const m = await import('mocha');
        return m.default ?? m;
    }
}

exports.run = async function run() {
    const Mocha = await loadMocha();
    const resultsFile = process.env.PLAYBOOK_E2E_RESULTS;
    const grep = process.env.PLAYBOOK_E2E_GREP;
    const results = [];
    const write = (extra = {}) => {
        if (!resultsFile) return;
        const passed = results.filter(r => r.state === 'passed').length;
        const failed = results.filter(r => r.state === 'failed').length;
        fs.writeFileSync(resultsFile, JSON.stringify({ passed, failed, results, ...extra }, null, 2));
    };
    class Recorder extends Mocha.reporters.Base {
        constructor(runner, options) {
            super(runner, options);
            runner.on('pass', test => { results.push({ title: test.fullTitle(), state: 'passed', duration: test.duration }); write(); });
            runner.on('fail', (test, err) => {
                results.push({ title: test.fullTitle(), state: 'failed', error: String((err && (err.stack || err.message)) || err) });
                write();
            });
            runner.on('pending', test => { results.push({ title: test.fullTitle(), state: 'skipped' }); write(); });
        }
    }
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: Recorder, ...(grep ? { grep } : {}) });
    for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.e2e.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    await mocha.loadFilesAsync();
    const failures = await new Promise(resolve => mocha.run(resolve));
    write({ done: true, vscode: require('vscode').version });
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
};
