import type { FamilyFields } from '../../../shared/domain/family-fields';
import type { Family } from '../infrastructure/family.entity';

/** A family as the API shows it (members and head are resolved apart, batched). */
export interface FamilyView extends FamilyFields {
  id: string;
  headInsureeId: string;
  offline: boolean;
  version: number;
  validFrom: Date;
  changedBy: string;
}

export function familyView(family: Family): FamilyView {
  return {
    ...familyFieldsOf(family),
    id: family.id,
    headInsureeId: family.headInsureeId,
    offline: family.offline,
    version: family.version,
    validFrom: family.validFrom,
    changedBy: family.changedBy,
  };
}

/** The validated fields of a stored family (what an update starts from). */
export function familyFieldsOf(family: Family): FamilyFields {
  return {
    villageId: family.villageId,
    poverty: family.poverty,
    familyType: family.familyType,
    address: family.address,
    ethnicity: family.ethnicity,
    confirmationNumber: family.confirmationNumber,
    confirmationType: family.confirmationType,
  };
}
