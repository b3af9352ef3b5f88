import type { ServiceTestApp } from '@imis/testing';

export const ITEM_FIELDS = `id code name type price careType frequency patientCategory maximumQuantity effectiveFrom effectiveTo package quantity version changedBy`;
export const SERVICE_FIELDS = `id code name type level category price careType manualPrice packageType version changedBy
  packageLines { itemId serviceId quantity price item { id code name } service { id code name } }`;

const payload = (name: string, fields: string) => `{ ${name} { ${fields} } errors { code message field } clientMutationId }`;

export const CREATE_ITEM = `mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) ${payload('item', ITEM_FIELDS)} }`;
export const UPDATE_ITEM = `mutation($input: UpdateMedicalItemInput!) { updateMedicalItem(input: $input) ${payload('item', ITEM_FIELDS)} }`;
export const DELETE_ITEM = `mutation($input: DeleteMedicalItemInput!) { deleteMedicalItem(input: $input) ${payload('item', 'id')} }`;
export const CREATE_SERVICE = `mutation($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) ${payload('service', SERVICE_FIELDS)} }`;
export const UPDATE_SERVICE = `mutation($input: UpdateMedicalServiceInput!) { updateMedicalService(input: $input) ${payload('service', SERVICE_FIELDS)} }`;
export const DELETE_SERVICE = `mutation($input: DeleteMedicalServiceInput!) { deleteMedicalService(input: $input) ${payload('service', 'id')} }`;

/** The tables a refused command must leave as they were. */
export const CATALOGUE_TABLES = ['medical_item', 'medical_service', 'history', 'outbox'] as const;

export const item = (code: string, extra: Record<string, unknown> = {}) => ({ code, name: `Item ${code}`, type: 'DRUG', price: '10', careType: 'BOTH', ...extra });
export const service = (code: string, extra: Record<string, unknown> = {}) => ({
  code, name: `Service ${code}`, type: 'CURATIVE', level: 'VISIT', price: '20', careType: 'OUT_PATIENT', ...extra,
});

export async function createItem(app: ServiceTestApp, code: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createMedicalItem } = await app.data(CREATE_ITEM, { input: item(code, extra) });
  if (createMedicalItem.errors.length > 0) throw new Error(JSON.stringify(createMedicalItem.errors));
  return createMedicalItem.item.id;
}

export async function createService(app: ServiceTestApp, code: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createMedicalService } = await app.data(CREATE_SERVICE, { input: service(code, extra) });
  if (createMedicalService.errors.length > 0) throw new Error(JSON.stringify(createMedicalService.errors));
  return createMedicalService.service.id;
}

/** The outbox rows of one aggregate, oldest first. */
export async function outboxEvents(app: ServiceTestApp, subject: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const rows = await app.query<{ payload: { type: string; subject: string; data: Record<string, unknown> } }>('select payload from outbox order by id');
  return rows.map((row) => row.payload).filter((event) => event.subject === subject).map(({ type, data }) => ({ type, data }));
}
