/**
 * What the CLI commands run, bundled apart (dist/cli-commands.cjs) from the command-line parser
 * (dist/cli.cjs) and loaded when a command runs: `playbook --version` stays quick.
 */
import { useInstalledDocs } from '../../node/installation.js';

// Documentation links of diagnostics point at this installation's README.
useInstalledDocs();

export { runValidate } from './validate.js';
export { runGenerate } from './generators.js';
export { runBuild } from './build.js';
export { runFmt } from './fmt.js';
export { runInit } from './init.js';
export { runReview } from './review.js';
