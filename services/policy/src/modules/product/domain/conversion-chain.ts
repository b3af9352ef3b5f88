/**
 * Whether making `productId` convert into `conversionId` closes a loop: following the conversion products
 * from `conversionId` (`next`: each current product's conversion product) comes back to `productId`.
 * A chain that loops elsewhere (stored before this check existed) ends the walk without blaming this product.
 */
export function closesConversionLoop(productId: string, conversionId: string, next: ReadonlyMap<string, string | null>): boolean {
  const visited = new Set<string>();
  let current: string | null | undefined = conversionId;
  while (current && !visited.has(current)) {
    if (current === productId) return true;
    visited.add(current);
    current = next.get(current);
  }
  return false;
}
