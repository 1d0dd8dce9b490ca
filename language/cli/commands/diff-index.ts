/**
 * What `playbook diff` runs, bundled apart (dist/cli-diff.cjs) from the other commands: the diff
 * needs the language but none of the generators' libraries, and a smaller bundle starts sooner.
 */
import { useInstalledDocs } from '../../node/installation.js';

// Documentation links of diagnostics point at this installation's README.
useInstalledDocs();

export { runDiff } from './diff.js';
