import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { printSchema, type GraphQLObjectType } from 'graphql';
import { MutationPayload } from './mutation-payload.type';
import { VersionOf } from './version-of.type';

@ObjectType({ isAbstract: true })
abstract class ThingFieldsModel {
  @Field()
  name!: string;

  @Field(() => ID)
  id!: string;
}

@ObjectType('Thing')
class ThingModel extends ThingFieldsModel {}

@ObjectType('ThingVersion')
class ThingVersionModel extends VersionOf(ThingFieldsModel) {}

@ObjectType('DescribedThingVersion')
class DescribedThingVersionModel extends VersionOf(ThingFieldsModel, { fieldDescriptions: { validTo: 'Until', replacedBy: 'By' } }) {}

@ObjectType('ThingPayload')
class ThingPayload extends MutationPayload(ThingModel, 'thing', { description: 'The thing; null when refused' }) {}

@ObjectType('ForgetPayload')
class ForgetPayload extends MutationPayload<boolean, 'forgotten'>(Boolean, 'forgotten', { nullable: false, errorsDescription: null }) {}

@Resolver()
class ThingResolver {
  @Query(() => ThingModel) thing(): ThingModel { return { id: '1', name: 'a' }; }
  @Query(() => ThingVersionModel) version(): ThingVersionModel { return { id: '1', name: 'a', validTo: new Date(0), replacedBy: 'u' }; }
  @Query(() => DescribedThingVersionModel) described(): DescribedThingVersionModel { return { id: '1', name: 'a', validTo: new Date(0), replacedBy: 'u' }; }
  @Query(() => ThingPayload) payload(): ThingPayload { return { thing: null, errors: [], clientMutationId: null }; }
  @Query(() => ForgetPayload) forget(): ForgetPayload { return { forgotten: true, errors: [], clientMutationId: null }; }
}

describe('MutationPayload and VersionOf', () => {
  let sdl: string;
  let type: (name: string) => GraphQLObjectType;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const schema = await app.get(GraphQLSchemaFactory).create([ThingResolver]);
    await app.close();
    sdl = printSchema(schema);
    type = (name) => schema.getType(name) as GraphQLObjectType;
  });

  it('puts the result first, nullable and described, then the errors and the idempotency key', () => {
    const fields = type('ThingPayload').getFields();
    expect(Object.keys(fields)).toEqual(['thing', 'errors', 'clientMutationId']);
    expect(String(fields.thing.type)).toBe('Thing');
    expect(fields.thing.description).toBe('The thing; null when refused');
    expect(String(fields.errors.type)).toBe('[UserError!]!');
    expect(fields.errors.description).toBe('Empty on success; nothing was changed when not empty');
    expect(String(fields.clientMutationId.type)).toBe('String');
  });

  it('makes a non-null result and undescribed errors when asked', () => {
    const fields = type('ForgetPayload').getFields();
    expect(String(fields.forgotten.type)).toBe('Boolean!');
    expect(fields.errors.description).toBeUndefined();
  });

  it('adds validTo and replacedBy after the fields of the record', () => {
    const fields = type('ThingVersion').getFields();
    expect(Object.keys(fields)).toEqual(['name', 'id', 'validTo', 'replacedBy']);
    expect(String(fields.validTo.type)).toBe('DateTime!');
    expect(String(fields.replacedBy.type)).toBe('String!');
    expect(fields.validTo.description).toBeUndefined();
  });

  it('describes validTo and replacedBy when given descriptions', () => {
    const fields = type('DescribedThingVersion').getFields();
    expect([fields.validTo.description, fields.replacedBy.description]).toEqual(['Until', 'By']);
  });

  it('keeps each generated base out of the schema', () => {
    expect(sdl).not.toMatch(/PayloadType|VersionType/);
  });
});
