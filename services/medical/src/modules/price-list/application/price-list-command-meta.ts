import type { LocatedCommandMeta } from '@imis/location-projection';

/** Who sends a price-list command: actor, idempotency key, data scope and the lists' visible locations. */
export type PriceListCommandMeta = LocatedCommandMeta;
