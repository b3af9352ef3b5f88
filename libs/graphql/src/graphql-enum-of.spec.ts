import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { printSchema, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { graphqlEnumOf } from './graphql-enum-of';

const tideCodes = z.enum(['HI', 'LO', 'SL']).describe('HI high, LO low, SL slack');

const Tide = graphqlEnumOf('Tide', tideCodes.options, {
  description: 'State of the tide',
  names: { HI: 'HIGH', LO: 'LOW', SL: 'SLACK' },
  valueDescriptions: { HI: 'Highest water (code HI)', SL: 'No current' },
});
type Tide = z.infer<typeof tideCodes>;

const Boat = graphqlEnumOf('Boat', ['DINGHY', 'KETCH'] as const);
type Boat = (typeof Boat)[keyof typeof Boat];

@ObjectType('Harbour')
class HarbourModel {
  @Field(() => Tide)
  tide!: Tide;

  @Field(() => Boat, { nullable: true })
  boat!: Boat | null;
}

@InputType('HarbourFilter')
class HarbourFilter {
  @Field(() => Tide, { nullable: true, defaultValue: Tide.SLACK })
  tide?: Tide | null;
}

@Resolver()
class HarbourResolver {
  @Query(() => HarbourModel)
  harbour(@Args('filter') filter: HarbourFilter): HarbourModel {
    return { tide: filter.tide ?? 'LO', boat: 'KETCH' };
  }
}

describe('graphqlEnumOf', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    schema = await app.get(GraphQLSchemaFactory).create([HarbourResolver]);
    await app.close();
  });

  it('maps each GraphQL name to its code, in the order of the code list', () => {
    expect(Tide).toEqual({ HIGH: 'HI', LOW: 'LO', SLACK: 'SL' });
    expect(Object.keys(Tide)).toEqual(['HIGH', 'LOW', 'SLACK']);
    expect(Boat).toEqual({ DINGHY: 'DINGHY', KETCH: 'KETCH' });
  });

  it('registers the enum with its description and value descriptions, codes as internal values', () => {
    const tide = schema.getType('Tide') as GraphQLEnumType;
    expect(tide.description).toBe('State of the tide');
    expect(tide.getValues().map(({ name, value, description }) => ({ name, value, description }))).toEqual([
      { name: 'HIGH', value: 'HI', description: 'Highest water (code HI)' },
      { name: 'LOW', value: 'LO', description: undefined },
      { name: 'SLACK', value: 'SL', description: 'No current' },
    ]);
    expect(tide.serialize('LO')).toBe('LOW');
    expect(tide.parseValue('SLACK')).toBe('SL');
  });

  it('prints like a hand-written registerEnumType (default values by name)', () => {
    const sdl = printSchema(schema);
    expect(sdl).toContain('"""State of the tide"""\nenum Tide {\n  """Highest water (code HI)"""\n  HIGH\n  LOW\n\n  """No current"""\n  SLACK\n}');
    expect(sdl).toContain('enum Boat {\n  DINGHY\n  KETCH\n}');
    expect(sdl).toContain('harbour(filter: HarbourFilter!): Harbour!');
    expect(sdl).toContain('tide: Tide = SLACK');
  });

  it('refuses names that are not GraphQL names, named codes not in the list, and a name given twice', () => {
    expect(() => graphqlEnumOf('Bad', ['A-1'] as const)).toThrow('GraphQL enum Bad: "A-1" (code A-1) is not a GraphQL name');
    expect(() => graphqlEnumOf('Extra', ['A'] as const, { names: { A: 'ALPHA', B: 'BETA' } as { A: string } })).toThrow('GraphQL enum Extra: B not in its code list');
    expect(() => graphqlEnumOf('Twice', ['A', 'B'] as const, { names: { A: 'SAME', B: 'SAME' } })).toThrow('GraphQL enum Twice: two codes are named SAME');
    expect(() => graphqlEnumOf('Listed', ['A', 'A'] as const)).toThrow('GraphQL enum Listed: a code is listed twice');
  });
});
