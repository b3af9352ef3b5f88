import type { EventContract } from './event-contract';
import type { EventGroup } from './event-group';
import { claimAdminLifecycle, officerLifecycle, userLifecycle } from './identity/identity-lifecycle.groups';
import { familyLifecycle, insureeLifecycle } from './insuree/insuree-lifecycle.groups';
import { healthFacilityLifecycle, locationLifecycle } from './location/location-lifecycle.groups';
import { userCreatedEvent } from './identity/user-created.event';
import { userUpdatedEvent } from './identity/user-updated.event';
import { userDeletedEvent } from './identity/user-deleted.event';
import { officerCreatedEvent } from './identity/officer-created.event';
import { officerUpdatedEvent } from './identity/officer-updated.event';
import { officerDeletedEvent } from './identity/officer-deleted.event';
import { claimAdminCreatedEvent } from './identity/claim-admin-created.event';
import { claimAdminUpdatedEvent } from './identity/claim-admin-updated.event';
import { claimAdminDeletedEvent } from './identity/claim-admin-deleted.event';
import { healthFacilityCreatedEvent } from './location/health-facility-created.event';
import { healthFacilityDeletedEvent } from './location/health-facility-deleted.event';
import { healthFacilityUpdatedEvent } from './location/health-facility-updated.event';
import { locationCreatedEvent } from './location/location-created.event';
import { locationDeletedEvent } from './location/location-deleted.event';
import { locationMovedEvent } from './location/location-moved.event';
import { locationUpdatedEvent } from './location/location-updated.event';
import { familyCreatedEvent } from './insuree/family-created.event';
import { familyUpdatedEvent } from './insuree/family-updated.event';
import { familyHeadChangedEvent } from './insuree/family-head-changed.event';
import { familyDeletedEvent } from './insuree/family-deleted.event';
import { insureeCreatedEvent } from './insuree/insuree-created.event';
import { insureeUpdatedEvent } from './insuree/insuree-updated.event';
import { insureeStatusChangedEvent } from './insuree/insuree-status-changed.event';
import { insureeMovedEvent } from './insuree/insuree-moved.event';
import { insureeDeletedEvent } from './insuree/insuree-deleted.event';
import { insureesImportedEvent } from './insuree/insurees-imported.event';
import { diagnosisLifecycle, facilityPriceListsLifecycle, medicalItemLifecycle, medicalServiceLifecycle, priceListLifecycle } from './medical/medical-lifecycle.groups';
import { medicalItemCreatedEvent } from './medical/medical-item-created.event';
import { medicalItemUpdatedEvent } from './medical/medical-item-updated.event';
import { medicalItemDeletedEvent } from './medical/medical-item-deleted.event';
import { medicalServiceCreatedEvent } from './medical/medical-service-created.event';
import { medicalServiceUpdatedEvent } from './medical/medical-service-updated.event';
import { medicalServiceDeletedEvent } from './medical/medical-service-deleted.event';
import { diagnosesUploadedEvent } from './medical/diagnoses-uploaded.event';
import { priceListCreatedEvent } from './medical/price-list-created.event';
import { priceListUpdatedEvent } from './medical/price-list-updated.event';
import { priceListDeletedEvent } from './medical/price-list-deleted.event';
import { facilityPriceListsAssignedEvent } from './medical/facility-price-lists-assigned.event';
import { insureePolicyLifecycle, policyLifecycle, productLifecycle } from './policy/policy-lifecycle.groups';
import { productCreatedEvent } from './policy/product-created.event';
import { productUpdatedEvent } from './policy/product-updated.event';
import { productDeletedEvent } from './policy/product-deleted.event';
import { policyCreatedEvent } from './policy/policy-created.event';
import { policyRenewedEvent } from './policy/policy-renewed.event';
import { policyUpdatedEvent } from './policy/policy-updated.event';
import { policyActivatedEvent } from './policy/policy-activated.event';
import { policySuspendedEvent } from './policy/policy-suspended.event';
import { policiesExpiredEvent } from './policy/policies-expired.event';
import { policyDeletedEvent } from './policy/policy-deleted.event';
import { insureePolicyAddedEvent } from './policy/insuree-policy-added.event';
import { insureePolicyUpdatedEvent } from './policy/insuree-policy-updated.event';
import { insureePolicyRemovedEvent } from './policy/insuree-policy-removed.event';
import { fundingLifecycle, payerLifecycle, premiumLifecycle } from './contribution/contribution-lifecycle.groups';
import { premiumAddedEvent } from './contribution/premium-added.event';
import { premiumUpdatedEvent } from './contribution/premium-updated.event';
import { premiumDeletedEvent } from './contribution/premium-deleted.event';
import { payerCreatedEvent } from './contribution/payer-created.event';
import { payerUpdatedEvent } from './contribution/payer-updated.event';
import { payerDeletedEvent } from './contribution/payer-deleted.event';
import { fundingRecordedEvent } from './contribution/funding-recorded.event';
import { paymentLifecycle } from './payment/payment-lifecycle.groups';
import { paymentIntentCreatedEvent } from './payment/payment-intent-created.event';
import { controlNumberAssignedEvent } from './payment/control-number-assigned.event';
import { paymentReceivedEvent } from './payment/payment-received.event';
import { paymentMatchedEvent } from './payment/payment-matched.event';
import { paymentRejectedEvent } from './payment/payment-rejected.event';
import { claimLifecycle, policyUsageLifecycle } from './claim/claim-lifecycle.groups';
import { claimEnteredEvent } from './claim/claim-entered.event';
import { claimUpdatedEvent } from './claim/claim-updated.event';
import { claimSetAsideEvent } from './claim/claim-set-aside.event';
import { claimSubmittedEvent } from './claim/claim-submitted.event';
import { claimCheckedEvent } from './claim/claim-checked.event';
import { claimRejectedEvent } from './claim/claim-rejected.event';
import { claimValuatedEvent } from './claim/claim-valuated.event';
import { claimProcessedEvent } from './claim/claim-processed.event';
import { claimDeletedEvent } from './claim/claim-deleted.event';
import { policyUsageRecordedEvent } from './claim/policy-usage-recorded.event';

