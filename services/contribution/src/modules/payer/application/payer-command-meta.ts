import type { LocatedCommandMeta } from '@imis/location-projection';

/** Who sends a payer command: its actor, the locations it may change (`scope`) and see (`visible`). */
export type PayerCommandMeta = LocatedCommandMeta;
