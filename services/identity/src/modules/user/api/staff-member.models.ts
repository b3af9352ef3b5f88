import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { VersionedModel } from './versioned.model';

/** What every staff member (enrolment officer, claim administrator) shows; the code is described per kind of staff. */
export function StaffMemberFieldsModel(codeDescription: string) {
  @ObjectType({ isAbstract: true })
  abstract class StaffMemberFields extends VersionedModel {
    @Field({ description: codeDescription })
    code!: string;

    @Field()
    lastName!: string;

    @Field()
    otherNames!: string;

    @Field(() => LocalDateScalar, { nullable: true })
    birthDate!: string | null;

    @Field(() => String, { nullable: true })
    phone!: string | null;

    @Field(() => String, { nullable: true })
    email!: string | null;
  }
  return StaffMemberFields;
}

/** What a caller gives of every staff member. */
export function StaffMemberFieldsInput(codeDescription: string) {
  @InputType({ isAbstract: true })
  abstract class StaffMemberFields extends MutationInput {
    @Field({ description: codeDescription })
    code!: string;

    @Field()
    lastName!: string;

    @Field()
    otherNames!: string;

    @Field(() => LocalDateScalar, { nullable: true })
    birthDate?: string | null;

    @Field(() => String, { nullable: true })
    phone?: string | null;

    @Field(() => String, { nullable: true })
    email?: string | null;
  }
  return StaffMemberFields;
}

@InputType({ isAbstract: true })
export abstract class StaffMemberFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the last or other names, ignoring case' })
  name?: string | null;
}
