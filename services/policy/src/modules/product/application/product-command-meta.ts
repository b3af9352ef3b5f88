import type { LocatedCommandMeta } from '@imis/location-projection';

/** Who sends a product command: actor, idempotency key, data scope and the products' visible locations. */
export type ProductCommandMeta = LocatedCommandMeta;
