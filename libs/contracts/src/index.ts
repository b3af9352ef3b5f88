export { cloudEventEnvelopeSchema } from './cloud-event';
export type { CloudEvent } from './cloud-event';
export { EVENT_TYPE_PATTERN, parseEventType } from './event-type';
export type { EventTypeParts } from './event-type';
export { defineEvent } from './event-contract';
export type { EventContract, EventDataOf, EventDefinition } from './event-contract';
export { contractsOf, defineEventGroup, isEventGroup, isEventOf } from './event-group';
export type { EventGroup, EventGroupDataOf, EventGroupDefinition, EventSource } from './event-group';
export { buildEvent, createEvent, parseEnvelope, parseEvent } from './create-event';
export type { CreateEventInput } from './create-event';
export { EventValidationError } from './event-validation.error';
export { describeSchema } from './describe-schema';
export type { FieldDescription } from './describe-schema';
export { allEventContracts, allEventGroups, findEventContract } from './registry';
export { healthFacilityLifecycle, locationLifecycle } from './location/location-lifecycle.groups';
export { claimAdminLifecycle, officerLifecycle, userLifecycle } from './identity/identity-lifecycle.groups';
export { familyLifecycle, insureeLifecycle } from './insuree/insuree-lifecycle.groups';
export { locationCreatedEvent } from './location/location-created.event';
export { locationUpdatedEvent } from './location/location-updated.event';
export { locationMovedEvent } from './location/location-moved.event';
export type { LocationMovedData } from './location/location-moved.event';
export { locationDeletedEvent } from './location/location-deleted.event';
export type { LocationDeletedData } from './location/location-deleted.event';
export { healthFacilityCreatedEvent } from './location/health-facility-created.event';
export { healthFacilityUpdatedEvent } from './location/health-facility-updated.event';
export { healthFacilityDeletedEvent } from './location/health-facility-deleted.event';
export type { HealthFacilityDeletedData } from './location/health-facility-deleted.event';
export { locationStateSchema, locationTypeSchema } from './location/location-fields';
export type { LocationState, LocationType } from './location/location-fields';
export {
  careTypeSchema,
  healthFacilityLevelSchema,
  healthFacilityStateSchema,
  healthFacilityStatusSchema,
  legalFormSchema,
  subLevelSchema,
} from './location/health-facility-fields';
export type { HealthFacilityState } from './location/health-facility-fields';
export { userCreatedEvent } from './identity/user-created.event';
export { userUpdatedEvent } from './identity/user-updated.event';
export { userDeletedEvent } from './identity/user-deleted.event';
export { officerCreatedEvent } from './identity/officer-created.event';
export { officerUpdatedEvent } from './identity/officer-updated.event';
export { officerDeletedEvent } from './identity/officer-deleted.event';
export { claimAdminCreatedEvent } from './identity/claim-admin-created.event';
export { claimAdminUpdatedEvent } from './identity/claim-admin-updated.event';
export { claimAdminDeletedEvent } from './identity/claim-admin-deleted.event';
export { claimAdminStateSchema, officerStateSchema, userStateSchema } from './identity/identity-fields';
export type { ClaimAdminState, OfficerState, UserState } from './identity/identity-fields';
export { familyCreatedEvent } from './insuree/family-created.event';
export { familyUpdatedEvent } from './insuree/family-updated.event';
export { familyHeadChangedEvent } from './insuree/family-head-changed.event';
export { familyDeletedEvent } from './insuree/family-deleted.event';
export { insureeCreatedEvent } from './insuree/insuree-created.event';
export { insureeUpdatedEvent } from './insuree/insuree-updated.event';
export { insureeStatusChangedEvent } from './insuree/insuree-status-changed.event';
export { insureeMovedEvent } from './insuree/insuree-moved.event';
export { insureeDeletedEvent } from './insuree/insuree-deleted.event';
export { insureesImportedEvent } from './insuree/insurees-imported.event';
export {
  familyDeletedSchema,
  familyHeadChangedSchema,
  familyStateSchema,
  insureeDeletedSchema,
  insureeMovedSchema,
  insureeStateSchema,
  insureeStatusChangedSchema,
  insureeStatusSchema,
  insureesImportedSchema,
} from './insuree/insuree-fields';
export type {
  FamilyDeletedData,
  FamilyHeadChangedData,
  FamilyState,
  InsureeDeletedData,
  InsureeMovedData,
  InsureeState,
  InsureeStatusChangedData,
  InsureeStatusCode,
  InsureesImportedData,
} from './insuree/insuree-fields';
export {
  diagnosisLifecycle,
  facilityPriceListsLifecycle,
  medicalItemLifecycle,
  medicalServiceLifecycle,
  priceListLifecycle,
} from './medical/medical-lifecycle.groups';
export { medicalItemCreatedEvent } from './medical/medical-item-created.event';
export { medicalItemUpdatedEvent } from './medical/medical-item-updated.event';
export { medicalItemDeletedEvent } from './medical/medical-item-deleted.event';
export { medicalServiceCreatedEvent } from './medical/medical-service-created.event';
export { medicalServiceUpdatedEvent } from './medical/medical-service-updated.event';
export { medicalServiceDeletedEvent } from './medical/medical-service-deleted.event';
export { diagnosesUploadedEvent } from './medical/diagnoses-uploaded.event';
export { priceListCreatedEvent } from './medical/price-list-created.event';
export { priceListUpdatedEvent } from './medical/price-list-updated.event';
export { priceListDeletedEvent } from './medical/price-list-deleted.event';
export { facilityPriceListsAssignedEvent } from './medical/facility-price-lists-assigned.event';
export {
  catalogueEntryDeletedSchema,
  diagnosesUploadedSchema,
  diagnosisStateSchema,
  facilityPriceListsAssignedSchema,
  itemTypeSchema,
  medicalItemStateSchema,
  medicalServiceStateSchema,
  money,
  packageLineSchema,
  packageTypeSchema,
  priceListDeletedSchema,
  priceListDetailSchema,
  priceListKindSchema,
  priceListStateSchema,
  serviceCategorySchema,
  serviceLevelSchema,
  serviceTypeSchema,
} from './medical/medical-fields';
export type {
  CatalogueEntryDeletedData,
  DeletedDiagnosis,
  DiagnosesUploadedData,
  DiagnosisState,
  FacilityPriceListsAssignedData,
  MedicalItemState,
  MedicalServiceState,
  PackageLine,
  PriceListDeletedData,
  PriceListDetail,
  PriceListState,
} from './medical/medical-fields';
export { insureePolicyLifecycle, policyLifecycle, productLifecycle } from './policy/policy-lifecycle.groups';
export { productCreatedEvent } from './policy/product-created.event';
export { productUpdatedEvent } from './policy/product-updated.event';
export { productDeletedEvent } from './policy/product-deleted.event';
export { policyCreatedEvent } from './policy/policy-created.event';
export { policyRenewedEvent } from './policy/policy-renewed.event';
export { policyUpdatedEvent } from './policy/policy-updated.event';
export { policyActivatedEvent } from './policy/policy-activated.event';
export { policySuspendedEvent } from './policy/policy-suspended.event';
export { policiesExpiredEvent } from './policy/policies-expired.event';
export { policyDeletedEvent } from './policy/policy-deleted.event';
export { insureePolicyAddedEvent } from './policy/insuree-policy-added.event';
export { insureePolicyUpdatedEvent } from './policy/insuree-policy-updated.event';
export { insureePolicyRemovedEvent } from './policy/insuree-policy-removed.event';
export {
  categoryLimitSchema,
  ceilingExclusionSchema,
  ceilingInterpretationSchema,
  ceilingTypeSchema,
  distributionCareTypeSchema,
  limitationTypeSchema,
  lineLimitSchema,
  priceOriginSchema,
  productDeletedSchema,
  productLineSchema,
  productStateSchema,
  relativePricePeriodSchema,
  splitAmountSchema,
} from './policy/product-fields';
export type { ProductDeletedData, ProductLine, ProductState } from './policy/product-fields';
export {
  insureePolicyRemovedSchema,
  insureePolicyStateSchema,
  policiesExpiredSchema,
  policyDeletedSchema,
  policyStageSchema,
  policyStateSchema,
  policyStatusSchema,
} from './policy/policy-fields';
export type { InsureePolicyRemovedData, InsureePolicyState, PoliciesExpiredData, PolicyDeletedData, PolicyState } from './policy/policy-fields';
export { fundingLifecycle, payerLifecycle, premiumLifecycle } from './contribution/contribution-lifecycle.groups';
export { premiumAddedEvent } from './contribution/premium-added.event';
export { premiumUpdatedEvent } from './contribution/premium-updated.event';
export { premiumDeletedEvent } from './contribution/premium-deleted.event';
export { payerCreatedEvent } from './contribution/payer-created.event';
export { payerUpdatedEvent } from './contribution/payer-updated.event';
export { payerDeletedEvent } from './contribution/payer-deleted.event';
export { fundingRecordedEvent } from './contribution/funding-recorded.event';
export {
  fundingRecordedSchema,
  payerDeletedSchema,
  payerStateSchema,
  payerTypeSchema,
  payTypeSchema,
  policyContributionsSchema,
  premiumDeletedSchema,
  premiumStateSchema,
} from './contribution/contribution-fields';
export type {
  FundingRecordedData,
  PayerDeletedData,
  PayerState,
  PolicyContributions,
  PremiumDeletedData,
  PremiumState,
} from './contribution/contribution-fields';
export { paymentLifecycle } from './payment/payment-lifecycle.groups';
export { paymentIntentCreatedEvent } from './payment/payment-intent-created.event';
export { controlNumberAssignedEvent } from './payment/control-number-assigned.event';
export { paymentReceivedEvent } from './payment/payment-received.event';
export { paymentMatchedEvent } from './payment/payment-matched.event';
export { paymentRejectedEvent } from './payment/payment-rejected.event';
export { paymentDetailSchema, paymentStateSchema, paymentStatusSchema } from './payment/payment-fields';
export type { PaymentDetail, PaymentState, PaymentStatus } from './payment/payment-fields';
export { claimLifecycle, policyUsageLifecycle } from './claim/claim-lifecycle.groups';
export { claimEnteredEvent } from './claim/claim-entered.event';
export { claimUpdatedEvent } from './claim/claim-updated.event';
export { claimSetAsideEvent } from './claim/claim-set-aside.event';
export { claimSubmittedEvent } from './claim/claim-submitted.event';
export { claimCheckedEvent } from './claim/claim-checked.event';
export { claimRejectedEvent } from './claim/claim-rejected.event';
export { claimValuatedEvent } from './claim/claim-valuated.event';
export { claimProcessedEvent } from './claim/claim-processed.event';
export { claimDeletedEvent } from './claim/claim-deleted.event';
export { policyUsageRecordedEvent } from './claim/policy-usage-recorded.event';
export {
  claimDeletedSchema,
  claimLimitationSchema,
  claimLineStateSchema,
  claimLineStatusSchema,
  claimPriceOriginSchema,
  claimStateSchema,
  claimStatusSchema,
  policyUsageRecordedSchema,
  policyUsageSchema,
  rejectionReasonSchema,
  visitTypeSchema,
} from './claim/claim-fields';
export type { ClaimDeletedData, ClaimLineState, ClaimState, ClaimStatus, PolicyUsage, PolicyUsageRecordedData } from './claim/claim-fields';
