import type { InsureeStatusCode } from '@imis/contracts';
import type { InsureeFields } from '../../../shared/domain/insuree-fields';
import type { Insuree } from '../infrastructure/insuree.entity';

/** An insuree as the API shows it. */
export interface InsureeView extends InsureeFields {
  id: string;
  insuranceNumber: string;
  familyId: string | null;
  isHead: boolean;
  familyVillageId: string | null;
  status: InsureeStatusCode;
  statusReason: string | null;
  statusDate: string | null;
  photoId: string | null;
  photoDate: string | null;
  offline: boolean;
  version: number;
  validFrom: Date;
  changedBy: string;
}

export function insureeView(insuree: Insuree): InsureeView {
  return { ...insureeFieldsOf(insuree), ...insureeStatusOf(insuree) };
}

/** The validated fields of a stored insuree (what an update starts from). */
export function insureeFieldsOf(insuree: Insuree): InsureeFields & { insuranceNumber: string } {
  return {
    insuranceNumber: insuree.insuranceNumber,
    lastName: insuree.lastName,
    otherNames: insuree.otherNames,
    gender: insuree.gender,
    birthDate: insuree.birthDate,
    maritalStatus: insuree.maritalStatus,
    relationship: insuree.relationship,
    profession: insuree.profession,
    education: insuree.education,
    identificationType: insuree.identificationType,
    identificationNumber: insuree.identificationNumber,
    phone: insuree.phone,
    email: insuree.email,
    currentAddress: insuree.currentAddress,
    geolocation: insuree.geolocation,
    cardIssued: insuree.cardIssued,
    currentVillageId: insuree.currentVillageId,
    healthFacilityId: insuree.healthFacilityId,
  };
}

function insureeStatusOf(insuree: Insuree) {
  return {
    id: insuree.id,
    familyId: insuree.familyId,
    isHead: insuree.isHead,
    familyVillageId: insuree.familyVillageId,
    status: insuree.status,
    statusReason: insuree.statusReason,
    statusDate: insuree.statusDate,
    photoId: insuree.photoId,
    photoDate: insuree.photoDate,
    offline: insuree.offline,
    version: insuree.version,
    validFrom: insuree.validFrom,
    changedBy: insuree.changedBy,
  };
}
