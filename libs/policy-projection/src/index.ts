import type { MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from '@imis/persistence';
import { PolicyProjectionMigration } from './policy-projection.migration';
import { PolicyProjectionPaidTotalMigration } from './policy-projection-paid-total.migration';
import { ProjectedInsureePolicy } from './projected-insuree-policy.entity';
import { ProjectedPolicy } from './projected-policy.entity';
import { ProjectedProductLine } from './projected-product-line.entity';
import { ProjectedProduct } from './projected-product.entity';

export { ProjectedProduct } from './projected-product.entity';
export { ProjectedProductLine } from './projected-product-line.entity';
export type { ProductLineKind } from './projected-product-line.entity';
export { ProjectedPolicy } from './projected-policy.entity';
export { ProjectedInsureePolicy } from './projected-insuree-policy.entity';
export { PolicyProjectionHandlers } from './policy-projection.handlers';
export { PolicyProjectionModule } from './policy-projection.module';
export { PolicyProjectionMigration } from './policy-projection.migration';
export { PolicyProjectionPaidTotalMigration } from './policy-projection-paid-total.migration';
export { coveringPolicies, coveringProductLines } from './coverage.queries';
export type { Coverage, CoverageTuple, CoveringPolicy, CoveringProductLine, ProductLineCoverage, ProductLineTuple } from './coverage.queries';
export { coveringPoliciesOf, insureePoliciesOf, policiesByIds, policiesOfFamilies, productsByIds } from './policy.queries';
export type { CoveringPolicyRow, ProjectedInsureePolicyRow, ProjectedPolicyRow, ProjectedProductRow } from './policy.queries';
export { productsByCodes } from './payment.queries';
export type { ProductSaleRow } from './payment.queries';

/** Entities of the policy projection (a service lists `policyProjectionPersistence` in its `uses` instead). */
export const policyProjectionEntities = [ProjectedProduct, ProjectedProductLine, ProjectedPolicy, ProjectedInsureePolicy];

/** The policy projection's migrations (idempotent). */
export const policyProjectionMigrations: MigrationObject[] = [
  { name: 'policy_projection_0001_projected_products_policies', class: PolicyProjectionMigration },
  { name: 'policy_projection_0002_policy_paid_total', class: PolicyProjectionPaidTotalMigration },
];

/** Products, policies and members' coverage, for a service's persistence `uses`: its migrations run before the service's own. */
export const policyProjectionPersistence: PersistenceContribution = {
  owner: 'policy-projection',
  entities: policyProjectionEntities,
  migrations: policyProjectionMigrations,
};
