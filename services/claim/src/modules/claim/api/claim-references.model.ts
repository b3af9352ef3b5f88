import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The insuree service’s Insuree, extended by this subgraph with its claims. */
@ObjectType('Insuree')
@Directive('@key(fields: "id")')
export class InsureeClaimsModel {
  @Field(() => ID)
  id!: string;
}

/** The location service’s HealthFacility, extended by this subgraph with its claims. */
@ObjectType('HealthFacility')
@Directive('@key(fields: "id")')
export class HealthFacilityClaimsModel {
  @Field(() => ID)
  id!: string;
}

