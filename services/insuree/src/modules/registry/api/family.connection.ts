import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { FamilyModel } from './family.model';

@ObjectType('FamilyConnection')
export class FamilyConnection extends Connection(FamilyModel, 'Family') {}
