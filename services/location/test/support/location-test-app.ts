import { loadConfig } from '@imis/config';
import { ServiceTestApp, TestAuthority, type GraphQLData, type GraphQLResponse, type PublishedEvent, type TestUser } from '@imis/testing';
import { locationEnvSchema } from '../../src/config/location.config';
import { createLocationApp } from '../../src/location-app';

export type { GraphQLData, GraphQLResponse, PublishedEvent, TestUser };

/** The user the tests act as unless they say otherwise: an IMIS Administrator (every right, everywhere). */
export const ADMINISTRATOR = { id: '0190e0c0-0000-7000-8000-00000000ad01', username: 'admin', admin: true } as const satisfies TestUser;

const TABLES = ['location', 'health_facility', 'history', 'outbox', 'client_mutation'] as const;
type Table = (typeof TABLES)[number];

/**
 * The location service in-process on a random port, with its own database and event prefix, trusting the
 * keys of a TestAuthority (AUTH_JWKS) that signs the tests' tokens; plus what the tests look at behind its
 * back: table counts and the JetStream stream. Every request carries a token: the given user's, else the
 * administrator's; `null` sends none.
 */
export class LocationTestApp {
  private readonly tokens = new Map<TestUser, Promise<string>>();

  private constructor(
    readonly service: ServiceTestApp,
    readonly authority: TestAuthority,
  ) {}

  static async start(): Promise<LocationTestApp> {
    const authority = await TestAuthority.create();
    const service = await ServiceTestApp.start('location', (env) => createLocationApp(loadConfig(locationEnvSchema, env)), {
      AUTH_JWKS: authority.jwks,
    });
    return new LocationTestApp(service, authority);
  }

  get url(): string {
    return this.service.url;
  }

  get prefix(): string {
    return this.service.prefix;
  }

  /** `{ authorization: 'Bearer …' }` for the user (one token per user object, signed once). */
  async headers(user: TestUser | null = ADMINISTRATOR): Promise<Record<string, string>> {
    if (user === null) return {};
    let token = this.tokens.get(user);
    if (!token) this.tokens.set(user, (token = this.authority.token(user)));
    return { authorization: `Bearer ${await token}` };
  }

  async graphql<T = GraphQLData>(query: string, variables?: Record<string, unknown>, as: TestUser | null = ADMINISTRATOR): Promise<GraphQLResponse<T>> {
    return this.service.graphql<T>(query, variables, await this.headers(as));
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = GraphQLData>(query: string, variables?: Record<string, unknown>, as: TestUser = ADMINISTRATOR): Promise<T> {
    return this.service.data<T>(query, variables, await this.headers(as));
  }

  async count(table: Table): Promise<number> {
    return (await this.service.counts([table]))[table];
  }

  query<R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
    return this.service.query<R>(text, values);
  }

  /** Table sizes, to check that a refused mutation wrote nothing. */
  counts(): Promise<Record<string, number>> {
    return this.service.counts(TABLES);
  }

  /** Every event in the service's stream, once at least `atLeast` have been published by the relay. */
  publishedEvents(atLeast: number, timeoutMs?: number): Promise<PublishedEvent[]> {
    return this.service.publishedEvents(atLeast, timeoutMs);
  }

  close(): Promise<void> {
    return this.service.close();
  }
}
