export type CardGender = 'M' | 'F' | 'O';

export interface CardPhoto {
  readonly bytes: Buffer;
  readonly contentType: 'image/jpeg' | 'image/png';
}

/** What a membership card shows about one insuree (the registry supplies it, in the caller's scope). */
export interface CardHolder {
  readonly insureeId: string;
  readonly insuranceNumber: string;
  readonly lastName: string;
  readonly otherNames: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly gender: CardGender;
  readonly familyId: string | null;
  readonly isHead: boolean;
  readonly villageName?: string | null;
  readonly photo?: CardPhoto | null;
}

/** A family's cards: the head first, the others in the order given. */
export function headFirst(holders: readonly CardHolder[]): CardHolder[] {
  return [...holders.filter((holder) => holder.isHead), ...holders.filter((holder) => !holder.isHead)];
}
