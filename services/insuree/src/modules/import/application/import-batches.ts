import type { FamilyState, InsureeState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import type { PlannedFamily } from '../domain/import-plan';
import { type FamilyInsert, INSUREE_COLUMNS, type InsureeColumns } from '../infrastructure/import-statements';

/** Families per batch event: 250 families (~1,000 insurees) stay well under NATS's 1 MB payload limit. */
export const FAMILIES_PER_EVENT = 250;

/** One batch of planned families turned into rows (new ids) and the state the batch event carries. */
export interface ImportBatch {
  readonly families: FamilyInsert[];
  readonly insurees: InsureeColumns;
  readonly familyStates: FamilyState[];
  readonly insureeStates: InsureeState[];
}

export function emptyInsureeColumns(): InsureeColumns {
  return Object.fromEntries(INSUREE_COLUMNS.map(([name]) => [name, []])) as unknown as InsureeColumns;
}

/** Ids for every family and member (the head's id is the family's head_insuree_id), as column arrays and event states. */
export function importBatch(planned: readonly PlannedFamily[]): ImportBatch {
  const families: FamilyInsert[] = [];
  const insurees = emptyInsureeColumns();
  const familyStates: FamilyState[] = [];
  const insureeStates: InsureeState[] = [];
  for (const family of planned) {
    const familyId = uuidv7();
    const ids = family.members.map(() => uuidv7());
    const headInsureeId = ids[0];
    const { fields } = family;
    families.push({
      id: familyId,
      headInsureeId,
      villageId: family.villageId,
      poverty: fields.poverty,
      familyType: fields.familyType,
      address: fields.address,
      confirmationNumber: fields.confirmationNumber,
      confirmationType: fields.confirmationType,
    });
    familyStates.push({
      id: familyId,
      headInsureeId,
      villageId: family.villageId,
      poverty: fields.poverty,
      familyType: fields.familyType,
      confirmationType: fields.confirmationType,
      version: 1,
    });
    family.members.forEach((member, index) => {
      const insuree = member.fields;
      const id = ids[index];
      const insuranceNumber = insuree.insuranceNumber as string;
      insurees.id.push(id);
      insurees.insurance_number.push(insuranceNumber);
      insurees.family_id.push(familyId);
      insurees.is_head.push(member.isHead);
      insurees.family_village_id.push(family.villageId);
      insurees.last_name.push(insuree.lastName);
      insurees.other_names.push(insuree.otherNames);
      insurees.gender.push(insuree.gender);
      insurees.birth_date.push(insuree.birthDate);
      insurees.marital_status.push(insuree.maritalStatus);
      insurees.relationship.push(insuree.relationship);
      insurees.profession.push(insuree.profession);
      insurees.education.push(insuree.education);
      insurees.identification_type.push(insuree.identificationType);
      insurees.identification_number.push(insuree.identificationNumber);
      insurees.phone.push(insuree.phone);
      insurees.email.push(insuree.email);
      insurees.current_address.push(insuree.currentAddress);
      insurees.health_facility_id.push(member.healthFacilityId);
      insureeStates.push({
        id,
        insuranceNumber,
        familyId,
        isHead: member.isHead,
        lastName: insuree.lastName,
        otherNames: insuree.otherNames,
        gender: insuree.gender,
        birthDate: insuree.birthDate,
        relationship: insuree.relationship,
        currentVillageId: null,
        familyVillageId: family.villageId,
        healthFacilityId: member.healthFacilityId,
        status: 'AC',
        statusDate: null,
        photoDate: null,
        version: 1,
      });
    });
  }
  return { families, insurees, familyStates, insureeStates };
}
