import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { InsureeModel } from './insuree.model';

@ObjectType('InsureeConnection')
export class InsureeConnection extends Connection(InsureeModel, 'Insuree') {}
