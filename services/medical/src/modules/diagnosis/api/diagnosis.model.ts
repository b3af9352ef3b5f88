import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';

@ObjectType('Diagnosis', { description: "A diagnosis of the scheme's list (ICD-10 or its own), as claims name it." })
export class DiagnosisModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Up to 6 characters, unique among current diagnoses' })
  code!: string;

  @Field({ description: 'Up to 255 characters' })
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;
}

@ObjectType('DiagnosisConnection')
export class DiagnosisConnection extends Connection(DiagnosisModel, 'Diagnosis') {}

@ObjectType('DiagnosisVersion', { description: 'A past version of a diagnosis, as it was until `validTo`.' })
export class DiagnosisVersionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  validFrom!: Date;

  @Field({ description: 'When this version stopped being current' })
  validTo!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;

  @Field({ description: 'Whether this version was already deleted' })
  deleted!: boolean;
}
