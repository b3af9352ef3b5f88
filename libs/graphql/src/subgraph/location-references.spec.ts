import { NestFactory } from '@nestjs/core';
import { Directive, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { composeServices } from '@theguild/federation-composition';
import { parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from './build-subgraph-schema';
import { type EntityReference, locationReferenceTypes, referenceTo } from './location-references';
import { subgraphSdl } from './subgraph-options';

const { LocationReference, HealthFacilityReference } = locationReferenceTypes();

@ObjectType('Household')
@Directive('@key(fields: "id")')
class HouseholdModel {
  @Field(() => ID)
  id!: string;

  villageId!: string;
  clinicId!: string | null;
}

@Resolver(() => HouseholdModel)
class HouseholdResolver {
  @Query(() => [HouseholdModel])
  households(): HouseholdModel[] {
    return [
      { id: 'h1', villageId: 'v1', clinicId: 'f1' },
      { id: 'h2', villageId: 'v2', clinicId: null },
    ];
  }

  @ResolveField(() => LocationReference)
  village(@Parent() household: HouseholdModel): EntityReference | null {
    return referenceTo(household.villageId);
  }

  @ResolveField(() => HealthFacilityReference, { nullable: true })
  clinic(@Parent() household: HouseholdModel): EntityReference | null {
    return referenceTo(household.clinicId);
  }
}

const LOCATION_SUBGRAPH = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { location(id: ID!): Location }
  type Location @key(fields: "id") { id: ID! code: String! }
  type HealthFacility @key(fields: "id") { id: ID! code: String! }
`;

describe('locationReferenceTypes', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    schema = buildSubgraphSchema(await app.get(GraphQLSchemaFactory).create([HouseholdResolver]), new Map());
    await app.close();
  });

  it('declares Location and HealthFacility as keys the subgraph does not resolve, once per process', async () => {
    const sdl = await subgraphSdl(schema);
    expect(sdl).toContain('type Location @key(fields: "id", resolvable: false)');
    expect(sdl).toContain('type HealthFacility @key(fields: "id", resolvable: false)');
    expect(locationReferenceTypes().LocationReference).toBe(LocationReference);
  });

  it('types the fields with the referenced entities, whose value is the key alone or null', () => {
    const fields = (schema.getType('Household') as GraphQLObjectType).getFields();
    expect([String(fields.village.type), String(fields.clinic.type)]).toEqual(['Location!', 'HealthFacility']);
    expect([referenceTo('v1'), referenceTo(null), referenceTo(undefined)]).toEqual([{ id: 'v1' }, null, null]);
  });

  it('composes with the location subgraph, which owns the other fields', async () => {
    const composed = composeServices([
      { name: 'households', typeDefs: parse(await subgraphSdl(schema)), url: 'http://127.0.0.1:4003/graphql' },
      { name: 'location', typeDefs: parse(LOCATION_SUBGRAPH), url: 'http://127.0.0.1:4001/graphql' },
    ]);
    expect(composed.errors ?? []).toEqual([]);
    expect(composed.supergraphSdl).toContain('type Location @join__type(graph: HOUSEHOLDS, key: "id", resolvable: false) @join__type(graph: LOCATION, key: "id")');
  });
});
