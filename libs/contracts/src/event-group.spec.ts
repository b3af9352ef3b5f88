import { z } from 'zod';
import { defineEvent, type EventContract } from './event-contract';
import { contractsOf, defineEventGroup, isEventOf } from './event-group';
import { claimAdminStateSchema, officerStateSchema, userStateSchema } from './identity/identity-fields';
import { familyStateSchema, insureeStateSchema } from './insuree/insuree-fields';
import { insureeLifecycle } from './insuree/insuree-lifecycle.groups';
import { insureeCreatedEvent } from './insuree/insuree-created.event';
import { insureesImportedEvent } from './insuree/insurees-imported.event';
import { healthFacilityStateSchema } from './location/health-facility-fields';
import { locationStateSchema } from './location/location-fields';
import { allEventContracts, allEventGroups } from './registry';

/** The full state of each aggregate, as events carry it: an event carrying one changes that aggregate. */
const stateSchemas: [string, z.AnyZodObject][] = [
  ['location', locationStateSchema],
  ['health-facility', healthFacilityStateSchema],
  ['user', userStateSchema],
  ['officer', officerStateSchema],
  ['claim-admin', claimAdminStateSchema],
  ['family', familyStateSchema],
  ['insuree', insureeStateSchema],
];

/** Aggregates whose full state the schema carries anywhere inside it (arrays of states included). */
function statesCarried(schema: z.ZodTypeAny): string[] {
  const found = new Set<string>();
  const visit = (node: z.ZodTypeAny): void => {
    if (node instanceof z.ZodNullable || node instanceof z.ZodOptional) return visit(node.unwrap());
    if (node instanceof z.ZodArray) return visit(node.element);
    if (!(node instanceof z.ZodObject)) return;
    const keys = Object.keys(node.shape).sort().join();
    for (const [aggregate, state] of stateSchemas) if (Object.keys(state.shape).sort().join() === keys) found.add(aggregate);
    for (const child of Object.values(node.shape as Record<string, z.ZodTypeAny>)) visit(child);
  };
  visit(schema);
  return [...found];
}

const key = (service: string, aggregate: string) => `${service}.${aggregate}`;

describe('lifecycle groups', () => {
  it.each(allEventGroups.map((group) => [key(group.service, group.aggregate), group] as const))(
    '%s holds every event of the registry that changes that aggregate, and only those',
    (_name, group) => {
      const expected = allEventContracts.filter((contract) => contract.service === group.service && contract.changes.includes(group.aggregate));
      expect(group.contracts.map((contract) => contract.type).sort()).toEqual(expected.map((contract) => contract.type).sort());
    },
  );

  it('exist for every aggregate an event changes', () => {
    const grouped = new Set(allEventGroups.map((group) => key(group.service, group.aggregate)));
    const changed = new Set(allEventContracts.flatMap((contract) => contract.changes.map((aggregate) => key(contract.service, aggregate))));
    expect([...changed].filter((aggregate) => !grouped.has(aggregate))).toEqual([]);
  });

  it('are fed by every event that carries the state of their aggregate (a batch event declares what it changes)', () => {
    const undeclared = allEventContracts.flatMap((contract) =>
      statesCarried(contract.schema)
        .filter((aggregate) => !contract.changes.includes(aggregate))
        .map((aggregate) => `${contract.type} carries ${aggregate} states`),
    );
    expect(undeclared).toEqual([]);
    expect(statesCarried(insureesImportedEvent.schema).sort()).toEqual(['family', 'insuree']);
  });

  it('include the bulk import in the insuree group', () => {
    expect(insureeLifecycle.contracts).toContain(insureesImportedEvent);
  });

  it('refuse an event that does not change their aggregate', () => {
    const other = defineEvent({ type: 'imis.insuree.family.archived.v1', description: 'x', schema: z.object({}) });
    expect(() => defineEventGroup({ service: 'insuree', aggregate: 'insuree', description: 'x', contracts: [insureeCreatedEvent, other] })).toThrow(
      /imis.insuree.family.archived.v1 does not change insuree insurees/,
    );
  });

  it('expand to their contracts, each once, and narrow events by contract', () => {
    const contracts: EventContract<unknown>[] = contractsOf([insureeCreatedEvent, insureeLifecycle]);
    expect(contracts).toHaveLength(insureeLifecycle.contracts.length);
    const event = { type: insureeCreatedEvent.type } as never;
    expect(isEventOf(event, insureeCreatedEvent)).toBe(true);
    expect(isEventOf(event, insureesImportedEvent)).toBe(false);
  });
});
