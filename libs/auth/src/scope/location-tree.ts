/** The part of a service's location tree that scoping needs (its own table, or the location projection). */
export interface LocationTree {
  /** The given locations and every current location below them. */
  descendantsOf(locationIds: readonly string[]): Promise<string[]>;
  /** Every current location above the given ones (not the given ones themselves). */
  ancestorsOf(locationIds: readonly string[]): Promise<string[]>;
}
