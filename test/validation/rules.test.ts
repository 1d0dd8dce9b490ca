/**
 * Data-driven rule tests: every file in test/fixtures/rules/ (but the `*.lib.playbook` helpers) is
 * built in a workspace holding its folder's files, and its diagnostics must match its inline
 * expectations exactly (see test/helpers/expectations.ts).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { checkExpectations, parseExpectations } from '../helpers/expectations.js';
import { buildFile } from '../helpers/parse.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'rules');
const files = readdirSync(DIR).filter(f => f.endsWith('.playbook')).sort();
const helpers = Object.fromEntries(files.filter(f => f.endsWith('.lib.playbook')).map(f => [f, parseExpectations(readFileSync(join(DIR, f), 'utf8')).text]));
const subjects = files.filter(f => !f.endsWith('.lib.playbook'));

describe('rules (fixtures with inline expectations)', () => {
    for (const file of subjects) {
        it(file, async () => {
            const exp = parseExpectations(readFileSync(join(DIR, file), 'utf8'));
            const others = { ...helpers };
            const { diagnostics, services } = await buildFile(file, exp.text, others);
            const problems = checkExpectations(exp, diagnostics);
            assert.deepEqual(problems, [], `${file}:\n  ${problems.join('\n  ')}`);
            if (file.includes('near-miss')) assert.ok(exp.forbidden.size > 0, 'a near miss names the codes it must not get');
            // Errors-only validation (what `playbook diff` runs) finds exactly the errors, and nothing else.
            const errorsOnly = await buildFile(file, exp.text, others, 'en', true);
            const errors = (list: typeof diagnostics) => list.filter(d => d.severity === 1).map(d => `${d.code} ${JSON.stringify(d.range)} ${String(d.message).replace(/\/ws\d+\//g, "/ws/")}`).sort();
            assert.deepEqual(errors(errorsOnly.diagnostics), errors(diagnostics), `${file}: errors-only validation differs`);
            assert.ok(errorsOnly.diagnostics.every(d => d.severity === 1), `${file}: errors-only validation reported a non-error`);
            const failures = [...services.playbook.Validator.takeFailures(), ...errorsOnly.services.playbook.Validator.takeFailures()];
            assert.deepEqual(failures.map(f => String(f.error)), [], `${file}: a rule threw or reported a code it does not declare`);
        });
    }

    it('every diagnostic code has a triggering fixture and a near miss', () => {
        const triggered = new Set<string>();
        const nearMissed = new Set<string>();
        for (const file of subjects) {
            const exp = parseExpectations(readFileSync(join(DIR, file), 'utf8'));
            for (const e of exp.expected) triggered.add(e.code);
            for (const c of exp.forbidden) nearMissed.add(c);
        }
        const syntaxOnly = new Set(['parsing-error', 'lexing-error']);
        for (const code of Object.keys(DIAGNOSTIC_CODES)) {
            assert.ok(triggered.has(code), `no fixture triggers ${code}`);
            if (!syntaxOnly.has(code)) assert.ok(nearMissed.has(code), `no near miss for ${code}`);
        }
        // A trigger fixture expects at least one diagnostic (else it would pass on nothing).
        for (const file of subjects.filter(f => !f.includes('near-miss'))) {
            assert.ok(parseExpectations(readFileSync(join(DIR, file), 'utf8')).expected.length > 0, `${file} expects no diagnostic`);
        }
    });
});
