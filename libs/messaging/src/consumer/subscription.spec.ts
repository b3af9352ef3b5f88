import {
  familyCreatedEvent,
  healthFacilityCreatedEvent,
  insureeCreatedEvent,
  insureeLifecycle,
  insureesImportedEvent,
  locationLifecycle,
  locationMovedEvent,
  officerCreatedEvent,
} from '@imis/contracts';
import { durableConsumerName, subscriptionOf } from './subscription';

describe('subscriptionOf', () => {
  it('filters one type by its own subject', () => {
    expect(subscriptionOf([insureeCreatedEvent])).toEqual({ sourceService: 'insuree', filterSubject: 'imis.insuree.insuree.created.v1' });
  });

  it('filters the events of one aggregate by the aggregate', () => {
    expect(subscriptionOf(locationLifecycle.contracts)).toEqual({ sourceService: 'location', filterSubject: 'imis.location.location.>' });
    expect(subscriptionOf([locationMovedEvent, locationMovedEvent]).filterSubject).toBe('imis.location.location.moved.v1');
  });

  it('filters events of several aggregates by the service (a batch event included)', () => {
    expect(subscriptionOf(insureeLifecycle.contracts).filterSubject).toBe('imis.insuree.>');
    expect(subscriptionOf([familyCreatedEvent, insureesImportedEvent]).filterSubject).toBe('imis.insuree.>');
  });

  it('refuses events of two services (two streams) and no events at all', () => {
    expect(() => subscriptionOf([healthFacilityCreatedEvent, officerCreatedEvent])).toThrow(/one service's stream, not location and identity/);
    expect(() => subscriptionOf([])).toThrow(/at least one/);
  });
});

describe('durableConsumerName', () => {
  it('prefixes the purpose with the consuming service', () => {
    expect(durableConsumerName('claim', 'insuree-projection')).toBe('claim-insuree-projection');
  });

  it('refuses names NATS or the naming rule would not take', () => {
    expect(() => durableConsumerName('claim', 'Insuree projection')).toThrow(/Invalid consumer purpose/);
    expect(() => durableConsumerName('claim.x', 'p')).toThrow(/Invalid service/);
  });
});
