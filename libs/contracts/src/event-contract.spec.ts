import { z } from 'zod';
import { defineEvent } from './event-contract';
import { parseEventType } from './event-type';
import { allEventContracts } from './registry';

describe('defineEvent', () => {
  it('splits the type into service, aggregate, event and version', () => {
    const contract = defineEvent({ type: 'imis.insuree.family.created.v2', description: 'x', schema: z.object({}) });
    expect(contract).toMatchObject({ service: 'insuree', aggregate: 'family', event: 'created', version: 2 });
  });

  it.each(['imis.insuree.family.created', 'insuree.family.created.v1', 'imis.Insuree.family.created.v1', 'imis.insuree.family.created.v0'])(
    'refuses the badly named type %s',
    (type) => {
      expect(() => defineEvent({ type, description: 'x', schema: z.object({}) })).toThrow(/Invalid event type/);
    },
  );

  it('changes its own aggregate unless it says which ones', () => {
    expect(defineEvent({ type: 'imis.insuree.family.created.v1', description: 'x', schema: z.object({}) }).changes).toEqual(['family']);
    const batch = defineEvent({ type: 'imis.insuree.import.batch-created.v9', description: 'x', schema: z.object({}), changes: ['family', 'insuree'] });
    expect(batch.changes).toEqual(['family', 'insuree']);
  });

  it('accepts kebab-case names', () => {
    expect(parseEventType('imis.location.health-facility.created.v1').aggregate).toBe('health-facility');
  });
});

describe('allEventContracts', () => {
  it('lists each type once, with a description', () => {
    const types = allEventContracts.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toContain('imis.location.location.moved.v1');
    expect(allEventContracts.every((contract) => contract.description.length > 0)).toBe(true);
  });
});
