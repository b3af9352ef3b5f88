import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { FamilyModel } from './family.model';

@ObjectType('FamilyPayload', { description: 'Result of a family mutation: the family, or why it was refused.' })
export class FamilyPayload extends MutationPayload(FamilyModel, 'family', { description: 'The family after the change; null when refused' }) {}
