import type { HistoryRecord } from '@imis/persistence';
import type { ProductFields } from '../domain/product-codes';
import { productFieldsOf } from './product.view';

/** A past version of a product with every field and line it had, read back from the history table. */
export interface ProductVersionView extends ProductFields {
  id: string;
  version: number;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

// The history subscriber copies MikroORM's snapshot, in which a jsonb property is kept as its JSON text.
const JSON_FIELDS = [
  'startCycles', 'deductible', 'ceiling', 'extraMemberCeiling', 'maxPolicyCeiling', 'categoryLimits',
  'relativePrices', 'capitation', 'accountCodes', 'itemLines', 'serviceLines',
] as const;

export function productVersionView(record: HistoryRecord): ProductVersionView {
  const data = { ...(record.data as Record<string, unknown>) };
  for (const field of JSON_FIELDS) if (typeof data[field] === 'string') data[field] = JSON.parse(data[field] as string);
  const fields = productFieldsOf(data);
  return {
    ...fields,
    itemLines: fields.itemLines ?? [],
    serviceLines: fields.serviceLines ?? [],
    startCycles: fields.startCycles ?? [],
    id: record.entityId,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}
