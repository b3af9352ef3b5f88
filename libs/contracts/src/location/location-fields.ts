import { z } from 'zod';

export const uuid = () => z.string().uuid();
export const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').describe('date YYYY-MM-DD');
const population = () => z.number().int().nonnegative().nullable();
export const version = () => z.number().int().positive().describe('version of the aggregate after this change');

export const locationTypeSchema = z.enum(['R', 'D', 'W', 'V']).describe('R region, D district, W municipality, V village');

/** Full state of a location, carried by `created` and `updated`. */
export const locationStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1),
  name: z.string().min(1),
  type: locationTypeSchema,
  parentId: uuid().nullable().describe('null only for a region'),
  ancestorIds: z.array(uuid()).describe('ancestors, root first, excluding the location itself'),
  malePopulation: population(),
  femalePopulation: population(),
  otherPopulation: population(),
  families: population(),
  version: version(),
});

export type LocationState = z.infer<typeof locationStateSchema>;
export type LocationType = z.infer<typeof locationTypeSchema>;
