import { type Options, transformFile } from '@swc/core';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { COMPILED_DIR, REPO_ROOT } from './repo-root';

/** Folders whose TypeScript every process may load (tests, specs and tools are not compiled). */
const SOURCE_FOLDERS = ['libs', 'services', 'gateway', 'scripts'];
const SKIPPED = /(\.spec\.ts|\.int-spec\.ts|\.e2e-spec\.ts|\.d\.ts)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'test', 'tools', 'fixtures']);
const MANIFEST = '.manifest.json';

export interface CompileReport {
  /** Where the JavaScript is, mirroring the repository's layout (`<outDir>/services/location/src/main.js`). */
  outDir: string;
  compiled: number;
  unchanged: number;
  removed: number;
  milliseconds: number;
}

interface Manifest {
  options: string;
  files: Record<string, string>;
}

/**
 * Compiles the TypeScript of libs, services, gateway and scripts to CommonJS in `outDir` (default
 * `var/dist`), so that `npm start` runs plain JavaScript: no @swc-node/register, TypeScript or swc in the
 * processes (ADR 0005). swc with the settings @swc-node/register derives from tsconfig (ES2022, legacy
 * decorators with metadata, define semantics for class fields, esModuleInterop, kept class names), and
 * the `@imis/*` path aliases rewritten to relative paths. Only files changed since the last run (size and
 * modification time) are compiled again; outputs of deleted sources are removed. Source maps are written
 * next to the files (`node --enable-source-maps` uses them).
 */
export async function compileSources(outDir = join(REPO_ROOT, COMPILED_DIR)): Promise<CompileReport> {
  const started = performance.now();
  const options = swcOptions();
  const optionsKey = hash(JSON.stringify(options));
  const manifestPath = join(outDir, MANIFEST);
  const previous = readManifest(manifestPath);
  const reuse = previous?.options === optionsKey ? previous.files : {};
  const next: Manifest = { options: optionsKey, files: {} };
  const sources = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(REPO_ROOT, folder)));
  let compiled = 0;
  await inBatches(sources, 16, async (source) => {
    const path = relative(REPO_ROOT, source);
    const { size, mtimeMs } = statSync(source);
    const stamp = `${size}:${mtimeMs}`;
    const target = join(outDir, path.replace(/\.ts$/, '.js'));
    next.files[path] = stamp;
    if (reuse[path] === stamp && existsSync(target)) return;
    if (path.endsWith('.json')) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      compiled++;
      return;
    }
    const output = await transformFile(source, { ...options, filename: source, outputPath: target });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${output.code}\n//# sourceMappingURL=${target.slice(dirname(target).length + 1)}.map\n`);
    if (output.map) writeFileSync(`${target}.map`, output.map);
    compiled++;
  });
  let removed = 0;
  for (const path of Object.keys(previous?.files ?? {})) {
    if (next.files[path] !== undefined) continue;
    const target = join(outDir, path.replace(/\.ts$/, '.js'));
    rmSync(target, { force: true });
    rmSync(`${target}.map`, { force: true });
    removed++;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(manifestPath, JSON.stringify(next));
  return { outDir, compiled, unchanged: sources.length - compiled, removed, milliseconds: Math.round(performance.now() - started) };
}

/** swc's options for every file: what @swc-node/register uses for this repository's tsconfig. */
function swcOptions(): Options {
  const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { target: string; paths: Record<string, string[]> };
  };
  const paths = Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((target) => resolve(REPO_ROOT, target))]),
  );
  return {
    swcrc: false,
    jsc: {
      target: tsconfig.compilerOptions.target.toLowerCase() as 'es2022',
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      keepClassNames: true,
      baseUrl: REPO_ROOT,
      paths,
    },
    module: { type: 'commonjs', noInterop: false },
    sourceMaps: true,
  };
}

/** The TypeScript to compile, and the JSON files code imports (a service's package.json: its port), copied as they are. */
function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return (entry.name.endsWith('.ts') && !SKIPPED.test(entry.name)) || entry.name.endsWith('.json') ? [path] : [];
  });
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let index = 0; index < items.length; index += size) await Promise.all(items.slice(index, index + size).map(work));
}
