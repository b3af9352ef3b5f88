import { dlqStreamName, dlqSubject, serviceSubjects, streamName, subjectOf } from './naming';

describe('stream and subject names', () => {
  it('names a service stream with and without a prefix', () => {
    expect(streamName('', 'location')).toBe('LOCATION');
    expect(streamName('t1a2b3c4.', 'location')).toBe('T1A2B3C4_LOCATION');
    expect(streamName('', 'health-facility')).toBe('HEALTH_FACILITY');
    expect(serviceSubjects('t1.', 'location')).toBe('t1.imis.location.>');
  });

  it('prefixes event subjects and dead letters', () => {
    expect(subjectOf('', 'imis.location.location.created.v1')).toBe('imis.location.location.created.v1');
    expect(subjectOf('t1.', 'imis.location.location.created.v1')).toBe('t1.imis.location.location.created.v1');
    expect(dlqStreamName('t1.')).toBe('T1_DLQ');
    expect(dlqSubject('t1.', 'claim-location-projection')).toBe('t1.imis.dlq.claim-location-projection');
  });

  it('refuses names that would break subjects', () => {
    expect(() => streamName('T1.', 'location')).toThrow(/prefix/);
    expect(() => streamName('', 'loc.ation')).toThrow(/service/);
    expect(() => dlqSubject('', 'a>b')).toThrow(/consumer/);
  });
});
