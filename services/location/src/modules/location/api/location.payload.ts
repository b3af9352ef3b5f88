import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { LocationModel } from './location.model';

@ObjectType('LocationPayload', { description: 'Result of a location mutation: the location, or why it was refused.' })
export class LocationPayload extends MutationPayload(LocationModel, 'location', { description: 'The location after the change; null when refused' }) {}
