import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ConfigError, loadConfig, serviceEnvSchema } from '@imis/config';

describe('loadConfig with secret files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imis-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a variable of the schema from the file X_FILE names', () => {
    const path = join(dir, 'database_password');
    writeFileSync(path, 'from-a-file\n', { mode: 0o400 });
    const config = loadConfig(serviceEnvSchema, { DATABASE_PASSWORD_FILE: path, NATS_URL: 'nats://nats:4222' });
    expect(config.DATABASE_PASSWORD).toBe('from-a-file');
    expect(config.NATS_URL).toBe('nats://nats:4222');
  });

  it('refuses to start when the file is missing, with the schema’s own issues', () => {
    const missing = join(dir, 'missing');
    let error: unknown;
    try {
      loadConfig(serviceEnvSchema, { DATABASE_PASSWORD_FILE: missing, DATABASE_URL: 'not a url' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([`DATABASE_PASSWORD_FILE: cannot read ${missing} (ENOENT)`, 'DATABASE_URL: Invalid url']);
  });
});
