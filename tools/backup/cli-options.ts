import { parseArgs } from 'util';

/** Where each part goes or comes from, when not the platform's defaults. */
export interface Overrides {
  /** Database name by service (default `imis_<service>`). */
  databases: Map<string, string>;
  /** Directory by `<service>.<VARIABLE>` (default: the variable in the environment, else the service's default). */
  directories: Map<string, string>;
  /** Event prefix (default EVENT_PREFIX). */
  prefix?: string;
}

export interface BackupOptions extends Overrides {
  /** The directory the backup's own directory is made in. */
  out: string;
}

export interface RestoreOptions extends Overrides {
  from: string;
  /** Replace databases, streams and directories that are not empty. */
  force: boolean;
  /** Objects owned by the restoring user instead of their saved owners (pg_restore --no-owner). */
  noOwner: boolean;
}

const PAIR_OPTIONS = {
  database: { type: 'string', multiple: true },
  directory: { type: 'string', multiple: true },
  prefix: { type: 'string' },
} as const;

export function backupOptions(args: string[], env: NodeJS.ProcessEnv): BackupOptions {
  const { values } = parseArgs({ args, options: { ...PAIR_OPTIONS, out: { type: 'string' } }, strict: true });
  return { ...overrides(values, env), out: values.out ?? env.BACKUP_DIR ?? 'var/backups' };
}

export function restoreOptions(args: string[], env: NodeJS.ProcessEnv): RestoreOptions {
  const { values, positionals } = parseArgs({
    args,
    options: { ...PAIR_OPTIONS, force: { type: 'boolean', default: false }, 'no-owner': { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new Error('usage: npm run restore -- <backup directory> [--database <service>=<name>] [--directory <service>.<VARIABLE>=<path>] [--prefix <p.>] [--force] [--no-owner]');
  return { ...overrides(values, env), from: positionals[0], force: values.force ?? false, noOwner: values['no-owner'] ?? false };
}

function overrides(values: { database?: string[]; directory?: string[]; prefix?: string }, env: NodeJS.ProcessEnv): Overrides {
  const prefix = values.prefix ?? env.EVENT_PREFIX;
  if (prefix !== undefined && !/^([a-z0-9]+\.)?$/.test(prefix)) throw new Error(`event prefix "${prefix}": empty or a lowercase word and a dot, e.g. "t1."`);
  return {
    databases: pairs(values.database ?? [], '--database', /^[a-z][a-z0-9-]*$/, /^[a-z_][a-z0-9_]*$/, '<service>=<database name>'),
    directories: pairs(values.directory ?? [], '--directory', /^[a-z][a-z0-9-]*\.[A-Z][A-Z0-9_]*$/, /./, '<service>.<VARIABLE>=<path>'),
    ...(prefix !== undefined ? { prefix } : {}),
  };
}

function pairs(items: string[], option: string, key: RegExp, value: RegExp, shape: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const item of items) {
    const at = item.indexOf('=');
    const [name, given] = at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
    if (!key.test(name) || !value.test(given)) throw new Error(`${option} ${item}: expected ${shape}`);
    if (result.has(name)) throw new Error(`${option} ${name} given twice`);
    result.set(name, given);
  }
  return result;
}
