import { z } from 'zod';

/**
 * Where a user may see and change records, before expansion to descendants:
 * - `everywhere`: the IMIS Administrator;
 * - otherwise the union of the user's districts, its claim-administrator facility's district (`districtIds`)
 *   and, as an enrolment officer, its villages (`villageIds`).
 */
export const locationScopeSchema = z.discriminatedUnion('everywhere', [
  z.object({ everywhere: z.literal(true) }),
  z.object({
    everywhere: z.literal(false),
    districtIds: z.array(z.string().uuid()),
    villageIds: z.array(z.string().uuid()),
  }),
]);

export type LocationScope = z.infer<typeof locationScopeSchema>;

/** The claims of an access token beyond the registered ones (sub = user id, iss, aud, iat, exp, jti). */
export const accessClaimsSchema = z.object({
  sub: z.string().uuid(),
  username: z.string().min(1),
  /** Holds the IMIS Administrator role: passes every rights check; its scope is everywhere. */
  admin: z.boolean(),
  rights: z.array(z.number().int()),
  scope: locationScopeSchema,
});

export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export const EVERYWHERE: LocationScope = { everywhere: true };
