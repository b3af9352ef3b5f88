import { z } from 'zod';
import { ConfigError, loadConfig, serviceEnvSchema } from './index';

describe('loadConfig', () => {
  it('applies defaults for a service', () => {
    const config = loadConfig(serviceEnvSchema, {});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/postgres');
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.EVENT_PREFIX).toBe('');
    expect(config.MIGRATE_ON_START).toBe(false);
  });

  it('coerces numbers and flags', () => {
    const config = loadConfig(serviceEnvSchema, { OUTBOX_BATCH_SIZE: '50', MIGRATE_ON_START: 'true' });
    expect(config.OUTBOX_BATCH_SIZE).toBe(50);
    expect(config.MIGRATE_ON_START).toBe(true);
  });

  it('fails fast naming every bad variable', () => {
    const schema = serviceEnvSchema.extend({ PORT: z.coerce.number().int().max(65535) });
    let error: unknown;
    try {
      loadConfig(schema, { PORT: '99999', DATABASE_URL: 'not a url', EVENT_PREFIX: 'Bad' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('EVENT_PREFIX');
    expect((error as ConfigError).issues).toHaveLength(3);
  });
});
