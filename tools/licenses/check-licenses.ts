// Fails (exit 1) when a production dependency carries a license that is not OSI-approved, listing the
// offenders. Run: node -r @swc-node/register tools/licenses/check-licenses.ts (npm run licenses).
import { readFileSync, realpathSync } from 'fs';
import { init, type ModuleInfo, type ModuleInfos } from 'license-checker-rseidelsohn';
import { isAbsolute, join, relative, resolve, sep } from 'path';
import { isAllowedLicense, refusalReason } from './license-policy';

const repoRoot = resolve(__dirname, '../..');

function productionPackages(): Promise<ModuleInfos> {
  return new Promise((done, fail) =>
    init({ start: repoRoot, production: true }, (error, packages) => (error ? fail(error) : done(packages))),
  );
}

/** Our own private workspace packages (the root, libs, services, gateway) are AGPL; the checker calls them UNLICENSED. */
function isOwnWorkspacePackage(info: ModuleInfo): boolean {
  if (!info.private || !info.path) return false;
  const where = relative(repoRoot, realpathSync(info.path));
  return !where.startsWith('..') && !isAbsolute(where) && !where.split(sep).includes('node_modules');
}

/** Which locked packages depend on `name`, to say where an offender comes from. */
function requiredBy(name: string): string[] {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
  };
  return Object.entries(lock.packages)
    .filter(([, entry]) => name in { ...entry.dependencies, ...entry.optionalDependencies })
    .map(([path]) => path.replace(/^.*node_modules\//, '') || 'the root package.json');
}

async function main(): Promise<void> {
  const packages = Object.entries(await productionPackages()).filter(([, info]) => !isOwnWorkspacePackage(info));
  const offenders = packages.filter(([, info]) => !isAllowedLicense(info.licenses));
  if (offenders.length === 0) {
    console.log(`licenses: ${packages.length} production packages checked, all OSI-approved`);
    return;
  }
  console.error(`licenses: ${offenders.length} of ${packages.length} production packages are not allowed:`);
  for (const [id, info] of offenders) {
    const name = id.slice(0, id.lastIndexOf('@'));
    console.error(`  ${id}  ${refusalReason(info.licenses)}; required by ${requiredBy(name).join(', ') || 'nothing locked'}`);
  }
  console.error('Replace the dependency, or see tools/licenses/license-policy.ts for the policy.');
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
