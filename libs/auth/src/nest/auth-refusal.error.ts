import { GraphQLError } from 'graphql';

/** A GraphQL request refused by the AuthGuard (UNAUTHENTICATED, FORBIDDEN): the caller's doing, not a fault. */
export class AuthRefusal extends GraphQLError {}
