import { defineEvent } from '../event-contract';
import { policyStateSchema } from './policy-fields';

export const policyRenewedEvent = defineEvent({
  type: 'imis.policy.policy.renewed.v1',
  description: 'A renewal policy (stage R, a new row) was created, Idle until paid.',
  schema: policyStateSchema,
});
