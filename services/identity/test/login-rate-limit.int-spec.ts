import type { ServiceTestApp } from '@imis/testing';
import { createUser, GOOD_PASSWORD, LOGIN, startAuthWorld } from './support/auth-fixtures';

describe('identity: login rate limit per client address', () => {
  let identity: ServiceTestApp;

  beforeAll(async () => {
    const world = await startAuthWorld({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', LOGIN_MAX_FAILURES: '100' });
    identity = world.identity;
    await createUser(world, { username: 'busy' });
  });
  afterAll(() => identity.close());

  // As the gateway forwards it: what the client sent (here a different made-up address each time), then the peer it saw.
  let spoofed = 0;
  const attempt = async (password: string, address: string) => {
    const forwardedFor = `192.0.2.${++spoofed}, ${address}`;
    return (await identity.data(LOGIN, { input: { username: 'busy', password } }, { 'x-forwarded-for': forwardedFor })).login;
  };

  it('refuses the attempts of an address over the limit, even with the right password or a spoofed X-Forwarded-For, telling how long to wait', async () => {
    // Stay inside one clock minute, so that the window does not reset halfway.
    const secondsIntoMinute = new Date().getUTCSeconds();
    if (secondsIntoMinute > 50) await new Promise((resolve) => setTimeout(resolve, (61 - secondsIntoMinute) * 1000));
    for (let i = 0; i < 2; i++) expect((await attempt('Wrong-password-1', '203.0.113.9')).errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await attempt(GOOD_PASSWORD, '203.0.113.9')).errors).toEqual([]);
    const limited = await attempt(GOOD_PASSWORD, '203.0.113.9');
    expect(limited.accessToken).toBeNull();
    expect(limited.errors[0]).toMatchObject({ code: 'LOGIN_RATE_LIMITED', message: expect.stringMatching(/try again in \d+ seconds/) });
    const seconds = Number(/in (\d+) seconds/.exec(limited.errors[0].message)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);

    expect((await attempt(GOOD_PASSWORD, '198.51.100.4')).errors).toEqual([]);
  });

  it('keeps its counters under the event prefix of the process', async () => {
    const Redis = (await import('ioredis')).default;
    const redis = new Redis(identity.env.REDIS_URL);
    try {
      const keys = await redis.keys(`${identity.prefix}identity:login-rate:*`);
      expect(keys.some((key) => key.endsWith(':203.0.113.9'))).toBe(true);
    } finally {
      redis.disconnect();
    }
  });
});

describe('identity: X-Forwarded-For from a peer that is not a trusted proxy', () => {
  let identity: ServiceTestApp;

  beforeAll(async () => {
    // The test client connects from loopback, which is not in this list: it is a client reaching identity directly.
    const world = await startAuthWorld({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', LOGIN_MAX_FAILURES: '100', TRUSTED_PROXIES: '10.0.0.0/8' });
    identity = world.identity;
    await createUser(world, { username: 'direct' });
  });
  afterAll(() => identity.close());

  it('does not change the rate-limit key: a forged address per attempt is still limited by the peer address', async () => {
    const secondsIntoMinute = new Date().getUTCSeconds();
    if (secondsIntoMinute > 50) await new Promise((resolve) => setTimeout(resolve, (61 - secondsIntoMinute) * 1000));
    const attempt = async (forged: string) =>
      (await identity.data(LOGIN, { input: { username: 'direct', password: GOOD_PASSWORD } }, { 'x-forwarded-for': forged })).login;
    // Four attempts, each claiming another address, over a limit of three per address: the last one is refused
    // (the third already is if the administrator's sign-in in startAuthWorld fell in this same minute).
    const answers = [];
    for (const forged of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) answers.push(await attempt(forged));
    expect(answers[0].errors).toEqual([]);
    expect(answers[3].errors[0]).toMatchObject({ code: 'LOGIN_RATE_LIMITED' });

    const Redis = (await import('ioredis')).default;
    const redis = new Redis(identity.env.REDIS_URL);
    try {
      const keys = await redis.keys(`${identity.prefix}identity:login-rate:*`);
      expect(keys.some((key) => key.includes('198.51.100.'))).toBe(false);
      expect(keys.some((key) => /:(127\.0\.0\.1|::1)$/.test(key))).toBe(true);
    } finally {
      redis.disconnect();
    }
  });
});
