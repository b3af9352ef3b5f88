import type { DynamicModule, INestApplication } from '@nestjs/common';
import { serviceEnvSchema, servicePort } from '@imis/config';
import { defineService } from './service-descriptor';

const definition = {
  port: 4010,
  envSchema: serviceEnvSchema.extend({ PORT: servicePort(4010) }),
  persistence: { entities: [], migrations: [] },
  subgraph: (): DynamicModule => ({ module: class SampleApiModule {} }),
  app: (): Promise<INestApplication> => Promise.reject(new Error('not built in a unit test')),
};

describe('service descriptor', () => {
  it('names the database and the stream after the service', () => {
    const service = defineService({ ...definition, name: 'claim-review' });
    expect(service).toMatchObject({ name: 'claim-review', port: 4010, database: 'imis_claim_review', stream: 'CLAIM_REVIEW' });
  });

  it('refuses a name that is not lowercase kebab-case', () => {
    expect(() => defineService({ ...definition, name: 'ClaimReview' })).toThrow('Invalid service name "ClaimReview"');
  });
});
