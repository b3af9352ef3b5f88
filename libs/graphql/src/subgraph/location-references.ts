import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** What a subgraph returns for a field pointing at another subgraph's entity: its key alone. */
export interface EntityReference {
  id: string;
}

type ReferenceType = new () => EntityReference;

export interface LocationReferenceTypes {
  /** `Location` (key `id`), resolved by the location subgraph. */
  LocationReference: ReferenceType;
  /** `HealthFacility` (key `id`), resolved by the location subgraph. */
  HealthFacilityReference: ReferenceType;
}

let defined: LocationReferenceTypes | undefined;

/**
 * The location subgraph's entities as another subgraph sees them (`@key(fields: "id", resolvable: false)`):
 * a field such as `Family.village: Location` returns `{ id }` and the gateway fetches the rest from the
 * location subgraph, which applies the caller's scope (null outside it). Defined on the first call, so only
 * the services that point at locations declare these types (the location service has its own).
 */
export function locationReferenceTypes(): LocationReferenceTypes {
  if (!defined) {
    @ObjectType('Location')
    @Directive('@key(fields: "id", resolvable: false)')
    class LocationReference implements EntityReference {
      @Field(() => ID)
      id!: string;
    }

    @ObjectType('HealthFacility')
    @Directive('@key(fields: "id", resolvable: false)')
    class HealthFacilityReference implements EntityReference {
      @Field(() => ID)
      id!: string;
    }

    defined = { LocationReference, HealthFacilityReference };
  }
  return defined;
}

/** `{ id }` for a field pointing at another subgraph's entity; null when there is no id. */
export function referenceTo(id: string | null | undefined): EntityReference | null {
  return id ? { id } : null;
}

/** `[{ id }, …]` for a list field pointing at another subgraph's entities. */
export function referencesTo(ids: readonly string[]): EntityReference[] {
  return ids.map((id) => ({ id }));
}
