import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection base: `class LocationConnection extends Connection(Location) {}`. */
export function Connection<T>(nodeType: Type<T>, nodeName: string = nodeType.name): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeName}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of records matching the filter, all pages together' })
    totalCount!: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}
