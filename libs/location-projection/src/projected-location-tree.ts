import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { LocationTree } from '@imis/auth';
import { ancestorsOf, descendantsOf } from './location.queries';

/** The location tree as this service's projection knows it, for location scoping (AuthModule `locationTree`). */
@Injectable()
export class ProjectedLocationTree implements LocationTree {
  constructor(private readonly em: EntityManager) {}

  descendantsOf(locationIds: readonly string[]): Promise<string[]> {
    return descendantsOf(this.em, locationIds);
  }

  ancestorsOf(locationIds: readonly string[]): Promise<string[]> {
    return ancestorsOf(this.em, locationIds);
  }
}
