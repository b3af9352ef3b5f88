import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, type UseCase } from '@imis/application';
import { createEvent, payerCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { payerFields, type PayerInput } from '../domain/payer-fields';
import { Payer } from '../infrastructure/payer.entity';
import type { PayerCommandMeta } from './payer-command-meta';
import { expectPayerLocation } from './payer-location';
import { payerState, payerView, type PayerView } from './payer.view';

export interface CreatePayerData extends PayerInput {
  locationId?: string | null;
}

/** A new payer, placed at a region or district of the caller's scope, or national. */
@Injectable()
export class CreatePayer implements UseCase<CreatePayerData, { payer: PayerView }, PayerCommandMeta> {
  readonly operation = 'createPayer';

  async execute(tx: EntityManager, data: CreatePayerData, { actor, scope }: PayerCommandMeta): Promise<{ payer: PayerView }> {
    const [fields] = orRefuse(payerFields(data));
    const locationId = await expectPayerLocation(tx, data.locationId ?? null, scope);
    const payer = tx.create(Payer, { ...fields, locationId, changedBy: actor });
    await tx.flush();
    recordEvent(tx, createEvent(payerCreatedEvent, { subject: payer.id, data: payerState(payer) }));
    return { payer: payerView(payer) };
  }
}
