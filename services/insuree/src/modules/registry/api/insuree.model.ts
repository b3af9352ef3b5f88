import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { InsureeFieldsModel } from './insuree-fields.model';

@ObjectType('Insuree', { description: 'A person covered by the scheme, usually a member of a family.' })
@Directive('@key(fields: "id")')
export class InsureeModel extends InsureeFieldsModel {
  @Field(() => ID)
  id!: string;

  /** Set for the photo resolver; not a GraphQL field. */
  photoId!: string | null;
}
