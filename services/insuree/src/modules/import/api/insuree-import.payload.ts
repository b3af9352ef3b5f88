import { ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@imis/graphql';
import { InsureeImportModel } from './insuree-import.model';

@ObjectType('InsureeImportPayload', { description: 'Result of startInsureeImport: the queued import, or why the file was refused.' })
export class InsureeImportPayload extends MutationPayload(InsureeImportModel, 'insureeImport', { description: 'The queued import; null when refused' }) {}
