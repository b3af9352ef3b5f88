import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { currentActor } from './current-actor';
import type { GraphQLContext } from '@imis/graphql';

/** Resolver parameter: the current actor (see currentActor). */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  currentActor(GqlExecutionContext.create(context).getContext<GraphQLContext>()),
);
