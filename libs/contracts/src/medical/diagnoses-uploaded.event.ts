import { defineEvent } from '../event-contract';
import { diagnosesUploadedSchema } from './medical-fields';

export const diagnosesUploadedEvent = defineEvent({
  type: 'imis.medical.diagnosis.batch-uploaded.v1',
  description: 'One batch of an upload of diagnoses: the rows created or changed and those deleted.',
  schema: diagnosesUploadedSchema,
});
