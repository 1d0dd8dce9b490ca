#!/usr/bin/env node
'use strict';
// The playbook language server: `playbook-language-server --stdio` (or --node-ipc, --socket=PORT).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(`playbook-language-server: Node.js 22 or newer is required (this is ${process.version}).\n`);
    process.exit(2);
}
// Node's on-disk cache of compiled code (as TypeScript's own CLI does): the bundles are megabytes.
try {
    require('node:module').enableCompileCache?.();
} catch {
    // no cache: only slower
}
require('../dist/server.cjs');
