import { AckPolicy, DeliverPolicy, ReplayPolicy, type ConsumerConfig } from '@nats-io/jetstream';
import { consumerConfig } from './jetstream-restore';

describe('a durable consumer restored at its position', () => {
  const saved: ConsumerConfig = {
    name: 'policy-insuree-projection',
    durable_name: 'policy-insuree-projection',
    ack_policy: AckPolicy.Explicit,
    replay_policy: ReplayPolicy.Instant,
    deliver_policy: DeliverPolicy.All,
    filter_subject: 't1.imis.insuree.>',
    max_deliver: 5,
    ack_wait: 30_000_000_000,
    max_ack_pending: 1000,
  };

  it('delivers from just after its acknowledgement floor, keeping its name, limits and filter under the new prefix', () => {
    expect(consumerConfig({ config: saved, ackFloor: 41, numPending: 3, numAckPending: 1 }, { from: 't1.', to: 't2.' })).toEqual({
      ...saved,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: 42,
      filter_subject: 't2.imis.insuree.>',
    });
  });

  it('starts a consumer that never acknowledged anything at the first message, and drops a saved start time', () => {
    const config = consumerConfig({ config: { ...saved, deliver_policy: DeliverPolicy.StartTime, opt_start_time: '2026-01-01T00:00:00Z' }, ackFloor: 0, numPending: 0, numAckPending: 0 }, { from: 't1.', to: 't1.' });
    expect(config).toMatchObject({ deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: 1, filter_subject: 't1.imis.insuree.>' });
    expect(config).not.toHaveProperty('opt_start_time');
  });
});
