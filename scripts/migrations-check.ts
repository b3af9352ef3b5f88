/**
 * `npm run migrations:check`: for every service (IMIS_SERVICES, default all), its migration tool in
 * --check mode, each in its own process: fails when a service's entities differ from its migrations or a
 * library's migration is not idempotent. Reports every failing service, not only the first.
 */
import { spawn } from 'child_process';
import { deployedSubgraphs, REPO_ROOT, typescriptNodeArgs } from '@imis/deployment';

function check(tool: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, typescriptNodeArgs(tool, ['--check']), { cwd: REPO_ROOT, stdio: 'inherit' });
    child.once('error', () => resolve(1));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const failed: string[] = [];
  for (const service of deployedSubgraphs()) {
    if ((await check(service.createMigration)) !== 0) failed.push(service.name);
  }
  if (failed.length > 0) process.stderr.write(`Migrations out of date or failing: ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
