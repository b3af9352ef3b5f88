/**
 * `npm run new-service <name> [--port <port>]`: creates `services/<name>/` from ./templates (the layout of
 * the existing services, with an example module, its migration and an integration test), registers it
 * (package-lock.json workspace entry and link, README layout) and recomposes gateway/supergraph.graphql.
 * Nothing else lists services: `npm start`, migrate, supergraph and migrations:check find it by itself.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { discoverServices, REPO_ROOT, runToCompletion } from '@imis/deployment';
import { withServiceInLayout } from './readme-layout';
import { serviceNames } from './service-names';
import { servicePort } from './service-port';
import { renderTemplates } from './service-template';
import { withWorkspacePackage, type PackageLock } from './workspace-lockfile';

const TEMPLATES = join(__dirname, 'templates');

interface Arguments {
  name: string;
  port?: number;
}

function parseArguments(argv: readonly string[]): Arguments {
  const [name, flag, value, ...rest] = argv;
  if (!name || name.startsWith('-') || rest.length > 0 || (flag !== undefined && (flag !== '--port' || value === undefined))) {
    throw new Error('Usage: npm run new-service <name> [-- --port <port>]   (name in lowercase kebab-case, e.g. claim-review)');
  }
  return { name, port: flag ? Number(value) : undefined };
}

/** Migration timestamp as MikroORM writes it: YYYYMMDDhhmmss (UTC). */
function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function updateJson<T>(path: string, change: (value: T) => T): void {
  writeFileSync(path, `${JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')) as T), null, 2)}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const { name, port: wanted } = parseArguments(argv);
  const names = serviceNames(name);
  const folder = join(REPO_ROOT, 'services', name);
  if (existsSync(folder)) throw new Error(`services/${name} exists already`);
  const port = servicePort(
    discoverServices(REPO_ROOT).map((service) => service.port),
    wanted,
  );

  const files = renderTemplates(TEMPLATES, { ...names, port: String(port), timestamp: timestamp(new Date()) });
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.content);
  }
  say(`Created services/${name}/ (${files.length} files, port ${port}, database imis_${names.name_snake}, stream ${names.NAME})`);

  const packageName = `@imis/${name}`;
  updateJson<PackageLock>(join(REPO_ROOT, 'package-lock.json'), (lock) =>
    withWorkspacePackage(lock, { path: `services/${name}`, name: packageName, version: '0.1.0', license: 'AGPL-3.0-only' }),
  );
  const link = join(REPO_ROOT, 'node_modules', packageName);
  if (existsSync(dirname(link)) && !existsSync(link)) symlinkSync(`../../services/${name}`, link);
  say(`Registered ${packageName} in package-lock.json and node_modules (as npm install would)`);

  const readme = join(REPO_ROOT, 'README.md');
  writeFileSync(readme, withServiceInLayout(readFileSync(readme, 'utf8'), name, `${names.Title} service, from npm run new-service (README: operations, codes, next steps)`));
  say('Listed it in the README layout');

  const supergraph = await runToCompletion('scripts/supergraph.ts', { ...process.env, IMIS_SERVICES: '' });
  if (supergraph.code !== 0) throw new Error(`Composing the supergraph failed:\n${supergraph.stderr.trim()}`);
  say(supergraph.stdout.trim().split('\n').pop() ?? 'Supergraph composed');

  say(`Next: npx jest services/${name} --selectProjects unit integration, then npm start (services/${name}/README.md)`);
}

function say(message: string): void {
  process.stdout.write(`new-service | ${message}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`new-service | ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
