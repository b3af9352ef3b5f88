import type { DomainError } from '@imis/kernel';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of payer commands, with its stable code (service README) and the field at fault. */
export const payerErrors = {
  notFound: (field = 'id') => error('PAYER_NOT_FOUND', 'No current payer you may change has this id', field),
  nameInvalid: () => error('PAYER_NAME_INVALID', 'The name is required and has at most 100 characters', 'name'),
  textTooLong: (field: string, max: number) => error('PAYER_FIELD_TOO_LONG', `At most ${max} characters`, field),
  emailInvalid: () => error('PAYER_EMAIL_INVALID', 'Not an e-mail address', 'email'),
  locationInvalid: () => error('PAYER_LOCATION_INVALID', 'The location must be a current region or district in your data scope; none (national) needs an unrestricted scope', 'locationId'),
};
