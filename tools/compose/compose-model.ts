import { parse } from 'yaml';

/** A service of a compose file, as far as the checks read it (the merge keys `<<` resolved). */
export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string[];
  user?: string | number;
  restart?: string;
  profiles?: string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  secrets?: (string | { source: string; target?: string; mode?: number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  ports?: (string | number | { published?: string | number; host_ip?: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  deploy?: { replicas?: number | string; resources?: { limits?: { cpus?: string | number; memory?: string } } };
  logging?: { driver?: string; options?: Record<string, string | number> };
  cap_drop?: string[];
  security_opt?: string[];
  container_name?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { environment?: string; file?: string }>;
  volumes?: Record<string, unknown>;
}

/** The compose file as Docker Compose reads it: YAML 1.1 (merge keys, 0444 as octal). */
export function parseCompose(text: string): ComposeFile {
  return parse(text, { version: '1.1', merge: true, maxAliasCount: -1 }) as ComposeFile;
}

export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env) ? env.map((line) => line.split(/=(.*)/s, 2) as [string, string?]) : Object.entries(env);
  return Object.fromEntries(entries.map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]));
}

/** The secrets granted to the service: source name → file mode (0444 when not given, as compose mounts files). */
export function secretsOf(service: ComposeService): Map<string, number | undefined> {
  return new Map((service.secrets ?? []).map((secret) => (typeof secret === 'string' ? [secret, undefined] : [secret.source, secret.mode])));
}

/** Mounts as source → target; a named volume's source is its name, a bind mount's a path. */
export function mountsOf(service: ComposeService): { source: string; target: string }[] {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume !== 'string') return { source: volume.source ?? '', target: volume.target };
    const [source, target] = volume.split(':');
    return { source, target };
  });
}

export function dependenciesOf(service: ComposeService): Map<string, string> {
  const dependsOn = service.depends_on ?? [];
  if (Array.isArray(dependsOn)) return new Map(dependsOn.map((name) => [name, 'service_started']));
  return new Map(Object.entries(dependsOn).map(([name, { condition }]) => [name, condition ?? 'service_started']));
}

export function healthcheckOf(service: ComposeService): string {
  const test = service.healthcheck?.disable ? undefined : service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

/** A one-shot container (migrations): compose waits for it to finish rather than for it to be healthy. */
export function isOneShot(service: ComposeService): boolean {
  return service.restart === 'no';
}

/** `${NAME:-default}` and friends in the text: name and the operator that follows it ('' when bare). */
export function interpolations(text: string): { name: string; operator: string }[] {
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?[^}]*\}/g)].map((match) => ({ name: match[1], operator: match[2] ?? '' }));
}
