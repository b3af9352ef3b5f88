import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, orRefuse, type UseCase } from '@imis/application';
import { createEvent, payerUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { payerFields, type PayerInput } from '../domain/payer-fields';
import type { PayerCommandMeta } from './payer-command-meta';
import { payerToChange } from './payer-in-scope';
import { expectPayerLocation } from './payer-location';
import { payerState, payerView, type PayerView } from './payer.view';

export interface UpdatePayerData extends Omit<Partial<PayerInput>, 'type' | 'name'> {
  /** Absent or null: unchanged. */
  type?: PayerInput['type'] | null;
  name?: string | null;
  id: string;
  version?: number | null;
  /** Absent: unchanged; null: national. */
  locationId?: string | null;
}

/** Changes a payer the caller may change (absent fields unchanged); its previous version goes to history. */
@Injectable()
export class UpdatePayer implements UseCase<UpdatePayerData, { payer: PayerView }, PayerCommandMeta> {
  readonly operation = 'updatePayer';

  async execute(tx: EntityManager, data: UpdatePayerData, { actor, scope }: PayerCommandMeta): Promise<{ payer: PayerView }> {
    const payer = await payerToChange(tx, data.id, scope);
    expectVersion(payer, data.version);
    const pick = <K extends keyof PayerInput>(key: K) => (data[key] === undefined ? payer[key] : data[key]) as PayerInput[K];
    const [fields] = orRefuse(
      payerFields({ type: data.type ?? payer.type, name: data.name ?? payer.name, address: pick('address'), phone: pick('phone'), fax: pick('fax'), email: pick('email') }),
    );
    const locationId = data.locationId === undefined ? payer.locationId : await expectPayerLocation(tx, data.locationId, scope);
    Object.assign(payer, fields, { locationId });
    payer.markChanged(actor);
    await tx.flush();
    recordEvent(tx, createEvent(payerUpdatedEvent, { subject: payer.id, data: payerState(payer) }));
    return { payer: payerView(payer) };
  }
}
