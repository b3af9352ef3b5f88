import type { Request, Response } from 'express';

/** The per-request GraphQL context; per-request caches (batch loaders) hang off it. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  [cache: symbol]: unknown;
}
