/**
 * `npm start` (and `npm run bench:rss`): compiles the TypeScript into var/dist (libs/deployment
 * compileSources, in a short-lived child process that alone loads swc), then runs the given entry's
 * compiled JavaScript in this process with IMIS_COMPILED_DIR set, so that every process it starts runs
 * compiled JavaScript too: no @swc-node/register, TypeScript or swc in long-running processes (ADR 0005).
 *
 *   node scripts/run-compiled.js scripts/start.ts [args…]
 */
'use strict';
const { spawnSync } = require('child_process');
const { join, resolve } = require('path');

const root = resolve(__dirname, '..');
const compiledDir = join('var', 'dist');
const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/run-compiled.js <entry.ts> [args…]\n');
  process.exit(2);
}
const compile = spawnSync(process.execPath, ['-r', '@swc-node/register', join(root, 'libs/deployment/src/compile.cli.ts')], { cwd: root, stdio: 'inherit' });
if (compile.status !== 0) process.exit(compile.status ?? 1);
process.env.IMIS_COMPILED_DIR = compiledDir;
process.argv = [process.argv[0], join(root, compiledDir, entry.replace(/\.ts$/, '.js')), ...args];
require(process.argv[1]);
