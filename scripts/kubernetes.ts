/**
 * Writes deploy/kubernetes/ (Deployments, Services, migration Jobs, PodDisruptionBudgets, worker pools scaled
 * by KEDA, the gateway, a kustomization) from the services found under services/ (SUBGRAPHS of
 * @imis/deployment, as npm start, migrate and supergraph see them), then validates every document against
 * the Kubernetes and KEDA schemas. With --check, writes nothing and exits 1 when a file is missing, stale or
 * extra, or a document is invalid.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { NODE_FLAGS, REPO_ROOT, SUBGRAPHS } from '@imis/deployment';
import { serviceJobQueues } from '../tools/kubernetes/job-queues';
import { DEFAULT_SETTINGS, kubernetesManifests, renderManifestFile } from '../tools/kubernetes/manifests';
import { validateManifests } from '../tools/kubernetes/validate';

const OUT = join(REPO_ROOT, 'deploy/kubernetes');

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const services = SUBGRAPHS.map((subgraph) => ({ ...subgraph, queues: subgraph.worker ? serviceJobQueues(REPO_ROOT, subgraph.name) : [] }));
  const files = kubernetesManifests(services, { ...DEFAULT_SETTINGS, nodeFlags: NODE_FLAGS });
  const expected = new Map(files.map((file) => [file.path, renderManifestFile(file)]));
  const present = existsSync(OUT) ? readdirSync(OUT).filter((name) => name.endsWith('.yaml')) : [];
  const shown = relative(REPO_ROOT, OUT);
  if (check) {
    const problems = [
      ...[...expected].filter(([path, text]) => !existsSync(join(OUT, path)) || readFileSync(join(OUT, path), 'utf8') !== text).map(([path]) => `${path} is missing or out of date`),
      ...present.filter((path) => !expected.has(path)).map((path) => `${path} is not generated any more`),
    ];
    if (problems.length > 0) {
      process.stderr.write(`${shown}: ${problems.join('; ')}; run: npm run k8s\n`);
      return 1;
    }
  } else {
    mkdirSync(OUT, { recursive: true });
    for (const path of present.filter((name) => !expected.has(name))) rmSync(join(OUT, path));
    for (const [path, text] of expected) writeFileSync(join(OUT, path), text);
  }
  const report = validateManifests(OUT);
  if (report.errors.length > 0) {
    process.stderr.write(`${shown}: invalid documents:\n${report.errors.map((error) => `  - ${error}`).join('\n')}\n`);
    return 1;
  }
  const verb = check ? 'is up to date and valid' : 'written and valid';
  process.stdout.write(`${shown} ${verb}: ${report.documents.length} documents for ${services.map((s) => s.name).join(', ')} and the gateway\n`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
