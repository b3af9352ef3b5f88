// Adds package-lock entries for platform-specific optional packages (e.g. @swc/core-darwin-arm64) that
// the lock lacks because the registry this workplace reaches does not serve them. Without them
// `npm ci` refuses the lock ("Missing: ... from lock file"). Each entry carries os/cpu, so npm skips
// it on other platforms and fetches it by name where it matches. Plain Node, no dependencies: it runs
// before `npm ci`. Usage: node tools/npm/complete-lockfile.js [package-lock.json]
const fs = require('fs');

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'freebsd', 'android', 'openbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpu = CPU.find((candidate) => parts.includes(candidate));
  return os && cpu ? { os, cpu } : undefined;
}

const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = key === '' ? undefined : `${key}/node_modules/${name}`;
    if (lock.packages[`node_modules/${name}`] || (nested && lock.packages[nested])) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    lock.packages[`node_modules/${name}`] = { version, cpu: [platform.cpu], optional: true, os: [platform.os] };
    added.push(`${name}@${version}`);
  }
}

if (added.length > 0) {
  const [root, ...rest] = Object.entries(lock.packages);
  rest.sort(([a], [b]) => a.localeCompare(b, 'en'));
  lock.packages = Object.fromEntries([root, ...rest]);
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}
console.log(added.length ? `added ${added.length} platform entries: ${added.join(', ')}` : 'lockfile complete');
