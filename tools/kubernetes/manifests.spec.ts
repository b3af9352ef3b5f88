import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { jobsOptionsFrom } from '@imis/jobs';
import { NODE_FLAGS, REPO_ROOT, SUBGRAPHS } from '@imis/deployment';
import { serviceJobQueues } from './job-queues';
import { DEFAULT_SETTINGS, kubernetesManifests, type KubernetesService, renderManifestFile, SECRETS, waitListKey } from './manifests';
import { validateManifests } from './validate';

// Loose views of generated documents, enough for assertions.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

const DEPLOYED = join(REPO_ROOT, 'deploy/kubernetes');

function committedDocuments(): Doc[] {
  const kustomization = parseAllDocuments(readFileSync(join(DEPLOYED, 'kustomization.yaml'), 'utf8'))[0].toJS();
  return (kustomization.resources as string[]).flatMap((file) =>
    parseAllDocuments(readFileSync(join(DEPLOYED, file), 'utf8')).map((document) => document.toJS() as Doc),
  );
}

const find = (documents: Doc[], kind: string, name: string) => documents.find((doc) => doc.kind === kind && doc.metadata?.name === name);
const container = (workload: Doc) => (workload.spec.template?.spec ?? workload.spec.jobTemplate.spec.template.spec).containers[0];

describe('deploy/kubernetes', () => {
  const services = SUBGRAPHS.map((subgraph) => ({ ...subgraph, queues: subgraph.worker ? serviceJobQueues(REPO_ROOT, subgraph.name) : [] }));

  it('is what the generator makes from the services found under services/ (npm run k8s)', () => {
    for (const file of kubernetesManifests(services, { ...DEFAULT_SETTINGS, nodeFlags: NODE_FLAGS })) {
      expect({ file: file.path, text: readFileSync(join(DEPLOYED, file.path), 'utf8') }).toEqual({ file: file.path, text: renderManifestFile(file) });
    }
  });

  it('validates every committed document against the Kubernetes and KEDA schemas', () => {
    const report = validateManifests(DEPLOYED);
    expect(report.errors).toEqual([]);
    const kinds = new Set(report.documents.map((document) => document.kind));
    expect([...kinds].sort()).toEqual(
      ['ConfigMap', 'Deployment', 'Job', 'Kustomization', 'Namespace', 'PodDisruptionBudget', 'ScaledObject', 'Service', 'TriggerAuthentication'].sort(),
    );
  });

  it('deploys every service: migration Job, API Deployment with probes, Service and PodDisruptionBudget', () => {
    const documents = committedDocuments();
    expect(SUBGRAPHS.length).toBeGreaterThan(0);
    for (const subgraph of SUBGRAPHS) {
      const api = find(documents, 'Deployment', subgraph.name);
      expect(container(api).command).toEqual(['node', ...NODE_FLAGS, '-r', '@swc-node/register', subgraph.entry]);
      expect(container(api).readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(container(api).livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container(api).ports).toEqual([{ name: 'http', containerPort: subgraph.port, protocol: 'TCP' }]);
      expect(find(documents, 'Service', subgraph.name).spec.ports[0].port).toBe(subgraph.port);
      expect(find(documents, 'PodDisruptionBudget', subgraph.name)).toBeDefined();
      expect(container(find(documents, 'Job', `${subgraph.name}-migrate`)).command).toContain(subgraph.migrate);
    }
    const gateway = container(find(documents, 'Deployment', 'gateway'));
    for (const subgraph of SUBGRAPHS) {
      expect(gateway.env).toContainEqual({ name: subgraph.urlEnv, value: `http://${subgraph.name}:${subgraph.port}/graphql` });
    }
  });

  it('scrapes the gateway on its metrics port, which its Service does not expose', () => {
    const documents = committedDocuments();
    const deployment = find(documents, 'Deployment', 'gateway');
    expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe('9464');
    expect(container(deployment).ports).toContainEqual({ name: 'metrics', containerPort: 9464, protocol: 'TCP' });
    expect(container(deployment).env).toContainEqual({ name: 'GATEWAY_METRICS_PORT', value: '9464' });
    expect(find(documents, 'Service', 'gateway').spec.ports.map((port: Doc) => port.port)).toEqual([4000]);
  });

  it('scales the worker of every service with a worker on its queues’ BullMQ wait lists, under the jobs library’s prefix', () => {
    const documents = committedDocuments();
    const config = find(documents, 'ConfigMap', 'imis-config');
    const prefix = jobsOptionsFrom({ REDIS_URL: 'redis://x' }, 'worker').prefix;
    expect(config.data.JOBS_QUEUE_PREFIX).toBe(prefix);
    const withWorkers = services.filter((service) => service.worker);
    expect(withWorkers.map((service) => service.name)).toEqual(expect.arrayContaining(['insuree', 'medical', 'policy', 'payment']));
    for (const service of withWorkers) {
      expect(service.queues.length).toBeGreaterThan(0);
      const worker = find(documents, 'Deployment', `${service.name}-worker`);
      expect(container(worker).command).toContain(service.worker);
      expect(worker.spec.replicas).toBeUndefined(); // KEDA owns it
      const scaled = find(documents, 'ScaledObject', `${service.name}-worker`);
      expect(scaled.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: `${service.name}-worker` });
      expect(scaled.spec.minReplicaCount).toBeGreaterThanOrEqual(1);
      expect(scaled.spec.maxReplicaCount).toBeGreaterThan(scaled.spec.minReplicaCount);
      expect(scaled.spec.triggers.map((trigger: Doc) => [trigger.type, trigger.metadata.listName])).toEqual(
        service.queues.map((queue) => ['redis', `${prefix}:${queue}:wait`]),
      );
      const api = container(find(documents, 'Deployment', service.name));
      expect(api.env).toContainEqual({ name: 'JOBS_CONCURRENCY', value: service.queues.map((queue) => `${queue}=0`).join(',') });
    }
    expect(find(documents, 'TriggerAuthentication', 'imis-redis').spec.secretTargetRef.map((ref: Doc) => ref.name)).toEqual(['imis-redis', 'imis-redis']);
  });
});