/** Every published event contract (the catalogue in docs/events.md is generated from it). */
export const allEventContracts: readonly EventContract<unknown>[] = [
  locationCreatedEvent,
  locationUpdatedEvent,
  locationMovedEvent,
  locationDeletedEvent,
  healthFacilityCreatedEvent,
  healthFacilityUpdatedEvent,
  healthFacilityDeletedEvent,
  userCreatedEvent,
  userUpdatedEvent,
  userDeletedEvent,
  officerCreatedEvent,
  officerUpdatedEvent,
  officerDeletedEvent,
  claimAdminCreatedEvent,
  claimAdminUpdatedEvent,
  claimAdminDeletedEvent,
  familyCreatedEvent,
  familyUpdatedEvent,
  familyHeadChangedEvent,
  familyDeletedEvent,
  insureeCreatedEvent,
  insureeUpdatedEvent,
  insureeStatusChangedEvent,
  insureeMovedEvent,
  insureeDeletedEvent,
  insureesImportedEvent,
  medicalItemCreatedEvent,
  medicalItemUpdatedEvent,
  medicalItemDeletedEvent,
  medicalServiceCreatedEvent,
  medicalServiceUpdatedEvent,
  medicalServiceDeletedEvent,
  diagnosesUploadedEvent,
  priceListCreatedEvent,
  priceListUpdatedEvent,
  priceListDeletedEvent,
  facilityPriceListsAssignedEvent,
  productCreatedEvent,
  productUpdatedEvent,
  productDeletedEvent,
  policyCreatedEvent,
  policyRenewedEvent,
  policyUpdatedEvent,
  policyActivatedEvent,
  policySuspendedEvent,
  policiesExpiredEvent,
  policyDeletedEvent,
  insureePolicyAddedEvent,
  insureePolicyUpdatedEvent,
  insureePolicyRemovedEvent,
  premiumAddedEvent,
  premiumUpdatedEvent,
  premiumDeletedEvent,
  payerCreatedEvent,
  payerUpdatedEvent,
  payerDeletedEvent,
  fundingRecordedEvent,
  paymentIntentCreatedEvent,
  controlNumberAssignedEvent,
  paymentReceivedEvent,
  paymentMatchedEvent,
  paymentRejectedEvent,
  claimEnteredEvent,
  claimUpdatedEvent,
  claimSubmittedEvent,
  claimSetAsideEvent,
  claimCheckedEvent,
  claimRejectedEvent,
  claimValuatedEvent,
  claimProcessedEvent,
  claimDeletedEvent,
  policyUsageRecordedEvent,
];

/** The lifecycle group of every aggregate that has events (a test keeps each complete). */
export const allEventGroups: readonly EventGroup[] = [
  locationLifecycle,
  healthFacilityLifecycle,
  userLifecycle,
  officerLifecycle,
  claimAdminLifecycle,
  familyLifecycle,
  insureeLifecycle,
  diagnosisLifecycle,
  facilityPriceListsLifecycle,
  medicalItemLifecycle,
  medicalServiceLifecycle,
  priceListLifecycle,
  insureePolicyLifecycle,
  policyLifecycle,
  productLifecycle,
  premiumLifecycle,
  payerLifecycle,
  fundingLifecycle,
  paymentLifecycle,
  claimLifecycle,
  policyUsageLifecycle,
];

export function findEventContract(type: string): EventContract<unknown> | undefined {
  return allEventContracts.find((contract) => contract.type === type);
}
