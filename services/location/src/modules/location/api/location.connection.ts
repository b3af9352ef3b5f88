import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@imis/graphql';
import { LocationModel } from './location.model';

@ObjectType('LocationConnection')
export class LocationConnection extends Connection(LocationModel, 'Location') {}
