import { hiveLogLevel, makeLogLevelEnvHiveSafe, refusalCode } from './hive-pino-logger';

describe('Hive log level', () => {
  it('rewrites the levels Hive loggers refuse in the environment (they read LOG_LEVEL themselves)', () => {
    for (const level of ['silent', 'fatal']) {
      const env: NodeJS.ProcessEnv = { LOG_LEVEL: level };
      makeLogLevelEnvHiveSafe(env);
      expect(env.LOG_LEVEL).toBe('error');
    }
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'debug' };
    makeLogLevelEnvHiveSafe(env);
    expect(env.LOG_LEVEL).toBe('debug');
  });

  it('logs at most as much as the process', () => {
    expect(hiveLogLevel('silent')).toBe(false);
    expect(hiveLogLevel('fatal')).toBe('error');
    expect(hiveLogLevel('warn')).toBe('warn');
  });
});

describe('refusalCode', () => {
  it('names UNAUTHENTICATED and FORBIDDEN errors, nothing else', () => {
    expect(refusalCode({ message: 'no', extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] } })).toBe('FORBIDDEN');
    expect(refusalCode({ extensions: { code: 'UNAUTHENTICATED' } })).toBe('UNAUTHENTICATED');
    expect(refusalCode({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toBeUndefined();
    expect(refusalCode(undefined)).toBeUndefined();
    expect(refusalCode([1, 2])).toBeUndefined();
  });
});
