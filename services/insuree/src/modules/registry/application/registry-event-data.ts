import type { FamilyState, InsureeState } from '@imis/contracts';
import type { Family } from '../infrastructure/family.entity';
import type { Insuree } from '../infrastructure/insuree.entity';

/** What insuree events carry: the fields the policy and claim services keep. */
export function insureeState(insuree: Insuree): InsureeState {
  return {
    id: insuree.id,
    insuranceNumber: insuree.insuranceNumber,
    familyId: insuree.familyId,
    isHead: insuree.isHead,
    lastName: insuree.lastName,
    otherNames: insuree.otherNames,
    gender: insuree.gender,
    birthDate: insuree.birthDate,
    relationship: insuree.relationship,
    currentVillageId: insuree.currentVillageId,
    familyVillageId: insuree.familyVillageId,
    healthFacilityId: insuree.healthFacilityId,
    status: insuree.status,
    statusDate: insuree.statusDate,
    photoDate: insuree.photoDate,
    version: insuree.version,
  };
}

export function familyState(family: Family): FamilyState {
  return {
    id: family.id,
    headInsureeId: family.headInsureeId,
    villageId: family.villageId,
    poverty: family.poverty,
    familyType: family.familyType,
    confirmationType: family.confirmationType,
    version: family.version,
  };
}
