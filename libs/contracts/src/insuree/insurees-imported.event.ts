import { defineEvent } from '../event-contract';
import { insureesImportedSchema } from './insuree-fields';

export const insureesImportedEvent = defineEvent({
  type: 'imis.insuree.import.batch-created.v1',
  description: 'A batch of families and insurees created by a bulk import (one event per batch of families, each with its members).',
  schema: insureesImportedSchema,
  changes: ['family', 'insuree'],
});
