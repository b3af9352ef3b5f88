import { Inject, Injectable } from '@nestjs/common';
import type { RequestUser } from '@imis/auth';
import { headFirst, type CardHolder } from '../domain/card-holder';
import type { CardPrivateKey } from '../domain/card-key';
import { CardSigningKeyStore } from '../infrastructure/card-signing-key.store';
import { CardHolderSource } from './card-holder.source';
import { CARD_LAYOUT, type CardLayout } from './card-layout';
import { renderCards } from './membership-card.renderer';

export interface MembershipCardFile {
  readonly fileName: string;
  readonly contentType: 'application/pdf';
  readonly pagesCount: number;
  readonly content: Buffer;
}

/** Renders the cards of an insuree or a family, signed with the current card key (read once, on first use). */
@Injectable()
export class MembershipCardIssuer {
  private signingKey?: Promise<CardPrivateKey>;

  constructor(
    private readonly holders: CardHolderSource,
    private readonly keys: CardSigningKeyStore,
    @Inject(CARD_LAYOUT) private readonly layout: CardLayout,
  ) {}

  /** Null when the insuree is unknown or outside the caller's scope. */
  async insureeCard(insureeId: string, user: RequestUser, now = new Date()): Promise<MembershipCardFile | null> {
    const holder = await this.holders.insuree(insureeId, user);
    return holder && this.file([holder], `membership-card-${safe(holder.insuranceNumber)}.pdf`, `Membership card ${holder.insuranceNumber}`, now);
  }

  /** One page per member, the head first; null when the family is unknown, empty or outside the caller's scope. */
  async familyCards(familyId: string, user: RequestUser, now = new Date()): Promise<MembershipCardFile | null> {
    const members = headFirst(await this.holders.family(familyId, user));
    if (members.length === 0) return null;
    const head = members[0];
    return this.file(members, `family-cards-${safe(head.insuranceNumber)}.pdf`, `Membership cards of the family of ${head.insuranceNumber}`, now);
  }

  private async file(holders: CardHolder[], fileName: string, title: string, issuedAt: Date): Promise<MembershipCardFile> {
    const content = await renderCards(holders, await this.currentKey(), this.layout, { issuedAt, title });
    return { fileName, contentType: 'application/pdf', pagesCount: holders.length, content };
  }

  private async currentKey(): Promise<CardPrivateKey> {
    this.signingKey ??= this.keys.current();
    try {
      return await this.signingKey;
    } catch (error) {
      this.signingKey = undefined;
      throw error;
    }
  }
}

function safe(insuranceNumber: string): string {
  return insuranceNumber.replace(/[^A-Za-z0-9_-]/g, '_');
}
