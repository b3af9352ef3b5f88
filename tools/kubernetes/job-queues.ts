import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const CALL = /\bdefineJobQueue\s*(?:<[^()]*>)?\s*\(/g;
const NAMED = /\bdefineJobQueue\s*(?:<[^()]*>)?\s*\(\s*\{[^}]*?\bname:\s*'([a-z][a-z0-9-]*)'/g;

/**
 * The job queues a service declares (`defineJobQueue({ name: '…' })` under `services/<name>/src`, tests
 * excluded): the queues its worker process runs. Read from the source rather than by loading the service,
 * so a queue's name must be a literal there; a call whose name cannot be read is refused.
 */
export function serviceJobQueues(root: string, service: string): string[] {
  const names = new Set<string>();
  for (const file of typescriptFiles(join(root, 'services', service, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const calls = [...text.matchAll(CALL)].length;
    const named = [...text.matchAll(NAMED)].map((match) => match[1]);
    if (named.length !== calls) {
      throw new Error(`${file}: a defineJobQueue call without a literal name: ('…'): the Kubernetes generator cannot tell the queue's name`);
    }
    for (const name of named) names.add(name);
  }
  return [...names].sort();
}

function typescriptFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typescriptFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}
