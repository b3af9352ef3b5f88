import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { InsureeModel } from './insuree.model';

@ObjectType('InsureePayload', { description: 'Result of an insuree mutation: the insuree, or why it was refused.' })
export class InsureePayload extends MutationPayload(InsureeModel, 'insuree', { description: 'The insuree after the change; null when refused' }) {}

@ObjectType('InsureesPayload', { description: 'Result of a mutation on several insurees: all of them changed, or none.' })
export class InsureesPayload extends MutationPayload([InsureeModel], 'insurees', { description: 'The insurees after the change; null when refused' }) {}
