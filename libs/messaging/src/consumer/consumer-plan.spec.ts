import { familyCreatedEvent, insureeCreatedEvent, insureeLifecycle, insureeUpdatedEvent, locationCreatedEvent } from '@imis/contracts';
import { planConsumer } from './consumer-plan';

describe('planConsumer', () => {
  it('derives the durable name, the stream and the filter subject from the service and the contracts', () => {
    const plan = planConsumer(
      'policy',
      { purpose: 'insuree-projection', covers: [insureeLifecycle], handlers: [{ method: 'apply', sources: [insureeLifecycle, familyCreatedEvent] }] },
      'Projection',
    );
    expect(plan).toMatchObject({ name: 'policy-insuree-projection', sourceService: 'insuree', filterSubject: 'imis.insuree.>' });
    expect(plan.routes.map((route) => route.contract.type).sort()).toEqual([...insureeLifecycle.contracts, familyCreatedEvent].map((contract) => contract.type).sort());
    expect(new Set(plan.routes.map((route) => route.method))).toEqual(new Set(['apply']));
  });

  it('routes each contract to its own method', () => {
    const plan = planConsumer('claim', { purpose: 'insurees', handlers: [{ method: 'created', sources: [insureeCreatedEvent] }, { method: 'updated', sources: [insureeUpdatedEvent] }] }, 'X');
    expect(plan.routes.map((route) => [route.contract.type, route.method])).toEqual([
      [insureeCreatedEvent.type, 'created'],
      [insureeUpdatedEvent.type, 'updated'],
    ]);
    expect(plan.filterSubject).toBe('imis.insuree.insuree.>');
  });

  it('refuses a consumer that covers a group without handling all of it', () => {
    expect(() => planConsumer('policy', { purpose: 'insurees', covers: [insureeLifecycle], handlers: [{ method: 'created', sources: [insureeCreatedEvent] }] }, 'Partial')).toThrow(
      /Partial covers every event that creates, changes or deletes an insuree but has no handler for imis.insuree.insuree.updated.v1, .*imis.insuree.import.batch-created.v1/,
    );
  });

  it('refuses two handlers of one contract, no handler at all, and two source streams', () => {
    const twice = [{ method: 'a', sources: [insureeCreatedEvent] }, { method: 'b', sources: [insureeLifecycle] }];
    expect(() => planConsumer('policy', { purpose: 'p', handlers: twice }, 'Twice')).toThrow(/Twice: imis.insuree.insuree.created.v1 is handled by both a\(\) and b\(\)/);
    expect(() => planConsumer('policy', { purpose: 'p', handlers: [] }, 'Empty')).toThrow(/consumer policy-p has no @OnEvent/);
    expect(() => planConsumer('policy', { purpose: 'p', handlers: [{ method: 'a', sources: [insureeCreatedEvent, locationCreatedEvent] }] }, 'Mixed')).toThrow(/one consumer per source service/);
  });
});
