import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar } from '@imis/graphql';
import { InsureeStatus } from './insuree-status.enum';
import { NAME_SEARCH_MAX_WORDS } from '../domain/name-search';
import { lookupDescription } from './lookup-description';
import { NameMatch } from './name-match.enum';

@InputType('InsureeFilter')
export class InsureeFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact insurance number' })
  insuranceNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      `Words of the full name (other names and last name) in any order, each found anywhere in it (CONTAINS) or at the start of a word (PREFIX); words are split on spaces, hyphens and apostrophes; any case, with or without accents; at most ${NAME_SEARCH_MAX_WORDS} words`,
  })
  name?: string | null;

  @Field(() => NameMatch, { nullable: true, defaultValue: NameMatch.CONTAINS })
  nameMatch?: NameMatch | null;

  @Field(() => ID, { nullable: true, description: 'A region, district, ward or village: insurees living anywhere below it' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  familyId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDateTo?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('gender', 'Another value is refused (BAD_USER_INPUT)') })
  gender?: string | null;

  @Field(() => InsureeStatus, { nullable: true })
  status?: InsureeStatus | null;
}

@InputType('FamilyFilter')
export class FamilyFilterInput {
  @Field(() => String, { nullable: true, description: "The head's insurance number" })
  headInsuranceNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'A region, district, ward or village: families living anywhere below it' })
  locationId?: string | null;

  @Field(() => Boolean, { nullable: true })
  poverty?: boolean | null;

  @Field(() => String, { nullable: true, description: lookupDescription('familyType', 'Another value is refused (BAD_USER_INPUT)') })
  familyType?: string | null;
}
