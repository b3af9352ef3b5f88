import { reprefixHeader, reprefixSubject } from './event-prefix';

describe('event prefix of restored streams', () => {
  it('moves a subject from the backup’s prefix to the restore’s, either may be empty', () => {
    expect(reprefixSubject('t1.imis.location.location.created', 't1.', 't2.')).toBe('t2.imis.location.location.created');
    expect(reprefixSubject('imis.insuree.>', '', 'r9.')).toBe('r9.imis.insuree.>');
    expect(reprefixSubject('t1.imis.dlq.policy-insuree-projection', 't1.', '')).toBe('imis.dlq.policy-insuree-projection');
  });

  it('refuses a subject outside the backup’s prefix', () => {
    expect(() => reprefixSubject('other.imis.location.>', 't1.', 't2.')).toThrow('is not under the backup\'s event prefix "t1."');
  });

  it('moves the original subject and stream that a dead letter names, and leaves other headers alone', () => {
    const streams = new Map([['T1_INSUREE', 'T2_INSUREE']]);
    expect(reprefixHeader('Imis-Original-Subject', 't1.imis.insuree.insuree.created', 't1.', 't2.', streams)).toBe('t2.imis.insuree.insuree.created');
    expect(reprefixHeader('Imis-Original-Stream', 'T1_INSUREE', 't1.', 't2.', streams)).toBe('T2_INSUREE');
    expect(reprefixHeader('Nats-Msg-Id', 't1.x', 't1.', 't2.', streams)).toBe('t1.x');
    expect(reprefixHeader('Imis-Original-Stream', 'T1_INSUREE', 't1.', 't1.', streams)).toBe('T1_INSUREE');
  });
});
