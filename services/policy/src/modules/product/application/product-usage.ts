import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The policies' side of a product (a port): whether current policies use it, which forbids deleting it.
 * Asked in the deleting transaction, after the product's row is locked, so that a policy created
 * concurrently (which reads the product `for share`) is either seen or waits for the deletion.
 */
export abstract class ProductUsage {
  abstract hasCurrentPolicies(tx: EntityManager, productId: string): Promise<boolean>;
}
