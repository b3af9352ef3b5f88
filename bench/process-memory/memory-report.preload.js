/**
 * Preloaded by `npm run bench:rss -- --detail` (NODE_OPTIONS="--require <this file>"): on SIGWINCH (ignored
 * by default, and not a signal Nest's shutdown hooks catch) the process appends one JSON line to
 * `$MEMORY_REPORT_DIR/<pid>.jsonl`: process.memoryUsage(), V8's heap spaces and the number of loaded modules.
 */
'use strict';
const { appendFileSync } = require('fs');
const { join } = require('path');
const v8 = require('v8');

const directory = process.env.MEMORY_REPORT_DIR;
if (directory) {
  process.on('SIGWINCH', () => {
    const spaces = Object.fromEntries(
      v8.getHeapSpaceStatistics().map((space) => [space.space_name, { size: space.space_size, used: space.space_used_size }]),
    );
    const line = { memory: process.memoryUsage(), spaces, modules: Object.keys(require.cache).length };
    appendFileSync(join(directory, `${process.pid}.jsonl`), `${JSON.stringify(line)}\n`);
  });
}
