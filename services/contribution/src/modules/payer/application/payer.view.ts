import type { PayerState } from '@imis/contracts';
import type { Payer } from '../infrastructure/payer.entity';

/** A payer as commands and queries answer it (plain JSON: stored for clientMutationId replays). */
export interface PayerView extends PayerState {
  changedBy: string;
  validFrom: string;
}

export function payerState(payer: Payer): PayerState {
  const { id, type, name, address, locationId, phone, fax, email, version } = payer;
  return { id, type, name, address, locationId, phone, fax, email, version };
}

export function payerView(payer: Payer): PayerView {
  return { ...payerState(payer), changedBy: payer.changedBy, validFrom: payer.validFrom.toISOString() };
}
