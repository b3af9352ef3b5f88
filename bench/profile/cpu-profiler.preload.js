/**
 * Preloaded into a process (NODE_OPTIONS="--require <this file>") by bench/profile: the first SIGWINCH (ignored by default, and not one of the signals Nest's shutdown hooks catch)
 * starts V8's sampling profiler (inspector, every CPU_PROFILE_INTERVAL_US µs, default 100), the second writes the profile to
 * `$CPU_PROFILE_DIR/<pid>.cpuprofile` (open it in Chrome DevTools, or summarise it with summarise.ts).
 */
'use strict';
const { Session } = require('inspector');
const { writeFileSync } = require('fs');
const { join } = require('path');

const directory = process.env.CPU_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGWINCH', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: Number(process.env.CPU_PROFILE_INTERVAL_US ?? 100) }, () => session.post('Profiler.start')),
      );
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      process.stderr.write(`cpu profile ${error ? `failed: ${error.message}` : `written to ${join(directory, `${process.pid}.cpuprofile`)}`}\n`);
    });
  });
}
