// Validates every document of the YAML files in a folder (argv[2]) against the Kubernetes and KEDA schemas
// (kubernetes-models, @kubernetes-models/keda: ES modules only, hence this separate process; see validate.ts).
// Prints {"documents":[{"file","kind","name"}],"errors":["…"]} on stdout.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as batch from 'kubernetes-models/batch/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as keda from '@kubernetes-models/keda/keda.sh/v1alpha1';

const MODELS = {
  v1: core,
  'apps/v1': apps,
  'batch/v1': batch,
  'policy/v1': policy,
  'keda.sh/v1alpha1': keda,
};

const folder = process.argv[2];
const documents = [];
const errors = [];

function validateKustomization(file, kustomization) {
  if (!Array.isArray(kustomization.resources)) return errors.push(`${file}: resources is not a list`);
  for (const resource of kustomization.resources) {
    if (!existsSync(join(folder, resource))) errors.push(`${file}: resource ${resource} does not exist`);
  }
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml') && name !== file);
  for (const name of files) if (!kustomization.resources.includes(name)) errors.push(`${file}: ${name} is not listed in resources`);
}

for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
  for (const [index, parsed] of parseAllDocuments(readFileSync(join(folder, file), 'utf8')).entries()) {
    const where = `${file} document ${index + 1}`;
    if (parsed.errors.length > 0) {
      errors.push(`${where}: ${parsed.errors.map((error) => error.message).join('; ')}`);
      continue;
    }
    const data = parsed.toJS();
    if (data === null || typeof data !== 'object') continue;
    const name = data.metadata?.name;
    documents.push({ file, kind: data.kind, name });
    if (data.kind === 'Kustomization' && data.apiVersion === 'kustomize.config.k8s.io/v1beta1') {
      validateKustomization(file, data);
      continue;
    }
    const Model = MODELS[data.apiVersion]?.[data.kind];
    if (typeof Model !== 'function') {
      errors.push(`${where}: no schema for ${data.apiVersion} ${data.kind}`);
      continue;
    }
    try {
      new Model(data).validate();
    } catch (error) {
      errors.push(`${where} (${data.kind} ${name}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

process.stdout.write(`${JSON.stringify({ documents, errors })}\n`);
