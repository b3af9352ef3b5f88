/**
 * How a received amount is split over the outstanding values of the policies a payment pays for (§5.4, the
 * legacy SQL rule): in proportion to each outstanding value, never above it. Computed in whole cents: each
 * share is first rounded down, then the cents left over go one at a time to the largest remainders (ties: the
 * earlier line), so the shares add up exactly to min(received, total outstanding): no cent lost or created.
 * What exceeds the total outstanding is the payment's surplus.
 */
export interface Allocation {
  /** Cents given to each line, in the order of the outstanding values. */
  readonly shares: number[];
  /** Cents received above the total outstanding (not matched to any policy). */
  readonly surplus: number;
}

export function allocate(receivedCents: number, outstandingCents: readonly number[]): Allocation {
  if (!Number.isSafeInteger(receivedCents) || receivedCents < 0) throw new RangeError('allocate: received must be whole non-negative cents');
  if (outstandingCents.some((value) => !Number.isSafeInteger(value) || value < 0)) throw new RangeError('allocate: outstanding values must be whole non-negative cents');
  const total = outstandingCents.reduce((sum, value) => sum + value, 0);
  if (total === 0) return { shares: outstandingCents.map(() => 0), surplus: receivedCents };
  if (receivedCents >= total) return { shares: [...outstandingCents], surplus: receivedCents - total };
  // BigInt: received × outstanding may exceed 2^53 for national-scale amounts.
  const received = BigInt(receivedCents);
  const sum = BigInt(total);
  const shares = outstandingCents.map((value) => Number((received * BigInt(value)) / sum));
  const remainders = outstandingCents.map((value, index) => ({ index, remainder: (received * BigInt(value)) % sum }));
  let left = receivedCents - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0) break;
    if (shares[index]! < outstandingCents[index]!) {
      shares[index]! += 1;
      left -= 1;
    }
  }
  return { shares, surplus: 0 };
}
