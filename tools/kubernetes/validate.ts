import { spawnSync } from 'child_process';
import { join } from 'path';

export interface ValidationReport {
  documents: { file: string; kind: string; name?: string }[];
  errors: string[];
}

/**
 * Validates every YAML document in `folder` against the Kubernetes (kubernetes-models) and KEDA
 * (@kubernetes-models/keda) schemas. Those packages are ES modules only, so a separate Node process reads
 * them (validate-manifests.mjs); the Kustomization's resources must exist and list every file.
 */
export function validateManifests(folder: string): ValidationReport {
  const run = spawnSync(process.execPath, [join(__dirname, 'validate-manifests.mjs'), folder], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`validate-manifests.mjs failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ValidationReport;
}
