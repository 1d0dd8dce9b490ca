import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { formatFor, isTextFormat, resolveOutputDirectory } from '../../extension/src/output-settings.js';

const ws = path.resolve('/work/space');
const file = path.join(ws, 'plans', 'double11.playbook');

describe('output settings', () => {
    it('writes next to the playbook when the directory setting is empty', () => {
        assert.equal(resolveOutputDirectory('', file, ws), undefined);
        assert.equal(resolveOutputDirectory('   ', file, ws), undefined);
        assert.equal(resolveOutputDirectory(undefined, file, ws), undefined);
        assert.equal(resolveOutputDirectory(null, file, ws), undefined);
    });

    it('resolves a relative directory against the workspace folder, or the file’s folder outside one', () => {
        assert.equal(resolveOutputDirectory('out', file, ws), path.join(ws, 'out'));
        assert.equal(resolveOutputDirectory('./build/sop', file, ws), path.join(ws, 'build', 'sop'));
        assert.equal(resolveOutputDirectory('out', file, undefined), path.join(ws, 'plans', 'out'));
        assert.equal(resolveOutputDirectory('../shared', file, ws), path.resolve(ws, '..', 'shared'));
    });

    it('keeps an absolute directory and expands ~ to the home folder', () => {
        const abs = path.resolve('/srv/exports');
        assert.equal(resolveOutputDirectory(abs, file, ws), abs);
        assert.equal(resolveOutputDirectory('~/cal', file, ws, '/home/min'), path.join('/home/min', 'cal'));
        assert.equal(resolveOutputDirectory('~', file, ws, '/home/min'), path.normalize('/home/min'));
    });

    it('asks for the configured format, falling back to the default for unknown ones', () => {
        assert.equal(formatFor('calendar', undefined), 'ics');
        assert.equal(formatFor('calendar', 'CSV'), 'csv');
        assert.equal(formatFor('calendar', 'jsonschema'), 'ics', 'jsonschema is a tracking format only');
        assert.equal(formatFor('tracking', undefined), 'json');
        assert.equal(formatFor('tracking', 'jsonschema'), 'jsonschema');
        assert.equal(formatFor('tracking', 'ics'), 'json');
        for (const f of ['ics', 'csv', 'md', 'json', 'xlsx']) assert.equal(formatFor('calendar', f), f);
    });

    it('opens every format but xlsx as text', () => {
        assert.equal(isTextFormat('ics'), true);
        assert.equal(isTextFormat('xlsx'), false);
    });
});
