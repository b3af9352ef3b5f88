import type { RequestUser } from '@imis/auth';
import type { CardHolder } from '../domain/card-holder';

/**
 * Where cards get their holders from (the registry implements it). Both methods apply the caller's
 * location scope: an insuree or family the caller may not see is unknown (null / empty list).
 */
export abstract class CardHolderSource {
  abstract insuree(insureeId: string, user: RequestUser): Promise<CardHolder | null>;
  /** The family's current members, in any order (the cards put the head first); none unless the caller sees the family. */
  abstract family(familyId: string, user: RequestUser): Promise<CardHolder[]>;
}
