/** Compiles the sources for `npm start` (compileSources) and prints one line about it. */
import { compileSources } from './compile-sources';

compileSources().then(
  ({ outDir, compiled, unchanged, removed, milliseconds }) =>
    process.stdout.write(`${'compile'.padEnd(8)} | ${compiled} files compiled, ${unchanged} unchanged, ${removed} removed into ${outDir} in ${milliseconds} ms\n`),
  (error: unknown) => {
    process.stderr.write(`Compiling the sources failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
