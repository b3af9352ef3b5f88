import { z } from 'zod';
import { blankAsUnset, resolveSecretFiles } from './index';

const files: Record<string, string> = {
  '/run/secrets/db': 's3cret\n',
  '/run/secrets/crlf': 'windows\r\n',
  '/run/secrets/lines': 'two\nlines\n\n',
};
const read = (path: string): string => {
  if (path in files) return files[path];
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
};

describe('resolveSecretFiles', () => {
  it('reads X_FILE into X, dropping one trailing line break', () => {
    const { env, issues } = resolveSecretFiles({ DATABASE_PASSWORD_FILE: '/run/secrets/db', B_FILE: '/run/secrets/crlf', C_FILE: '/run/secrets/lines' }, undefined, read);
    expect(issues).toEqual([]);
    expect(env).toMatchObject({ DATABASE_PASSWORD: 's3cret', B: 'windows', C: 'two\nlines\n' });
  });

  it('resolves only the variables named, and treats an empty X_FILE as unset', () => {
    const { env, issues } = resolveSecretFiles({ A_FILE: '/run/secrets/db', LOG_FILE: '/var/log/elsewhere', B_FILE: '' }, new Set(['A', 'B']), read);
    expect(issues).toEqual([]);
    expect(env.A).toBe('s3cret');
    expect(env).not.toHaveProperty('LOG');
    expect(env).not.toHaveProperty('B');
  });

  it('refuses X and X_FILE together, and a file that cannot be read', () => {
    const { env, issues } = resolveSecretFiles({ A: 'plain', A_FILE: '/run/secrets/db', B_FILE: '/run/secrets/missing' }, undefined, read);
    expect(issues).toEqual(['A_FILE: A is set too; set only one of them', 'B_FILE: cannot read /run/secrets/missing (ENOENT)']);
    expect(env.A).toBe('plain');
    expect(env).not.toHaveProperty('B');
  });

  it('leaves the environment it was given unchanged', () => {
    const given = { A_FILE: '/run/secrets/db' };
    resolveSecretFiles(given, undefined, read);
    expect(given).toEqual({ A_FILE: '/run/secrets/db' });
  });
});

describe('blankAsUnset', () => {
  const schema = z.object({ NAME: blankAsUnset(z.string().min(1)) });

  it('reads an empty value as unset and keeps a real one', () => {
    expect(schema.parse({ NAME: '' })).toEqual({});
    expect(schema.parse({})).toEqual({});
    expect(schema.parse({ NAME: 'admin' })).toEqual({ NAME: 'admin' });
  });
});
