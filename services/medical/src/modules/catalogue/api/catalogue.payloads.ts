import { ObjectType } from '@nestjs/graphql';
import { Connection, MutationPayload } from '@imis/graphql';
import { MedicalItemModel } from './medical-item.model';
import { MedicalServiceModel } from './medical-service.model';

@ObjectType('MedicalItemPayload', { description: 'Result of a medical item mutation: the item, or why it was refused.' })
export class MedicalItemPayload extends MutationPayload(MedicalItemModel, 'item', { description: 'The item after the change; null when refused' }) {}

@ObjectType('MedicalServicePayload', { description: 'Result of a medical service mutation: the service, or why it was refused.' })
export class MedicalServicePayload extends MutationPayload(MedicalServiceModel, 'service', { description: 'The service after the change; null when refused' }) {}

@ObjectType('MedicalItemConnection')
export class MedicalItemConnection extends Connection(MedicalItemModel, 'MedicalItem') {}

@ObjectType('MedicalServiceConnection')
export class MedicalServiceConnection extends Connection(MedicalServiceModel, 'MedicalService') {}
