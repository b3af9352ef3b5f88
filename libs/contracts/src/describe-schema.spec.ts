import { z } from 'zod';
import { describeSchema } from './describe-schema';
import { healthFacilityCreatedEvent } from './location/health-facility-created.event';

describe('describeSchema', () => {
  it('flattens nested objects and arrays with types and nullability', () => {
    const schema = z.object({
      id: z.string().uuid(),
      count: z.number().int().optional(),
      tags: z.array(z.string()),
      lines: z.array(z.object({ amount: z.number().nullable() })).describe('claim lines'),
    });
    expect(describeSchema(schema)).toEqual([
      { path: 'id', type: 'uuid', required: true, nullable: false, description: undefined },
      { path: 'count', type: 'integer', required: false, nullable: false, description: undefined },
      { path: 'tags', type: 'string[]', required: true, nullable: false, description: undefined },
      { path: 'lines', type: 'object[]', required: true, nullable: false, description: 'claim lines' },
      { path: 'lines[].amount', type: 'number', required: true, nullable: true, description: undefined },
    ]);
  });

  it('describes enums and dates of a real contract', () => {
    const fields = describeSchema(healthFacilityCreatedEvent.schema);
    expect(fields.find((field) => field.path === 'subLevel')).toMatchObject({ type: '"I" \\| "N" \\| "R"', nullable: true });
    expect(fields.find((field) => field.path === 'contractStartDate')).toMatchObject({ type: 'string', description: 'date YYYY-MM-DD' });
  });
});
