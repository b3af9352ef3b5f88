import { defineEvent } from '../event-contract';
import { familyHeadChangedSchema } from './insuree-fields';

export const familyHeadChangedEvent = defineEvent({
  type: 'imis.insuree.family.head-changed.v1',
  description: 'Another member became the head of a family (both insurees change: no insuree event announces it).',
  schema: familyHeadChangedSchema,
  changes: ['family', 'insuree'],
});
