import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ClaimNote', { description: 'A short text someone wrote.' })
export class NoteModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field({ description: 'Id of the user who wrote it' })
  writtenBy!: string;

  @Field({ description: 'When it was written (ISO 8601)' })
  createdAt!: string;
}
