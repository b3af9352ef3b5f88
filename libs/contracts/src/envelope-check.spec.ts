import { cloudEventEnvelopeSchema } from './cloud-event';
import { checkEnvelope } from './envelope-check';

const valid = {
  specversion: '1.0',
  id: '0190f5a0-0000-7000-8000-000000000001',
  source: '/imis/location',
  type: 'imis.location.location.created.v1',
  time: '2025-01-31T10:00:00.123Z',
  subject: 'abc',
  datacontenttype: 'application/json',
  data: { any: 'thing' },
  correlationid: 'req-1',
};

describe('checkEnvelope (fast path) agrees with the zod envelope schema', () => {
  const variants: [string, Record<string, unknown>][] = [
    ['valid', valid],
    ['without optional attributes', { ...valid, correlationid: undefined }],
    ['with an extension attribute', { ...valid, traceparent: 'x' }],
    ['wrong specversion', { ...valid, specversion: '1' }],
    ['bad id', { ...valid, id: 'nope' }],
    ['bad source', { ...valid, source: 'location' }],
    ['bad type', { ...valid, type: 'location.created' }],
    ['bad time', { ...valid, time: '2025-02-30T99:00:00Z' }],
    ['date only', { ...valid, time: '2025-01-31' }],
    ['empty subject', { ...valid, subject: '' }],
    ['long subject', { ...valid, subject: 'x'.repeat(201) }],
    ['other content type', { ...valid, datacontenttype: 'text/plain' }],
    ['no data', { ...valid, data: undefined }],
    ['numeric correlation id', { ...valid, correlationid: 5 }],
  ];

  it.each(variants)('%s', (_name, value) => {
    const input = JSON.parse(JSON.stringify(value));
    const zod = cloudEventEnvelopeSchema.safeParse(input);
    const fast = checkEnvelope(input);
    expect(fast !== undefined).toBe(zod.success && 'data' in input);
    if (fast && zod.success) expect(fast).toEqual(zod.data);
  });
});
