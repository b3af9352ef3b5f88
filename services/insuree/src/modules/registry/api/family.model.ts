import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { FamilyFieldsModel } from './family-fields.model';

@ObjectType('Family', { description: 'A household: its head and members, in a village.' })
@Directive('@key(fields: "id")')
export class FamilyModel extends FamilyFieldsModel {
  @Field(() => ID)
  id!: string;
}
