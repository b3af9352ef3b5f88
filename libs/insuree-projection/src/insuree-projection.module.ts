import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { FAMILY_MEMBERSHIP_LISTENER, type FamilyMembershipListener } from './family-membership';
import { InsureeProjectionHandlers } from './insuree-projection.handlers';

/**
 * Keeps the service's `projected_insuree` and `projected_family` tables in step with the insuree service.
 * Import it beside MessagingModule (which discovers the handlers), with `insureeProjectionEntities` among
 * the ORM entities and `insureeProjectionMigrations` among the migrations; outside an API module, because
 * it needs NATS, which print-schema does not start.
 */
@Module({ providers: [InsureeProjectionHandlers] })
export class InsureeProjectionModule {
  /**
   * The projection, and the service's reaction to members joining and leaving families run in its
   * transaction: `listener` is a provider exported by one of `imports`.
   */
  static withMembershipListener(options: { imports: ModuleMetadata['imports']; listener: Type<FamilyMembershipListener> }): DynamicModule {
    return {
      module: InsureeProjectionModule,
      imports: options.imports,
      providers: [{ provide: FAMILY_MEMBERSHIP_LISTENER, useExisting: options.listener }],
    };
  }
}
