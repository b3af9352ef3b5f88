import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CardVerificationKey', {
  description: 'A public key that verifies the signature in membership-card QR codes (format IMIS1), by its kid.',
})
export class CardVerificationKeyModel {
  @Field()
  kid!: string;

  @Field({ description: 'The raw 32-byte Ed25519 public key, base64url (the JWK `x`)' })
  x!: string;

  @Field({ description: 'Ed25519' })
  algorithm!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key stopped signing cards; cards it signed after that are not genuine' })
  retiredAt!: Date | null;
}
