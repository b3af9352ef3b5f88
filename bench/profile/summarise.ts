/**
 * Prints the summary of a saved V8 CPU profile (busy samples by package or project folder and by function).
 *
 *   node -r @swc-node/register bench/profile/summarise.ts var/profiles/<time>/<pid>.cpuprofile [top]
 */
import { REPO_ROOT } from '@imis/deployment';
import { printSummary, summariseProfile } from './summarise-profile';

const [file, top] = process.argv.slice(2);
if (!file) throw new Error('usage: summarise.ts <file.cpuprofile> [top]');
printSummary(file, summariseProfile(file, REPO_ROOT), Number(top ?? 25));
