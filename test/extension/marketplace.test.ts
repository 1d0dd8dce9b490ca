/**
 * What the .vsix shows on the Marketplace and in VS Code's extension page: a user README (not the
 * developer README) with the rule catalogue the diagnostics link to, an icon vsce accepts (PNG),
 * a licence, a changelog, small screenshots that exist and are packed.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { build } from '../helpers/parse.js';
import { ROOT } from '../generators/helpers.js';
// @ts-expect-error: a plain ES module script without types
import { marketplaceReadme } from '../../extension/scripts/marketplace-readme.mjs';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const readme = (marketplaceReadme as (user: string, project: string) => string)(read('extension/README.md'), read('README.md'));

describe('the .vsix for people: Marketplace README, icon, licence, changelog, screenshots', () => {
    it('packages the user README with --readme-path, never the developer README', () => {
        assert.match(pkg.scripts.package, /node extension\/scripts\/marketplace-readme\.mjs && vsce package .*--readme-path dist\/README\.marketplace\.md/);
        assert.ok(!read('.vscodeignore').split('\n').includes('!README.md'), 'the developer README stays out of the package');
        assert.ok(!/npm ci|npm test|npm run/.test(readme), 'no developer commands');
    });

    it('holds the rule catalogue: an entry for every diagnostic code the links point to', () => {
        for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.ok(readme.includes(`id="rule-${code}"`), code);
    });

    it('links only to files the package holds (screenshots under docs/images), each a small PNG', () => {
        const allowed = read('.vscodeignore').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1));
        const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map(m => m[1]).filter(l => !/^[a-z]+:/.test(l));
        assert.ok(links.length >= 2, 'screenshots');
        for (const link of links) {
            assert.ok(existsSync(join(ROOT, link)), `${link} exists`);
            assert.ok(allowed.some(a => a === link || (a.endsWith('/*.png') && link.startsWith(a.slice(0, -5)) && link.endsWith('.png'))), `${link} is packed`);
            assert.ok(statSync(join(ROOT, link)).size < 150_000, `${link} is small`);
        }
        assert.ok(links.some(l => /-zh\.png$/.test(l)), 'a screenshot in Chinese');
    });

    it('its example playbook is valid as written (no error, no warning)', async () => {
        const text = /```\n(playbook [\s\S]*?)```/.exec(read('extension/README.md'))![1];
        const r = await build(text);
        assert.deepEqual(r.diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => d.message), []);
    });

    it('an icon vsce accepts (a 128×128 PNG), a licence file and a changelog of this version, all packed', () => {
        const icon = readFileSync(join(ROOT, pkg.icon));
        assert.deepEqual([...icon.subarray(1, 4)], [0x50, 0x4e, 0x47]);
        assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
        const allowed = read('.vscodeignore');
        assert.match(allowed, /^!extension\/media\/\*$/m);
        assert.match(read('LICENSE'), /^MIT License/);
        assert.match(allowed, /^!LICENSE$/m);
        assert.ok(read('CHANGELOG.md').includes(`## ${pkg.version}`));
        assert.match(allowed, /^!CHANGELOG\.md$/m);
    });
});
