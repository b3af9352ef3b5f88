import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { MembershipCardIssuer } from '../application/membership-card.issuer';
import { CardSigningKeyStore } from '../infrastructure/card-signing-key.store';
import { CardVerificationKeyModel } from './card-verification-key.model';
import { toCardVerificationKeyModel, toMembershipCardModel } from './membership-card.mapper';
import { MembershipCardModel } from './membership-card.model';

@Resolver()
export class MembershipCardResolver {
  constructor(
    private readonly cards: MembershipCardIssuer,
    private readonly keys: CardSigningKeyStore,
  ) {}

  @RequireRights(Right.InsureeEnquire, Right.InsureeSearch)
  @Query(() => MembershipCardModel, { nullable: true, description: "An insuree's membership card (PDF); null when unknown or out of scope" })
  async insureeCard(@CurrentUser() user: RequestUser, @Args('insureeId', { type: () => ID }) insureeId: string): Promise<MembershipCardModel | null> {
    const file = await this.cards.insureeCard(insureeId, user);
    return file && toMembershipCardModel(file);
  }

  @RequireRights(Right.InsureeEnquire, Right.InsureeSearch)
  @Query(() => MembershipCardModel, {
    nullable: true,
    description: "The cards of a family's members in one PDF, the head first; null when unknown, empty or out of scope",
  })
  async familyCards(@CurrentUser() user: RequestUser, @Args('familyId', { type: () => ID }) familyId: string): Promise<MembershipCardModel | null> {
    const file = await this.cards.familyCards(familyId, user);
    return file && toMembershipCardModel(file);
  }

  @RequireRights(Right.InsureeEnquire, Right.InsureeSearch)
  @Query(() => [CardVerificationKeyModel], { description: 'The keys that verify membership-card QR codes, newest first (also at /.well-known/card-keys.json)' })
  async cardVerificationKeys(): Promise<CardVerificationKeyModel[]> {
    return (await this.keys.verificationKeys()).map(toCardVerificationKeyModel);
  }
}
