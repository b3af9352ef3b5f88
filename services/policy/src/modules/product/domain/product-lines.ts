import { collect, type DomainError, type Result } from '@imis/kernel';
import { hundredths, isIntegerBetween } from './field-rules';
import { MAX_MONTHS, PRODUCT_MAX_LINES, type ProductLineFields } from './product-codes';
import { productErrors } from './product.errors';

/** What the medical projection holds under an id a line names: whether it is an item or a service, and deleted. */
export interface CatalogueRef {
  kind: 'item' | 'service';
  deleted: boolean;
}

export interface ProductLines {
  itemLines: ProductLineFields[];
  serviceLines: ProductLineFields[];
}

const VISIT_TYPES = ['normal', 'emergency', 'referral'] as const;

/**
 * Validates a product's item and service lines against what the medical projection holds under their ids
 * (`catalogue`, read in one query): each line of `itemLines` names one current item (`serviceLines`: one
 * current service) once, limits ≥ 0 with at most two decimals (a co-insurance ≤ 100 %), counts ≥ 0,
 * waiting periods in months. Every bad line is reported under `itemLines.3.limits.normal.adult` and alike.
 */
export function checkProductLines(lines: ProductLines, catalogue: ReadonlyMap<string, CatalogueRef>): Result<ProductLines> {
  if (lines.itemLines.length + lines.serviceLines.length > PRODUCT_MAX_LINES) return { ok: false, errors: [productErrors.tooManyLines()] };
  const errors = [...lineErrors('itemLines', 'item', lines.itemLines, catalogue), ...lineErrors('serviceLines', 'service', lines.serviceLines, catalogue)];
  return collect(errors, () => lines);
}

function lineErrors(list: string, kind: 'item' | 'service', lines: readonly ProductLineFields[], catalogue: ReadonlyMap<string, CatalogueRef>): DomainError[] {
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  const target = kind === 'item' ? 'itemId' : 'serviceId';
  const other = kind === 'item' ? 'serviceId' : 'itemId';
  lines.forEach((line, index) => {
    const field = `${list}.${index}`;
    const id = line[target];
    if (!id || line[other]) errors.push(productErrors.lineTargetInvalid(`${field}.${id ? other : target}`, target));
    else if (seen.has(id)) errors.push(productErrors.lineDuplicate(`${field}.${target}`));
    else errors.push(...referenceErrors(kind, catalogue.get(id), `${field}.${target}`));
    if (id) seen.add(id);
    for (const visit of VISIT_TYPES) {
      const limit = line.limits[visit];
      for (const age of ['adult', 'child'] as const) {
        if (hundredths(limit[age], limit.limitationType === 'C' ? 100 : undefined) === null) {
          errors.push(productErrors.lineLimitInvalid(`${field}.limits.${visit}.${age}`));
        }
      }
    }
    for (const period of ['waitingPeriodAdult', 'waitingPeriodChild'] as const) {
      if (!isIntegerBetween(line[period], 0, MAX_MONTHS)) errors.push(productErrors.linePeriodInvalid(`${field}.${period}`));
    }
    for (const count of ['limitCountAdult', 'limitCountChild'] as const) {
      if (!isIntegerBetween(line[count], 0, Number.MAX_SAFE_INTEGER)) errors.push(productErrors.lineCountInvalid(`${field}.${count}`));
    }
  });
  return errors;
}

function referenceErrors(kind: 'item' | 'service', ref: CatalogueRef | undefined, field: string): DomainError[] {
  if (!ref || ref.kind !== kind) return [kind === 'item' ? productErrors.lineItemUnknown(field) : productErrors.lineServiceUnknown(field)];
  if (ref.deleted) return [kind === 'item' ? productErrors.lineItemDeleted(field) : productErrors.lineServiceDeleted(field)];
  return [];
}
