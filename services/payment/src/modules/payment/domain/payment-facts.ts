/**
 * What the payment rules read about the world, gathered by the application layer from the projections
 * (insurees, products and policies, locations, officers) in set-based queries. Amounts in whole cents.
 */
export interface InsureeFacts {
  readonly insuranceNumber: string;
  readonly familyId: string;
  /** The family's village and every location above it. */
  readonly familyArea: readonly string[];
}

export interface ProductFacts {
  readonly id: string;
  readonly code: string;
  /** Region or district where it is sold; null: national. */
  readonly locationId: string | null;
  readonly dateFrom: string;
  readonly dateTo: string;
}

export interface OfficerFacts {
  readonly id: string;
  readonly code: string;
  /** Last working day; null: no end. */
  readonly worksTo: string | null;
  /** The officer's villages and every location above them. */
  readonly area: readonly string[];
}

export type PolicyStatus = 'IDLE' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'READY';

export interface PolicyFacts {
  readonly id: string;
  readonly familyId: string;
  readonly productId: string;
  readonly stage: 'N' | 'R';
  readonly status: PolicyStatus;
  readonly startDate: string;
  readonly valueCents: number;
  /** Paid so far (value − paid is what is outstanding). */
  readonly paidCents: number;
  /** The policy has a current premium (entered by an officer, or from a payment matched to it). */
  readonly hasPremium: boolean;
}
