import type { HistoryRecord } from '@imis/persistence';
import type { HealthFacilityFields } from '../domain/health-facility-fields';

/** A past version of a health facility, read back from the history table. */
export interface HealthFacilityVersionView extends HealthFacilityFields {
  districtId: string;
  version: number;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

const TEXTS = ['address', 'phone', 'fax', 'email', 'accountingCode', 'contractStartDate', 'contractEndDate'] as const;

/** History rows hold the entity's properties as they were (the district relation as its id). */
export function healthFacilityVersionView(record: HistoryRecord): HealthFacilityVersionView {
  const data = record.data as Record<string, unknown> & Pick<HealthFacilityFields, 'legalForm' | 'level' | 'careType' | 'status'>;
  const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    code: String(data.code),
    name: String(data.name),
    legalForm: data.legalForm,
    level: data.level,
    subLevel: textOrNull(data.subLevel) as HealthFacilityFields['subLevel'],
    careType: data.careType,
    districtId: String(data.district),
    ...(Object.fromEntries(TEXTS.map((field) => [field, textOrNull(data[field])])) as Pick<HealthFacilityFields, (typeof TEXTS)[number]>),
    status: data.status,
    offline: data.offline === true,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}