describe('the Kubernetes generator', () => {
  const services: KubernetesService[] = [
    { name: 'alpha', port: 4101, entry: 'services/alpha/src/main.ts', migrate: 'services/alpha/src/migrate.ts', urlEnv: 'ALPHA_URL', queues: [] },
    {
      name: 'beta-claims',
      port: 4102,
      entry: 'services/beta-claims/src/main.ts',
      migrate: 'services/beta-claims/src/migrate.ts',
      worker: 'services/beta-claims/src/worker.ts',
      urlEnv: 'BETA_CLAIMS_URL',
      queues: ['claim-adjudication', 'claim-review'],
    },
  ];
  const files = kubernetesManifests(services);
  const documents = files.flatMap((file) => file.documents as Doc[]);

  it('references secrets for credentials and never carries a value or a Secret of its own', () => {
    expect(documents.filter((doc) => doc.kind === 'Secret')).toEqual([]);
    const workloads = documents.filter((doc) => doc.kind === 'Deployment' || doc.kind === 'Job');
    for (const workload of workloads.filter((doc) => doc.metadata.name !== 'gateway')) {
      const env = container(workload).env as Doc[];
      const database = env.find((variable) => variable.name === 'DATABASE_URL');
      expect(database).toEqual({ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: SECRETS.database.name, key: 'url' } } });
      for (const variable of env.filter((candidate) => /_URL$/.test(candidate.name))) expect(variable.value).toBeUndefined();
      expect(container(workload).envFrom).toContainEqual({ secretRef: { name: `imis-${workload.metadata.name.replace(/-(worker|migrate)$/, '')}`, optional: true } });
    }
  });

  it('runs every container as a non-root user without privileges, within resource limits', () => {
    for (const workload of documents.filter((doc) => doc.kind === 'Deployment' || doc.kind === 'Job')) {
      const pod = workload.spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container(workload).securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      expect(container(workload).resources.requests).toBeDefined();
      expect(container(workload).resources.limits.memory).toMatch(/Mi$/);
    }
  });

  it('gives a worker pool only to services with a worker, one KEDA trigger per queue', () => {
    expect(documents.filter((doc) => doc.kind === 'ScaledObject').map((doc) => doc.metadata.name)).toEqual(['beta-claims-worker']);
    expect(find(documents, 'Deployment', 'alpha-worker')).toBeUndefined();
    expect(container(find(documents, 'Deployment', 'alpha')).env.map((variable: Doc) => variable.name)).not.toContain('JOBS_CONCURRENCY');
    const scaled = find(documents, 'ScaledObject', 'beta-claims-worker');
    expect(scaled.spec.triggers.map((trigger: Doc) => trigger.metadata)).toEqual([
      { listName: 'imis:claim-adjudication:wait', listLength: '20' },
      { listName: 'imis:claim-review:wait', listLength: '20' },
    ]);
    expect(waitListKey('custom', 'q')).toBe('custom:q:wait');
  });

  it('lists every file in the kustomization, which sets the namespace', () => {
    const kustomization = files[files.length - 1];
    expect(kustomization.path).toBe('kustomization.yaml');
    expect(kustomization.documents[0]).toMatchObject({ namespace: 'imis', resources: files.slice(0, -1).map((file) => file.path) });
  });

  describe('validation (the schemas bite)', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'imis-k8s-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('refuses documents that break the Kubernetes or KEDA schema, an unknown kind, and an unlisted file', () => {
      for (const file of files) writeFileSync(join(folder, file.path), renderManifestFile(file));
      expect(validateManifests(folder).errors).toEqual([]);
      const broken = [
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: bad}\nspec:\n  selector: {}\n  template:\n    spec:\n      containers:\n        - name: api\n          ports: [{containerPort: http}]\n',
        'apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: bad}\nspec:\n  minReplicaCount: "1"\n  triggers: [{type: redis, metadata: {listLength: 20}}]\n',
        'apiVersion: example.org/v1\nkind: Gadget\nmetadata: {name: bad}\n',
      ].join('---\n');
      writeFileSync(join(folder, 'extra.yaml'), broken);
      const { errors } = validateManifests(folder);
      expect(errors).toEqual([
        expect.stringMatching(/^extra\.yaml document 1 \(Deployment bad\): .*containerPort must be integer/),
        expect.stringMatching(/^extra\.yaml document 2 \(ScaledObject bad\): .*(scaleTargetRef|minReplicaCount)/),
        'extra.yaml document 3: no schema for example.org/v1 Gadget',
        'kustomization.yaml: extra.yaml is not listed in resources',
      ]);
    });
  });
});

describe('serviceJobQueues', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'imis-queues-'));
    mkdirSync(join(root, 'services/demo/src/modules'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the literal names of the queues a service declares, tests excluded', () => {
    writeFileSync(
      join(root, 'services/demo/src/modules/a.queue.ts'),
      "import { defineJobQueue } from '@imis/jobs';\nexport const a = defineJobQueue<{ id: string }>({\n  name: 'demo-b',\n  attempts: 3,\n});\nexport const b = defineJobQueue({ name: 'demo-a' });\n",
    );
    writeFileSync(join(root, 'services/demo/src/modules/a.queue.spec.ts'), "defineJobQueue({ name: 'not-this-one' });\n");
    expect(serviceJobQueues(root, 'demo')).toEqual(['demo-a', 'demo-b']);
  });

  it('refuses a queue whose name is not a literal', () => {
    writeFileSync(join(root, 'services/demo/src/modules/c.queue.ts'), "const NAME = 'x';\nexport const c = defineJobQueue({ name: NAME });\n");
    expect(() => serviceJobQueues(root, 'demo')).toThrow(/c\.queue\.ts: a defineJobQueue call without a literal name/);
  });
});
