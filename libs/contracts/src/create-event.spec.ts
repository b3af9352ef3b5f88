import { buildEvent, createEvent, parseEnvelope, parseEvent } from './create-event';
import { EventValidationError } from './event-validation.error';
import { locationCreatedEvent } from './location/location-created.event';
import { locationMovedEvent } from './location/location-moved.event';
import type { LocationState } from './location/location-fields';

const region = '0190f5a0-0000-7000-8000-000000000001';
const district = '0190f5a0-0000-7000-8000-000000000002';

const districtState: LocationState = {
  id: district,
  code: 'D1',
  name: 'Ouest',
  type: 'D',
  parentId: region,
  ancestorIds: [region],
  malePopulation: 10,
  femalePopulation: null,
  otherPopulation: null,
  families: 3,
  version: 1,
};

describe('createEvent', () => {
  it('builds a CloudEvents 1.0 envelope with a uuid v7 id', () => {
    const event = createEvent(locationCreatedEvent, { subject: district, data: districtState, correlationId: 'req-1' });
    expect(event).toMatchObject({
      specversion: '1.0',
      source: '/imis/location',
      type: 'imis.location.location.created.v1',
      subject: district,
      datacontenttype: 'application/json',
      data: districtState,
      correlationid: 'req-1',
    });
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(event.time).toISOString()).toBe(event.time);
    expect(event).not.toHaveProperty('causationid');
  });

  it('refuses data that breaks the contract, naming the field', () => {
    const bad = { ...districtState, type: 'X', ancestorIds: ['not-a-uuid'] } as unknown as LocationState;
    expect(() => createEvent(locationCreatedEvent, { subject: district, data: bad })).toThrow(EventValidationError);
    try {
      createEvent(locationCreatedEvent, { subject: district, data: bad });
    } catch (error) {
      expect((error as EventValidationError).issues.join('\n')).toMatch(/data\.type[\s\S]*data\.ancestorIds\.0/);
    }
  });
});

describe('buildEvent', () => {
  it('builds the same envelope as createEvent without checking the data (bulk producers check one event of many)', () => {
    const built = buildEvent(locationCreatedEvent, { subject: district, data: districtState, causationId: 'cause-1' });
    const { id, time, ...rest } = createEvent(locationCreatedEvent, { subject: district, data: districtState, causationId: 'cause-1' });
    expect(built).toEqual({ ...rest, id: built.id, time: built.time });
    expect(built.id).not.toBe(id);
    const bad = { ...districtState, type: 'X' } as unknown as LocationState;
    expect(buildEvent(locationCreatedEvent, { subject: district, data: bad }).data).toBe(bad);
  });
});

describe('parseEvent', () => {
  it('round-trips through JSON bytes', () => {
    const event = createEvent(locationCreatedEvent, { subject: district, data: districtState });
    const bytes = new TextEncoder().encode(JSON.stringify(event));
    expect(parseEvent(locationCreatedEvent, bytes)).toEqual(event);
  });

  it('refuses an event of another type', () => {
    const event = createEvent(locationCreatedEvent, { subject: district, data: districtState });
    expect(() => parseEvent(locationMovedEvent, event)).toThrow(/expected imis.location.location.moved.v1/);
  });

  it('refuses a broken envelope or non-JSON input', () => {
    const event = createEvent(locationCreatedEvent, { subject: district, data: districtState });
    expect(() => parseEnvelope({ ...event, specversion: '0.3' })).toThrow(EventValidationError);
    expect(() => parseEnvelope({ ...event, id: 'x' })).toThrow(/id/);
    expect(() => parseEnvelope('{not json')).toThrow(/not JSON/);
  });
});

describe('envelope time', () => {
  it('accepts ISO date-times with an offset and refuses impossible ones', () => {
    const event = createEvent(locationCreatedEvent, { subject: district, data: districtState });
    expect(parseEnvelope({ ...event, time: '2025-01-31T10:00:00+03:00' }).time).toBe('2025-01-31T10:00:00+03:00');
    expect(() => parseEnvelope({ ...event, time: '2025-13-45T10:00:00Z' })).toThrow(/time/);
    expect(() => parseEnvelope({ ...event, time: '2025-01-31' })).toThrow(/time/);
  });
});
