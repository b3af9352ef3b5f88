import { Query, Resolver } from '@nestjs/graphql';
import { RIGHT_CATALOGUE } from '@imis/auth';
import { RightModel } from './right.model';

@Resolver(() => RightModel)
export class RightsResolver {
  /** Any signed-in user may read the catalogue: it names operations, not data. */
  @Query(() => [RightModel], { description: 'Every right a role can grant, in code order' })
  rights(): RightModel[] {
    return RIGHT_CATALOGUE.map(({ code, module, name }) => ({ code, module, name }));
  }
}
