/**
 * `playbook calendar` and `playbook tracking`. (Registered here; the generators live in
 * language/generators/.)
 */
import type { Command } from 'commander';
import type { CliIO } from '../cli-context.js';

export function registerGeneratorCommands(_program: Command, _io: CliIO, _setExit: (code: number) => void): void {
    // Filled in by the generators work (issue 3).
}
