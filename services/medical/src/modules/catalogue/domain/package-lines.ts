import type { DomainError } from '@imis/kernel';
import type { PackageLine, PackageTypeCode } from './catalogue-codes';
import { catalogueErrors } from './catalogue.errors';
import { decimalQuantity, nonNegativeMoney } from './field-values';

/** One sub-line as a caller sends it. */
export interface PackageLineInput {
  itemId?: string | null;
  serviceId?: string | null;
  quantity?: number | null;
  price?: string | null;
}

/** Only packages (P priced as the sum of the lines, F at the service's fixed price) have lines, and at least one. */
export function isPackage(packageType: PackageTypeCode): boolean {
  return packageType === 'P' || packageType === 'F';
}

/**
 * Checks the lines of a service of the given package type (what they reference is checked against the
 * register apart): each names exactly one item or service, once, with a quantity > 0 and a price ≥ 0 or none.
 */
export function checkPackageLines(packageType: PackageTypeCode | null, lines: readonly PackageLineInput[], errors: DomainError[]): PackageLine[] {
  if (packageType !== null && !isPackage(packageType) && lines.length > 0) errors.push(catalogueErrors.packageLinesNotAllowed());
  if (packageType !== null && isPackage(packageType) && lines.length === 0) errors.push(catalogueErrors.packageLinesRequired());
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const itemId = line.itemId ?? null;
    const serviceId = line.serviceId ?? null;
    if ((itemId === null) === (serviceId === null)) errors.push(catalogueErrors.packageLineInvalid(index));
    const key = itemId !== null ? `item:${itemId}` : `service:${serviceId}`;
    if (seen.has(key)) errors.push(catalogueErrors.packageLineDuplicate(index));
    seen.add(key);
    const quantity = line.quantity === null || line.quantity === undefined ? null : decimalQuantity(line.quantity);
    if (quantity === null || Number(quantity) === 0) errors.push(catalogueErrors.packageLineQuantityInvalid(index));
    const price = line.price === null || line.price === undefined ? null : nonNegativeMoney(line.price);
    if (line.price !== null && line.price !== undefined && price === null) errors.push(catalogueErrors.priceInvalid(`packageLines.${index}.price`));
    return { itemId, serviceId, quantity: Number(quantity ?? 0), price };
  });
}

/** Where a package would contain itself: the first line leading back to it, and the path (service ids, first and last the package). */
export interface PackageCycle {
  index: number;
  path: string[];
}

/**
 * Whether the package `serviceId` with these lines would contain itself, directly or through other
 * packages. `subServices` gives, for the services reachable from the lines, the services their own
 * packages contain (as stored); services missing from it contain none.
 */
export function findPackageCycle(serviceId: string, lines: readonly PackageLine[], subServices: ReadonlyMap<string, readonly string[]>): PackageCycle | null {
  for (const [index, line] of lines.entries()) {
    if (line.serviceId === null) continue;
    const path = pathTo(serviceId, line.serviceId, subServices, new Set());
    if (path) return { index, path: [serviceId, ...path] };
  }
  return null;
}

function pathTo(target: string, from: string, subServices: ReadonlyMap<string, readonly string[]>, visited: Set<string>): string[] | null {
  if (from === target) return [from];
  if (visited.has(from)) return null;
  visited.add(from);
  for (const next of subServices.get(from) ?? []) {
    const rest = pathTo(target, next, subServices, visited);
    if (rest) return [from, ...rest];
  }
  return null;
}
