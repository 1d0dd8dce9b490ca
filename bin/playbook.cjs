#!/usr/bin/env node
'use strict';
// The `playbook` CLI. The bundle is built by `npm ci` (prepare) or `npm run build`.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(`playbook: Node.js 22 or newer is required (this is ${process.version}). Run it through npx or npm scripts, which use the Node 22 the project pins.\n`);
    process.exit(2);
}
// Node's on-disk cache of compiled code (as TypeScript's own CLI does): the bundles are megabytes.
try {
    require('node:module').enableCompileCache?.();
} catch {
    // no cache: only slower
}
require('../dist/cli.cjs').main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
